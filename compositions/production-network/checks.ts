/**
 * Cross-field checks the API server cannot make portably: Kubernetes' CEL CIDR library exists only from 1.31,
 * and this API supports 1.29. `npm run validate` runs them before a claim is applied. Each message says what to
 * change. They take the claim's parameters after defaulting.
 */
import * as ipaddr from 'ipaddr.js';
import type { Parameters } from './api';
import { SSH_KEY_TYPES } from './ssh-key-types';

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
    const needed = subnets.reduce((n, s) => n + (s.last - s.first + 1), 0);
    const available = vpc.last - vpc.first + 1;
    if (needed > available) {
      const prefix = 32 - Math.ceil(Math.log2(needed));
      issues.push({
        path: vpc.path,
        rule: 'subnets-fit-vpc',
        message: `vpcCidr ${vpc.cidr} has ${available} addresses but its ${subnets.length} subnets need ${needed}: choose a /${prefix} VPC or larger, or smaller subnets`,
      });
    }
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
  const ssh: string[] = p.bastion?.allowedSshCidrs ?? [];
  ssh.forEach((cidr, i) => {
    if (!ipaddr.IPv4.isValidCIDR(cidr)) return;
    const network = ipaddr.IPv4.networkAddressFromCIDR(cidr).toString();
    const prefix = cidr.split('/')[1];
    if (!cidr.startsWith(`${network}/`)) {
      issues.push({
        path: `${base}.bastion.allowedSshCidrs[${i}]`,
        rule: 'network-address',
        message: `${cidr} has host bits set: write the network, ${network}/${prefix}, or the single address as ${cidr.split('/')[0]}/32`,
      });
    }
  });
  if (p.bastion?.sshPublicKey) {
    const problem = sshKeyProblem(p.bastion.sshPublicKey);
    if (problem) issues.push({ path: `${base}.bastion.sshPublicKey`, rule: 'importable-key', message: problem });
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
 * RSA moduli EC2 imports: 1024, 2048 and 4096 bits (EC2 User Guide, create-key-pairs.html, "Create a key pair using
 * a third-party tool and import the public key": supported lengths; ssh-keygen's default of 3072 is not among them).
 * 1024 bits is left out on purpose: disallowed for new keys since 2013 (NIST SP 800-131A), too weak for a host
 * reachable from the internet.
 */
export const RSA_KEY_BITS = [2048, 4096];

/** What EC2 would refuse in an OpenSSH public key line the schema's pattern accepts, or undefined. */
export function sshKeyProblem(line: string): string | undefined {
  const [type, data] = line.split(' ');
  if (!(SSH_KEY_TYPES as readonly string[]).includes(type) || !data) return undefined; // the schema reports these
  const blob = Buffer.from(data, 'base64');
  // RFC 4253 section 6.6: the blob is a sequence of length-prefixed strings, the first being the key type.
  const fields: Buffer[] = [];
  for (let at = 0; at < blob.length;) {
    if (at + 4 > blob.length) return `the ${type} key's base64 data is truncated: paste the whole line of the .pub file`;
    const length = blob.readUInt32BE(at);
    if (at + 4 + length > blob.length) return `the ${type} key's base64 data is truncated: paste the whole line of the .pub file`;
    fields.push(blob.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  const inner = fields[0]?.toString('latin1');
  if (inner !== type)
    return `the key data is ${inner ? `a ${inner} key` : 'not an OpenSSH key'} but the line says ${type}: paste the .pub file's line unchanged`;
  if (type === 'ssh-ed25519') {
    return fields.length === 2 && fields[1].length === 32
      ? undefined
      : 'the ssh-ed25519 key data is malformed (an ED25519 key is 32 bytes): paste the .pub file line unchanged';
  }
  const modulus = fields[2];
  if (fields.length !== 3 || !modulus) return 'the ssh-rsa key data is malformed: paste the .pub file line unchanged';
  const bits = rsaModulusBits(modulus);
  return RSA_KEY_BITS.includes(bits)
    ? undefined
    : `the ssh-rsa key has ${bits} bits: EC2 documents RSA imports of 1024, 2048 and 4096 bits, and 1024 is too weak, so give a key of ${RSA_KEY_BITS.join(' or ')} bits (ssh-keygen -t rsa -b 4096) or an ED25519 key (ssh-keygen -t ed25519)`;
}

/** Bit length of an SSH mpint (big-endian, two's complement, a leading zero byte when the top bit is set). */
function rsaModulusBits(mpint: Buffer): number {
  let i = 0;
  while (i < mpint.length && mpint[i] === 0) i++;
  if (i === mpint.length) return 0;
  return (mpint.length - i - 1) * 8 + (32 - Math.clz32(mpint[i]));
}

/**
 * The cross-field checks of a defaulted claim or XR of this API. (Its name needs no check here: Crossplane's
 * generated CRD limits it to 63 characters, which keeps every `<name>-<resource>` Name tag and group name short.)
 */
export function claimChecks(claim: { spec?: { parameters?: any } }): CheckIssue[] {
  return crossFieldChecks(claim.spec?.parameters ?? {});
}
