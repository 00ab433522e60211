/**
 * Simulated observed state for Upjet managed resources, so an offline render can show what a composite looks like
 * once its resources exist: status written back, readiness, and everything that waits on observed values.
 *
 * Upjet reports `status.atProvider` as the resource's arguments plus computed attributes; this mirrors
 * `spec.forProvider` over `spec.initProvider` (references resolved to fake ids) and adds an `id`, an `arn` in a fixed account, and a
 * few computed attributes by kind. Deterministic: the same desired resource always simulates the same ids.
 */
import { createHash } from 'crypto';

export const SIMULATED_ACCOUNT_ID = '123456789012';
import { ANNOTATION_EXTERNAL_NAME, ANNOTATION_RESOURCE_NAME } from '../crossplane';

/** Id prefixes AWS uses, by managed resource kind. */
const ID_PREFIX: Record<string, string> = {
  VPC: 'vpc',
  Subnet: 'subnet',
  InternetGateway: 'igw',
  EIP: 'eipalloc',
  NATGateway: 'nat',
  RouteTable: 'rtb',
  Route: 'r-rtb',
  RouteTableAssociation: 'rtbassoc',
  SecurityGroup: 'sg',
  DefaultSecurityGroup: 'sg',
  SecurityGroupIngressRule: 'sgr',
  SecurityGroupEgressRule: 'sgr',
  Instance: 'i',
  FlowLog: 'fl',
  VPCEndpoint: 'vpce',
  KeyPair: 'key',
  LaunchTemplate: 'lt',
  VPCEndpointRouteTableAssociation: 'a-vpce',
};

function hex(seed: string, n: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, n);
}

export interface SimulateOptions {
  /** Resource names to leave not ready (Ready=False, Creating). */
  notReady?: string[];
  accountId?: string;
}

/** Observed counterparts of desired composed resources: ids, ARNs, Ready=True and Synced=True conditions. */
export function simulateObserved(desired: any[], options: SimulateOptions = {}): any[] {
  const account = options.accountId ?? SIMULATED_ACCOUNT_ID;
  return desired.map((d) => {
    const resourceName = d.metadata?.annotations?.[ANNOTATION_RESOURCE_NAME] ?? d.metadata?.name ?? d.kind;
    // Kubernetes' own kinds (a composed connection Secret) are observed as written: no provider, no atProvider.
    if (!String(d.apiVersion).includes('.'))
      return { ...d, metadata: { ...d.metadata, name: d.metadata?.name ?? `${d.metadata?.generateName ?? ''}${hex(resourceName, 5)}` } };
    const [group] = String(d.apiVersion).split('/');
    const service = group.split('.')[0];
    const region = d.spec?.forProvider?.region ?? 'us-east-1';
    const external = d.metadata?.annotations?.[ANNOTATION_EXTERNAL_NAME];
    const id = external ?? `${ID_PREFIX[d.kind] ?? d.kind.toLowerCase()}-${hex(`${resourceName}`, 17)}`;
    const arn =
      service === 's3'
        ? `arn:aws:s3:::${id}`
        : service === 'iam'
          ? `arn:aws:iam::${account}:${d.kind === 'Role' ? 'role' : d.kind === 'InstanceProfile' ? 'instance-profile' : 'policy'}/${id}`
          : `arn:aws:${service}:${region}:${account}:${(ID_PREFIX[d.kind] ?? d.kind.toLowerCase()).replace(/^.*-/, '')}/${id}`;
    // The resource was created from forProvider merged over initProvider (upjet GetMergedParameters: forProvider
    // wins), so what was set only in initProvider is in its state too (crossplane/upjet
    // pkg/controller/external_tfpluginsdk.go getExtendedParameters). Late-initialization (copying state back into
    // the observed spec, which the management policies govern) is not modelled.
    const atProvider: Record<string, unknown> = {
      ...withoutReferences(d.spec?.initProvider ?? {}),
      ...withoutReferences(d.spec?.forProvider ?? {}),
      id,
      arn,
    };
    if (d.kind === 'Instance') {
      atProvider.instanceState = 'running';
      // AWS gives an instance a public address only when it asks for one (or its subnet maps one on launch).
      if (d.spec?.forProvider?.associatePublicIpAddress === true) atProvider.publicIp = `198.51.100.${(parseInt(hex(id, 2), 16) % 250) + 1}`;
    }
    if (d.kind === 'Subnet' || d.kind === 'Instance') atProvider.availabilityZone ??= `${region}a`;
    const ready = !(options.notReady ?? []).includes(resourceName);
    return {
      ...d,
      metadata: {
        ...d.metadata,
        name: d.metadata?.name ?? `${d.metadata?.generateName ?? ''}${hex(resourceName, 5)}`,
        annotations: { ...d.metadata?.annotations, [ANNOTATION_EXTERNAL_NAME]: id },
      },
      status: {
        atProvider,
        conditions: [
          { type: 'Ready', status: ready ? 'True' : 'False', reason: ready ? 'Available' : 'Creating', lastTransitionTime: '2024-01-01T00:00:00Z' },
          { type: 'Synced', status: 'True', reason: 'ReconcileSuccess', lastTransitionTime: '2024-01-01T00:00:00Z' },
        ],
      },
    };
  });
}

/** atProvider carries resolved ids, never the selectors or refs that produced them. */
function withoutReferences(forProvider: Record<string, any>): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(forProvider)) {
    if (/(Selector|Ref|Refs)$/.test(k)) continue;
    out[k] = v;
  }
  return out;
}
