/**
 * The network: VPC, a public and a private subnet per zone, the internet gateway, NAT gateways with their
 * Elastic IPs, route tables and their associations, and the S3 gateway endpoint on the private tables.
 */
import {
  Eip,
  InternetGateway,
  NatGateway,
  RouteTable,
  RouteTableAssociation,
  RouteV1Beta2,
  Subnet,
  Vpc,
  VpcEndpointRouteTableAssociation,
  VpcEndpointV1Beta2,
} from '../../imports/ec2.aws.upbound.io';
import { connection } from '../../lib/composition/connection';
import { fromComposite, transforms } from '../../lib/composition/patches';
import { ComposedResource } from '../../lib/composition/resource';
import { CompositionContext, FIRST_ZONE, param, when, ZONE_SLOTS, ZoneSlot } from './context';
import { names } from './names';

const INTERNET = '0.0.0.0/0';

export function network(ctx: CompositionContext): ComposedResource[] {
  const tags = (purpose: string) => ctx.tags({ component: 'network', purpose });
  const meta = (name: string, extra: Record<string, string> = {}) => ({ labels: ctx.labels.of(name, extra) });
  const perZone = (zone: ZoneSlot) => when.zoneInUse(zone);

  const vpc: ComposedResource = {
    name: names.vpc,
    base: Vpc.manifest({
      metadata: meta(names.vpc),
      spec: {
        forProvider: {
          ...ctx.regional,
          enableDnsSupport: true,
          enableDnsHostnames: true,
          tags: tags('isolated network for the claim'),
        },
      },
    }),
    patches: [
      ...ctx.common(names.vpc),
      fromComposite(param('vpcCidr'), 'spec.forProvider.cidrBlock'),
      ctx.toStatus('status.atProvider.id', 'vpcId'),
      ctx.toStatus('status.atProvider.cidrBlock', 'vpcCidrBlock'),
      // The account id scopes the bucket policies; every ARN the provider reports carries it.
      ctx.toStatus('status.atProvider.arn', 'accountId', [transforms.regexp('^arn:[^:]+:ec2:[^:]*:([0-9]{12}):', 1)]),
    ],
    connectionDetails: [connection.fromField('vpcId', 'status.atProvider.id'), connection.fromField('region', 'status.atProvider.region')],
  };

  const igw: ComposedResource = {
    name: names.internetGateway,
    base: InternetGateway.manifest({
      metadata: meta(names.internetGateway),
      spec: {
        forProvider: {
          ...ctx.regional,
          vpcIdSelector: ctx.select(names.vpc),
          tags: tags('internet access for the public subnets'),
        },
      },
    }),
    patches: [...ctx.common(names.internetGateway), ctx.toStatus('status.atProvider.id', 'internetGatewayId')],
  };

  const subnets = (['public', 'private'] as const).flatMap((tier) =>
    ZONE_SLOTS.map((zone): ComposedResource => {
      const name = names.subnet(tier, zone);
      const cidrs = tier === 'public' ? 'publicSubnetCidrs' : 'privateSubnetCidrs';
      return {
        name,
        base: Subnet.manifest({
          metadata: meta(name, { tier, zone: zone.letter }),
          spec: {
            forProvider: {
              ...ctx.regional,
              vpcIdSelector: ctx.select(names.vpc),
              // Public subnets too: only the bastion gets a public address, and it asks for one explicitly.
              mapPublicIpOnLaunch: false,
              tags: tags(tier === 'public' ? 'public subnet: bastion and NAT gateways' : 'private subnet: workloads'),
            },
          },
        }),
        patches: [
          ...ctx.common(name),
          fromComposite(param(`${cidrs}[${zone.index}]`), 'spec.forProvider.cidrBlock'),
          ctx.zone(zone),
          ctx.toStatus('status.atProvider.id', `${tier}SubnetIds[${zone.index}]`),
          ...(tier === 'public' ? [ctx.toStatus('status.atProvider.availabilityZone', `availabilityZones[${zone.index}]`)] : []),
        ],
        when: perZone(zone),
      };
    }),
  );

  // PerZone: a NAT gateway in every zone; Single: only the first zone's; None: no NAT gateway.
  const natWhen = (zone: ZoneSlot) => [...perZone(zone), when.natIn(zone === FIRST_ZONE ? ['PerZone', 'Single'] : ['PerZone'])];
  const nat = ZONE_SLOTS.flatMap((zone): ComposedResource[] => [
    {
      name: names.natEip(zone),
      base: Eip.manifest({
        metadata: meta(names.natEip(zone), { zone: zone.letter }),
        spec: {
          forProvider: {
            ...ctx.regional,
            domain: 'vpc',
            tags: tags('public address of a NAT gateway'),
          },
        },
      }),
      patches: ctx.common(names.natEip(zone)),
      when: natWhen(zone),
    },
    {
      name: names.nat(zone),
      base: NatGateway.manifest({
        metadata: meta(names.nat(zone), { zone: zone.letter }),
        spec: {
          forProvider: {
            ...ctx.regional,
            connectivityType: 'public',
            allocationIdSelector: ctx.select(names.natEip(zone)),
            subnetIdSelector: ctx.select(names.subnet('public', zone)),
            tags: tags('internet egress for the private subnets'),
          },
        },
      }),
      patches: [...ctx.common(names.nat(zone)), ctx.toStatus('status.atProvider.id', `natGatewayIds[${zone.index}]`)],
      when: natWhen(zone),
    },
  ]);

  const publicRouting: ComposedResource[] = [
    {
      name: names.publicRouteTable,
      base: RouteTable.manifest({
        metadata: meta(names.publicRouteTable, { tier: 'public' }),
        spec: {
          forProvider: {
            ...ctx.regional,
            vpcIdSelector: ctx.select(names.vpc),
            tags: tags('routes the public subnets to the internet gateway'),
          },
        },
      }),
      patches: ctx.common(names.publicRouteTable),
    },
    {
      name: names.publicDefaultRoute,
      base: RouteV1Beta2.manifest({
        metadata: meta(names.publicDefaultRoute, { tier: 'public' }),
        spec: {
          forProvider: {
            ...ctx.regional,
            destinationCidrBlock: INTERNET,
            routeTableIdSelector: ctx.select(names.publicRouteTable),
            gatewayIdSelector: ctx.select(names.internetGateway),
          },
        },
      }),
      patches: ctx.common(names.publicDefaultRoute, { tagged: false }),
    },
    ...ZONE_SLOTS.map((zone): ComposedResource => ({
      name: names.routeTableAssociation('public', zone),
      base: RouteTableAssociation.manifest({
        metadata: meta(names.routeTableAssociation('public', zone), { tier: 'public', zone: zone.letter }),
        spec: {
          forProvider: {
            ...ctx.regional,
            routeTableIdSelector: ctx.select(names.publicRouteTable),
            subnetIdSelector: ctx.select(names.subnet('public', zone)),
          },
        },
      }),
      patches: ctx.common(names.routeTableAssociation('public', zone), { tagged: false }),
      when: perZone(zone),
    })),
  ];

  const privateRouting = ZONE_SLOTS.flatMap((zone): ComposedResource[] => [
    {
      name: names.privateRouteTable(zone),
      base: RouteTable.manifest({
        metadata: meta(names.privateRouteTable(zone), { tier: 'private', zone: zone.letter }),
        spec: {
          forProvider: {
            ...ctx.regional,
            vpcIdSelector: ctx.select(names.vpc),
            tags: tags('routes a private subnet to its NAT gateway'),
          },
        },
      }),
      patches: ctx.common(names.privateRouteTable(zone)),
      when: perZone(zone),
    },
    {
      name: names.privateDefaultRoute(zone),
      base: RouteV1Beta2.manifest({
        metadata: meta(names.privateDefaultRoute(zone), { tier: 'private', zone: zone.letter }),
        spec: {
          forProvider: {
            ...ctx.regional,
            destinationCidrBlock: INTERNET,
            routeTableIdSelector: ctx.select(names.privateRouteTable(zone)),
            // Re-resolved on every reconcile: switching PerZone <-> Single re-points the route instead of
            // leaving it on a NAT gateway that is being deleted.
            natGatewayIdSelector: ctx.select(names.nat(zone), true),
          },
        },
      }),
      patches: [
        ...ctx.common(names.privateDefaultRoute(zone), { tagged: false }),
        fromComposite(param('natGateways'), `spec.forProvider.natGatewayIdSelector.matchLabels[${JSON.stringify(ctx.labels.resourceKey)}]`, {
          // Every mode needs a key: patch-and-transform runs before the filter step drops this route under None,
          // and a map transform without the key is a fatal error for the whole composite.
          transforms: [transforms.map({ PerZone: names.nat(zone), Single: names.nat(FIRST_ZONE), None: names.nat(zone) })],
        }),
      ],
      when: [...perZone(zone), when.natIn(['PerZone', 'Single'])],
    },
    {
      name: names.routeTableAssociation('private', zone),
      base: RouteTableAssociation.manifest({
        metadata: meta(names.routeTableAssociation('private', zone), { tier: 'private', zone: zone.letter }),
        spec: {
          forProvider: {
            ...ctx.regional,
            routeTableIdSelector: ctx.select(names.privateRouteTable(zone)),
            subnetIdSelector: ctx.select(names.subnet('private', zone)),
          },
        },
      }),
      patches: ctx.common(names.routeTableAssociation('private', zone), { tagged: false }),
      when: perZone(zone),
    },
  ]);

  const s3Endpoint: ComposedResource[] = [
    {
      name: names.s3Endpoint,
      base: VpcEndpointV1Beta2.manifest({
        metadata: meta(names.s3Endpoint),
        spec: {
          forProvider: {
            ...ctx.regional,
            vpcEndpointType: 'Gateway',
            vpcIdSelector: ctx.select(names.vpc),
            tags: tags('S3 traffic stays off the NAT gateways'),
          },
        },
      }),
      patches: [
        ...ctx.common(names.s3Endpoint),
        fromComposite(param('region'), 'spec.forProvider.serviceName', { transforms: [transforms.format('com.amazonaws.%s.s3')] }),
      ],
      when: [when.s3GatewayEndpoint],
    },
    // The endpoint takes no route tables itself: one association per private table.
    ...ZONE_SLOTS.map((zone): ComposedResource => ({
      name: names.s3EndpointAssociation(zone),
      base: VpcEndpointRouteTableAssociation.manifest({
        metadata: meta(names.s3EndpointAssociation(zone), { tier: 'private', zone: zone.letter }),
        spec: {
          forProvider: {
            ...ctx.regional,
            vpcEndpointIdSelector: ctx.select(names.s3Endpoint),
            routeTableIdSelector: ctx.select(names.privateRouteTable(zone)),
          },
        },
      }),
      patches: ctx.common(names.s3EndpointAssociation(zone), { tagged: false }),
      when: [...perZone(zone), when.s3GatewayEndpoint],
    })),
  ];

  return [vpc, igw, ...subnets, ...nat, ...publicRouting, ...privateRouting, ...s3Endpoint];
}
