/**
 * ProductionNetwork claims for measuring: the option matrix (one claim per option a team can pick) and any
 * number of distinct, valid claims (different names, namespaces, CIDRs, regions and options).
 */

export const BENCH_SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBenchmarkKeyForMeasuringOnlyNotARealKey0000 bench@example.com';

export interface ClaimType {
  apiVersion: string;
  kind: string;
}

/** The claim apiVersion and kind an XRD serves (its referenceable version). */
export function claimTypeOf(xrd: any): ClaimType {
  const versions: any[] = xrd?.spec?.versions ?? [];
  const version = versions.find((v) => v.referenceable) ?? versions.find((v) => v.served);
  const kind = xrd?.spec?.claimNames?.kind;
  if (!version || !kind) throw new Error(`XRD ${xrd?.metadata?.name} offers no claim kind with a served version`);
  return { apiVersion: `${xrd.spec.group}/${version.name}`, kind };
}

function claim(type: ClaimType, name: string, namespace: string, parameters: Record<string, unknown>): any {
  return { ...type, metadata: { name, namespace }, spec: { parameters } };
}

/** Zone suffixes and subnet CIDRs for `zones` zones inside 10.<n>.0.0/16. */
function layout(zones: number, second = 0): Record<string, unknown> {
  const suffixes = ['a', 'b', 'c'].slice(0, zones);
  return {
    vpcCidr: `10.${second}.0.0/16`,
    availabilityZones: suffixes,
    publicSubnetCidrs: suffixes.map((_, i) => `10.${second}.${i + 1}.0/24`),
    privateSubnetCidrs: suffixes.map((_, i) => `10.${second}.${i + 10}.0/24`),
  };
}

export interface OptionCase {
  /** What the case varies, e.g. `zones 3, NAT Single`. */
  option: string;
  claim: any;
}

/** One claim per option: zones 2/3 × NAT PerZone/Single/None, bastion on/off/no key, flow logs off, endpoint off. */
export function optionMatrix(type: ClaimType): OptionCase[] {
  const base = (zones: number) => ({ region: 'us-west-2', ...layout(zones), bastion: { sshPublicKey: BENCH_SSH_KEY } });
  const cases: OptionCase[] = [];
  for (const zones of [2, 3]) {
    for (const nat of ['PerZone', 'Single', 'None']) {
      cases.push({ option: `zones ${zones}, NAT ${nat}`, claim: claim(type, `z${zones}-${nat.toLowerCase()}`, 'bench', { ...base(zones), natGateways: nat }) });
    }
  }
  cases.push(
    { option: 'bastion on (with key)', claim: claim(type, 'bastion-on', 'bench', base(2)) },
    { option: 'bastion off', claim: claim(type, 'bastion-off', 'bench', { ...base(2), bastion: { enabled: false } }) },
    { option: 'bastion without key (SSM only)', claim: claim(type, 'bastion-ssm', 'bench', { ...base(2), bastion: {} }) },
    { option: 'flow logs off', claim: claim(type, 'flowlogs-off', 'bench', { ...base(2), flowLogs: { enabled: false } }) },
    { option: 'S3 endpoint off', claim: claim(type, 'endpoint-off', 'bench', { ...base(2), s3GatewayEndpoint: false }) },
  );
  return cases;
}

const NAT = ['PerZone', 'Single', 'None'];
const REGIONS = ['us-west-2', 'us-east-1', 'eu-west-1', 'ap-southeast-2'];
const TYPES = ['t3.micro', 't3a.small', 't4g.micro', 'm7i.large'];

/** `count` distinct valid claims, deterministic: claim i always has the same options. */
export function distinctClaims(type: ClaimType, count: number): any[] {
  return Array.from({ length: count }, (_, i) => {
    const zones = 2 + (i % 2);
    const parameters: Record<string, unknown> = {
      region: REGIONS[i % REGIONS.length],
      ...layout(zones, i % 256),
      natGateways: NAT[i % 3],
      bastion:
        i % 5 === 4
          ? { enabled: false }
          : { instanceType: TYPES[i % TYPES.length], ...(i % 3 === 1 ? {} : { sshPublicKey: BENCH_SSH_KEY }), allowedSshCidrs: [`198.51.100.${i % 256}/32`] },
      flowLogs: { enabled: i % 4 !== 3 },
      s3GatewayEndpoint: i % 6 !== 5,
      storage: { deletionPolicy: i % 2 ? 'Delete' : 'Orphan', logRetentionDays: 30 + i },
      tags: { Team: `team-${i}`, CostCenter: `cc-${1000 + i}` },
    };
    return claim(type, `net-${String(i).padStart(3, '0')}`, `team-${i % 17}`, parameters);
  });
}
