/**
 * Composition resource names are part of the API. Crossplane identifies each composed resource of a live
 * composite by its name (annotation `crossplane.io/composition-resource-name`): renaming a resource, dropping
 * it, or changing its kind deletes the cloud object behind it (a VPC, a subnet, a bucket of data) and creates a
 * new one. This list is the contract; change it only together with a migration plan.
 */
import { bucketNameProblem } from '../../lib/audit';
import { claimToComposite } from '../../lib/render';
import { renderConverged } from '../../lib/simulate/converge';
import { derivedName, FLAVOURS, productionNetworkApi } from '../../compositions/production-network/index';
import { api as testingApi, claim } from '../support/production-network';

/** Every composition resource name, sorted, with the kind it composes. */
const COMMITTED: Record<string, string> = {
  bastion: 'Instance',
  'bucket-backup': 'Bucket',
  'bucket-backup-encryption': 'BucketServerSideEncryptionConfiguration',
  'bucket-backup-lifecycle': 'BucketLifecycleConfiguration',
  'bucket-backup-logging': 'BucketLogging',
  'bucket-backup-ownership': 'BucketOwnershipControls',
  'bucket-backup-policy': 'BucketPolicy',
  'bucket-backup-public-access-block': 'BucketPublicAccessBlock',
  'bucket-backup-versioning': 'BucketVersioning',
  'bucket-logs': 'Bucket',
  'bucket-logs-encryption': 'BucketServerSideEncryptionConfiguration',
  'bucket-logs-lifecycle': 'BucketLifecycleConfiguration',
  'bucket-logs-ownership': 'BucketOwnershipControls',
  'bucket-logs-policy': 'BucketPolicy',
  'bucket-logs-public-access-block': 'BucketPublicAccessBlock',
  'bucket-logs-versioning': 'BucketVersioning',
  'eip-nat-a': 'EIP',
  'eip-nat-b': 'EIP',
  'eip-nat-c': 'EIP',
  'endpoint-s3': 'VPCEndpoint',
  'endpoint-s3-rt-private-a': 'VPCEndpointRouteTableAssociation',
  'endpoint-s3-rt-private-b': 'VPCEndpointRouteTableAssociation',
  'endpoint-s3-rt-private-c': 'VPCEndpointRouteTableAssociation',
  'flow-log': 'FlowLog',
  igw: 'InternetGateway',
  'keypair-bastion': 'KeyPair',
  'launch-template-bastion': 'LaunchTemplate',
  'nat-a': 'NATGateway',
  'nat-b': 'NATGateway',
  'nat-c': 'NATGateway',
  'profile-bastion': 'InstanceProfile',
  'role-bastion': 'Role',
  'role-bastion-ssm': 'RolePolicyAttachment',
  'route-private-a-nat': 'Route',
  'route-private-b-nat': 'Route',
  'route-private-c-nat': 'Route',
  'route-public-igw': 'Route',
  'rt-private-a': 'RouteTable',
  'rt-private-b': 'RouteTable',
  'rt-private-c': 'RouteTable',
  'rt-public': 'RouteTable',
  'rta-private-a': 'RouteTableAssociation',
  'rta-private-b': 'RouteTableAssociation',
  'rta-private-c': 'RouteTableAssociation',
  'rta-public-a': 'RouteTableAssociation',
  'rta-public-b': 'RouteTableAssociation',
  'rta-public-c': 'RouteTableAssociation',
  'sg-bastion': 'SecurityGroup',
  'sg-bastion-egress-http': 'SecurityGroupEgressRule',
  'sg-bastion-egress-https': 'SecurityGroupEgressRule',
  'sg-bastion-egress-ssh-vpc': 'SecurityGroupEgressRule',
  'sg-bastion-ingress-ssh-1': 'SecurityGroupIngressRule',
  'sg-bastion-ingress-ssh-2': 'SecurityGroupIngressRule',
  'sg-bastion-ingress-ssh-3': 'SecurityGroupIngressRule',
  'sg-bastion-ingress-ssh-4': 'SecurityGroupIngressRule',
  'sg-default': 'DefaultSecurityGroup',
  'sg-private': 'SecurityGroup',
  'sg-private-egress-http': 'SecurityGroupEgressRule',
  'sg-private-egress-https': 'SecurityGroupEgressRule',
  'sg-private-ingress-http-vpc': 'SecurityGroupIngressRule',
  'sg-private-ingress-https-vpc': 'SecurityGroupIngressRule',
  'sg-private-ingress-ssh-bastion': 'SecurityGroupIngressRule',
  'subnet-private-a': 'Subnet',
  'subnet-private-b': 'Subnet',
  'subnet-private-c': 'Subnet',
  'subnet-public-a': 'Subnet',
  'subnet-public-b': 'Subnet',
  'subnet-public-c': 'Subnet',
  vpc: 'VPC',
};

const RENAME_WARNING =
  'Composition resource names are the identity of live cloud resources: renaming, removing or re-kinding one makes ' +
  'Crossplane delete that cloud resource (and its data) from every existing claim and create a new one. If this is ' +
  'intended, plan the migration (e.g. orphan and re-import) and update COMMITTED in resource-names.test.ts.';

function composedNames(flavour: keyof typeof FLAVOURS): Record<string, string> {
  const composition = productionNetworkApi(flavour).composition;
  const resources = composition.spec.pipeline.flatMap((step: any) => step.input?.resources ?? []);
  return Object.fromEntries(resources.map((r: any) => [r.name, r.base.kind]).sort(([a]: string[], [b]: string[]) => a.localeCompare(b)));
}

describe.each(Object.keys(FLAVOURS) as (keyof typeof FLAVOURS)[])('composition resource names (%s flavour)', (flavour) => {
  it('are exactly the committed names, with the committed kinds', () => {
    const actual = composedNames(flavour);
    const removed = Object.keys(COMMITTED).filter((n) => !(n in actual));
    const added = Object.keys(actual).filter((n) => !(n in COMMITTED));
    const rekinded = Object.keys(actual)
      .filter((n) => n in COMMITTED && actual[n] !== COMMITTED[n])
      .map((n) => `${n}: ${COMMITTED[n]} -> ${actual[n]}`);
    if (removed.length || added.length || rekinded.length) {
      throw new Error(
        [
          RENAME_WARNING,
          removed.length ? `removed or renamed (their cloud resources would be DELETED): ${removed.join(', ')}` : '',
          added.length ? `new names (new cloud resources): ${added.join(', ')}` : '',
          rekinded.length ? `kind changed (deleted and recreated): ${rekinded.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }
    expect(Object.keys(actual)).toEqual(Object.keys(COMMITTED));
  });

  it('are unique and say role, tier and zone slot in lowercase kebab-case', () => {
    const composition = productionNetworkApi(flavour).composition;
    const names: string[] = composition.spec.pipeline.flatMap((step: any) => (step.input?.resources ?? []).map((r: any) => r.name));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

/**
 * Bucket names are global in S3 and an existing bucket of the same name is silently adopted: every claim's names
 * must be valid, the same on every reconcile, and different from every other claim's, whatever the namespace and
 * name. `derivedName` computes them as the composition's transforms do; the render proves the two agree.
 */
describe('bucket names', () => {
  const ROLES = ['logs', 'backup'] as const;
  const TRICKY: Array<[string, string]> = [
    ['a-b', 'c'],
    ['a', 'b-c'],
    ['a', 'b.c'],
    ['ab', 'c'],
    ['a', 'bc'],
    ['default', 'x'],
    ['x', 'default'],
    ['team-payments', 'a'.repeat(253)],
    ['n'.repeat(63), 'z'],
  ];

  /** A deterministic pseudo-random generator (mulberry32), so a failure reproduces. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  /** A Kubernetes name: DNS label for namespaces (63), DNS subdomain for claim names (253, dots allowed). */
  function kubeName(rnd: () => number, max: number, dots: boolean): string {
    const alnum = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const inner = alnum + '-' + (dots ? '.' : '');
    const length = 1 + Math.floor(rnd() ** 3 * max);
    let s = '';
    for (let i = 0; i < length; i++) {
      const set = i === 0 || i === length - 1 ? alnum : inner;
      let c = set[Math.floor(rnd() * set.length)];
      if (c === '.' && s.endsWith('.')) c = 'a';
      s += c;
    }
    return s;
  }

  function renderedBucketNames(namespace: string, name: string, flavour: 'claim' | 'namespaced'): Record<string, string> {
    const a = testingApi(flavour);
    const out = renderConverged(
      { composite: claimToComposite(claim({}, { namespace, name, flavour }), a.definition), composition: a.composition },
      { accountId: ACCOUNT },
    );
    const names: Record<string, string> = {};
    for (const r of out.resources) {
      if (r.kind === 'Bucket') names[r.metadata.annotations['crossplane.io/composition-resource-name']] = r.metadata.annotations['crossplane.io/external-name'];
    }
    return names;
  }
  const ACCOUNT = '210987654321';
  const scope = (namespace: string, name: string, flavour: 'claim' | 'namespaced' = 'claim') => ({ flavour, namespace, name, account: ACCOUNT });

  it('the composition renders exactly the names derivedName computes (both flavours)', () => {
    const sample: Array<[string, string, 'claim' | 'namespaced']> = [
      ...TRICKY.slice(0, 3).map(([ns, n]): [string, string, 'claim'] => [ns, n, 'claim']),
      ['team-platform', 'production', 'namespaced'],
      ['n'.repeat(63), 'z', 'namespaced'],
    ];
    for (const [namespace, name, flavour] of sample) {
      expect(renderedBucketNames(namespace, name, flavour)).toEqual({
        'bucket-logs': derivedName(scope(namespace, name, flavour), 'logs'),
        'bucket-backup': derivedName(scope(namespace, name, flavour), 'backup'),
      });
    }
  });

  it('over 5,000 generated claims: valid S3 names, deterministic, and never the same for two claims', () => {
    const rnd = random(20261128);
    const pairs = new Set<string>(TRICKY.map(([ns, n]) => `${ns}/${n}`));
    while (pairs.size < 5000 + TRICKY.length) pairs.add(`${kubeName(rnd, 63, false)}/${kubeName(rnd, 253, true)}`);
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const pair of pairs) {
      const [namespace, name] = pair.split('/');
      for (const role of ROLES) {
        const bucket = derivedName(scope(namespace, name), role);
        const invalid = bucketNameProblem(bucket);
        if (invalid) problems.push(`${pair}/${role}: ${bucket}: ${invalid}`);
        if (bucket !== derivedName(scope(namespace, name), role)) problems.push(`${pair}/${role}: not deterministic`);
        const previous = owner.get(bucket);
        if (previous !== undefined) problems.push(`${bucket} derived for both ${previous} and ${pair}/${role}`);
        owner.set(bucket, `${pair}/${role}`);
      }
    }
    expect(problems).toEqual([]);
    expect(owner.size).toBe(pairs.size * ROLES.length);
  });

  it('a-b/c and a/b-c (and every tricky pair) get different names', () => {
    const logs = TRICKY.map(([ns, n]) => derivedName(scope(ns, n), 'logs'));
    expect(new Set(logs).size).toBe(TRICKY.length);
  });
});
