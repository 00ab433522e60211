/**
 * Inbound security group permissions, from every place the provider lets one be written: the
 * SecurityGroupIngressRule kind (one CIDR or peer each), the older SecurityGroupRule kind (`type: ingress`, CIDR
 * lists), and inline `ingress` blocks on SecurityGroup and DefaultSecurityGroup.
 */
import * as ipaddr from 'ipaddr.js';
import type { KubeObject } from '../render/function-io';
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

// ---- the union of sources ------------------------------------------------------------------------------

interface Interval {
  first: bigint;
  last: bigint;
}

function parseCidr(cidr: string): { family: 4 | 6; range: Interval } | undefined {
  if (!ipaddr.isValidCIDR(cidr)) return undefined;
  const [address, prefix] = ipaddr.parseCIDR(cidr);
  const width = address.kind() === 'ipv4' ? 32 : 128;
  const bits = address.toByteArray().reduce((n, b) => (n << 8n) | BigInt(b), 0n);
  const size = 1n << BigInt(width - prefix);
  const first = (bits / size) * size;
  return { family: width === 32 ? 4 : 6, range: { first, last: first + size - 1n } };
}

/** Sorted, disjoint, merged (adjacent ranges joined) intervals of the given ones. */
function merge(ranges: Interval[]): Interval[] {
  const sorted = [...ranges].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const out: Interval[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.first <= last.last + 1n) last.last = r.last > last.last ? r.last : last.last;
    else out.push({ ...r });
  }
  return out;
}

/** Ranges not reachable from the internet: RFC 1918, RFC 6598 shared space, loopback, link-local; IPv6 ULA and link-local. */
const NON_PUBLIC: Record<4 | 6, Interval[]> = {
  4: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16'].map((c) => parseCidr(c)!.range),
  6: ['fc00::/7', 'fe80::/10', '::1/128'].map((c) => parseCidr(c)!.range),
};

/** How many addresses of `ranges` (merged) lie outside `excluded` (merged). */
function countOutside(ranges: Interval[], excluded: Interval[]): bigint {
  let total = 0n;
  for (const r of ranges) {
    let count = r.last - r.first + 1n;
    for (const e of excluded) {
      const first = r.first > e.first ? r.first : e.first;
      const last = r.last < e.last ? r.last : e.last;
      if (first <= last) count -= last - first + 1n;
    }
    total += count;
  }
  return total;
}

/**
 * What a set of CIDR sources admits together. Judging each CIDR alone misses a split internet: 0.0.0.0/1 and
 * 128.0.0.0/1 are each "not 0.0.0.0/0", and together every IPv4 address.
 */
export interface SourceUnion {
  /** The union covers every IPv4 address (as 0.0.0.0/0 would). */
  allIpv4: boolean;
  /** The union covers every IPv6 address (as ::/0 would). */
  allIpv6: boolean;
  /** Public (internet-routable) addresses admitted, per family. */
  publicIpv4: bigint;
  publicIpv6: bigint;
}

export function unionOf(cidrs: string[]): SourceUnion {
  const parsed = cidrs.map(parseCidr).filter((c): c is NonNullable<ReturnType<typeof parseCidr>> => c !== undefined);
  const of = (family: 4 | 6) => merge(parsed.filter((c) => c.family === family).map((c) => c.range));
  const [v4, v6] = [of(4), of(6)];
  const covers = (merged: Interval[], width: number) => merged.length === 1 && merged[0].first === 0n && merged[0].last === (1n << BigInt(width)) - 1n;
  return {
    allIpv4: covers(v4, 32),
    allIpv6: covers(v6, 128),
    publicIpv4: countOutside(v4, NON_PUBLIC[4]),
    publicIpv6: countOutside(v6, NON_PUBLIC[6]),
  };
}

/**
 * The most public IPv4 addresses an administrative port (SSH) may admit, all sources of a group together, for a
 * public address on the instance to be accepted (EC2.9): four /16 networks. ProductionNetwork's API holds each
 * public SSH source to a /16 and allows at most four (docs/security.md).
 */
export const MAX_PUBLIC_ADMIN_SOURCES_IPV4 = 4n * 65536n;
/** The IPv6 counterpart: four /48 sites. */
export const MAX_PUBLIC_ADMIN_SOURCES_IPV6 = 4n * (1n << 80n);

export function coversPort(i: Ingress, port: number): boolean {
  return (i.protocol === 'all' || i.protocol === 'tcp' || i.protocol === 'udp') && i.fromPort <= port && port <= i.toPort;
}

export function describe(i: Ingress): string {
  const ports = i.protocol === 'all' ? 'all traffic' : i.fromPort === i.toPort ? `${i.protocol}/${i.fromPort}` : `${i.protocol}/${i.fromPort}-${i.toPort}`;
  return `${ports} from ${i.cidrs.length ? i.cidrs.join(', ') : 'a peer group or prefix list'}`;
}
