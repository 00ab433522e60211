/**
 * Inbound security group permissions, from every place the provider lets one be written: the
 * SecurityGroupIngressRule kind (one CIDR or peer each), the older SecurityGroupRule kind (`type: ingress`, CIDR
 * lists), and inline `ingress` blocks on SecurityGroup and DefaultSecurityGroup.
 */
import type { KubeObject } from '../render/types';
import { isKind, kinds, param } from './resources';

export const WORLD_IPV4 = '0.0.0.0/0';
export const WORLD_IPV6 = '::/0';

export interface Ingress {
  /** The object that grants it. */
  resource: KubeObject;
  /** `tcp`, `udp`, `icmp`, … or `all`. */
  protocol: string;
  /** Inclusive port range; all ports when the protocol is `all`. */
  fromPort: number;
  toPort: number;
  /** IPv4 and IPv6 CIDRs it admits (peer groups and prefix lists are not CIDRs and not listed). */
  cidrs: string[];
  /** Where in the object, for messages. */
  where: string;
}

const PROTOCOL_NUMBERS: Record<string, string> = { '-1': 'all', all: 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

function protocolName(p: unknown): string {
  const s = String(p ?? '').toLowerCase();
  return PROTOCOL_NUMBERS[s] ?? s;
}

function range(protocol: string, from: unknown, to: unknown): [number, number] {
  if (protocol === 'all') return [0, 65535];
  const f = Number(from ?? 0);
  const t = Number(to ?? from ?? 65535);
  // EC2 reads -1 as "every port" for tcp/udp rules written with the port range left open.
  return [f < 0 ? 0 : f, t < 0 ? 65535 : t];
}

/** Every inbound permission an object grants (none for objects that grant none). */
export function ingressOf(obj: KubeObject): Ingress[] {
  if (isKind(obj, kinds.ingressRule)) {
    const protocol = protocolName(param(obj, 'ipProtocol'));
    const [fromPort, toPort] = range(protocol, param(obj, 'fromPort'), param(obj, 'toPort'));
    const cidrs = [param(obj, 'cidrIpv4'), param(obj, 'cidrIpv6')].filter((c): c is string => typeof c === 'string');
    return [{ resource: obj, protocol, fromPort, toPort, cidrs, where: 'spec.forProvider' }];
  }
  if (isKind(obj, kinds.securityGroupRule)) {
    if (param(obj, 'type') !== 'ingress') return [];
    const protocol = protocolName(param(obj, 'protocol'));
    const [fromPort, toPort] = range(protocol, param(obj, 'fromPort'), param(obj, 'toPort'));
    const cidrs = [...(param(obj, 'cidrBlocks') ?? []), ...(param(obj, 'ipv6CidrBlocks') ?? [])];
    return [{ resource: obj, protocol, fromPort, toPort, cidrs, where: 'spec.forProvider' }];
  }
  if (isKind(obj, kinds.securityGroup) || isKind(obj, kinds.defaultSecurityGroup)) {
    const inline: any[] = param(obj, 'ingress') ?? [];
    return inline.map((rule, i) => {
      const protocol = protocolName(rule?.protocol);
      const [fromPort, toPort] = range(protocol, rule?.fromPort, rule?.toPort);
      return {
        resource: obj,
        protocol,
        fromPort,
        toPort,
        cidrs: [...(rule?.cidrBlocks ?? []), ...(rule?.ipv6CidrBlocks ?? [])],
        where: `spec.forProvider.ingress[${i}]`,
      };
    });
  }
  return [];
}

/** Kinds that can grant inbound access. */
export const INGRESS_KINDS = [kinds.ingressRule, kinds.securityGroupRule, kinds.securityGroup, kinds.defaultSecurityGroup];

export function isWorld(cidr: string): boolean {
  return cidr === WORLD_IPV4 || cidr === WORLD_IPV6;
}

export function coversPort(i: Ingress, port: number): boolean {
  return (i.protocol === 'all' || i.protocol === 'tcp' || i.protocol === 'udp') && i.fromPort <= port && port <= i.toPort;
}

export function describe(i: Ingress): string {
  const ports = i.protocol === 'all' ? 'all traffic' : i.fromPort === i.toPort ? `${i.protocol}/${i.fromPort}` : `${i.protocol}/${i.fromPort}-${i.toPort}`;
  return `${ports} from ${i.cidrs.length ? i.cidrs.join(', ') : 'a peer group or prefix list'}`;
}
