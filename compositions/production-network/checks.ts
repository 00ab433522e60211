/**
 * Cross-field checks the API server cannot make portably: Kubernetes' CEL CIDR library exists only from 1.31,
 * and this API supports 1.29. `npm run validate` runs them before a claim is applied. Each message says what to
 * change. They take the claim's parameters after defaulting.
 */
import * as ipaddr from 'ipaddr.js';
import { Parameters } from './api';

export interface CheckIssue {
  /** Path of the offending field, e.g. `spec.parameters.publicSubnetCidrs[1]`. */
  path: string;
  message: string;
  rule: string;
}

interface Range {
  cidr: string;
  path: string;
  first: number;
  last: number;
}

function range(cidr: string, path: string): Range | undefined {
  if (!ipaddr.IPv4.isValidCIDR(cidr)) return undefined;
  const first = ipaddr.IPv4.networkAddressFromCIDR(cidr)
    .toByteArray()
    .reduce((n, b) => n * 256 + b, 0);
  const last = ipaddr.IPv4.broadcastAddressFromCIDR(cidr)
    .toByteArray()
    .reduce((n, b) => n * 256 + b, 0);
  return { cidr, path, first, last };
}

/** RFC 1918 private ranges: a VPC CIDR outside them is routable on the internet (AWS allows it; it is rarely meant). */
const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map((c) => range(c, '')!);

export function crossFieldChecks(
  p: Required<Pick<Parameters, 'vpcCidr' | 'publicSubnetCidrs' | 'privateSubnetCidrs' | 'availabilityZones'>> & Parameters,
): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const base = 'spec.parameters';
  const vpc = range(p.vpcCidr, `${base}.vpcCidr`);
  const subnets = [
    ...p.publicSubnetCidrs.map((c, i) => range(c, `${base}.publicSubnetCidrs[${i}]`)),
    ...p.privateSubnetCidrs.map((c, i) => range(c, `${base}.privateSubnetCidrs[${i}]`)),
  ].filter((r): r is Range => r !== undefined);

  for (const r of [vpc, ...subnets]) {
    if (!r) continue;
    const network = ipaddr.IPv4.networkAddressFromCIDR(r.cidr).toString();
    const prefix = r.cidr.split('/')[1];
    if (!r.cidr.startsWith(`${network}/`)) {
      issues.push({ path: r.path, rule: 'network-address', message: `${r.cidr} has host bits set: AWS needs the network address, ${network}/${prefix}` });
    }
  }
  if (vpc && !PRIVATE.some((pr) => vpc.first >= pr.first && vpc.last <= pr.last)) {
    issues.push({
      path: vpc.path,
      rule: 'private-range',
      message: `vpcCidr ${vpc.cidr} is not in a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10): its addresses would clash with the internet's`,
    });
  }
  if (vpc) {
    for (const s of subnets) {
      if (s.first < vpc.first || s.last > vpc.last) {
        issues.push({ path: s.path, rule: 'subnet-in-vpc', message: `subnet ${s.cidr} is outside the VPC ${vpc.cidr}: choose a range inside it` });
      } else if (s.first === vpc.first && s.last === vpc.last) {
        issues.push({
          path: s.path,
          rule: 'subnet-smaller-than-vpc',
          message: `subnet ${s.cidr} is the whole VPC: each subnet needs a smaller part of ${vpc.cidr}`,
        });
      }
    }
  }
  for (let i = 0; i < subnets.length; i++) {
    for (let j = i + 1; j < subnets.length; j++) {
      const [a, b] = [subnets[i], subnets[j]];
      if (a.first <= b.last && b.first <= a.last) {
        issues.push({
          path: b.path,
          rule: 'subnets-disjoint',
          message: `subnet ${b.cidr} overlaps ${a.cidr} (${a.path.replace(`${base}.`, '')}): every subnet needs its own range`,
        });
      }
    }
  }
  const zones = p.availabilityZones.length;
  for (const list of ['publicSubnetCidrs', 'privateSubnetCidrs'] as const) {
    if (p[list].length !== zones) {
      issues.push({
        path: `${base}.${list}`,
        rule: 'one-subnet-per-zone',
        message: `${list} has ${p[list].length} CIDRs for ${zones} availability zones: give exactly one per zone, in zone order`,
      });
    }
  }
  return issues;
}

/**
 * The cross-field checks of a defaulted claim or XR of this API. (Its name needs no check here: Crossplane's
 * generated CRD limits it to 63 characters, which keeps every `<name>-<resource>` Name tag and group name short.)
 */
export function claimChecks(claim: { spec?: { parameters?: any } }): CheckIssue[] {
  return crossFieldChecks(claim.spec?.parameters ?? {});
}
