/**
 * The engine on hand-made managed resources: kinds of both provider scopes, references resolved as the provider
 * resolves them, outcomes summed per control, accepted exceptions, not-applicable controls.
 */
import { CONTROLS, runAudit } from './engine';
import { bucketNameProblem, deletesCloudObject } from './controls/safety';
import { ResourceSet, single } from './resources';

const owner = (xr: string) => ({ apiVersion: 'example.org/v1', kind: 'XNet', name: xr, uid: '', controller: true });

/** A managed resource of `group` (e.g. `ec2.aws.upbound.io`) composed by `xr`. */
function mr(
  group: string,
  kind: string,
  name: string,
  forProvider: Record<string, unknown>,
  extra: { xr?: string; spec?: object; labels?: object; annotations?: object } = {},
) {
  return {
    apiVersion: `${group}/v1beta1`,
    kind,
    metadata: {
      name: `${extra.xr ?? 'xr'}-${name}`,
      labels: { 'example.org/resource': name, ...extra.labels },
      annotations: { 'crossplane.io/composition-resource-name': name, ...extra.annotations },
      ownerReferences: [owner(extra.xr ?? 'xr')],
    },
    spec: { forProvider, ...extra.spec },
  };
}
const sel = (name: string) => ({ matchControllerRef: true, matchLabels: { 'example.org/resource': name } });
const control = (id: string) => CONTROLS.filter((c) => c.id === id);
const audit = (resources: any[], id: string, options = {}) => runAudit(resources, options, control(id)).controls[0];

describe('references', () => {
  it('a selector picks objects of the same composite by label; a value names the external name; a Ref the object', () => {
    const mine = mr('s3.aws.upbound.io', 'Bucket', 'data', {}, { annotations: { 'crossplane.io/external-name': 'my-data' } });
    const theirs = mr('s3.aws.upbound.io', 'Bucket', 'data', {}, { xr: 'other', annotations: { 'crossplane.io/external-name': 'their-data' } });
    const bySelector = mr('s3.aws.upbound.io', 'BucketVersioning', 'v1', { bucketSelector: sel('data') });
    const byName = mr('s3.aws.upbound.io', 'BucketVersioning', 'v2', { bucket: 'their-data' });
    const byRef = mr('s3.aws.upbound.io', 'BucketVersioning', 'v3', { bucketRef: { name: 'xr-data' } });
    const set = new ResourceSet([mine, theirs, bySelector, byName, byRef]);
    const bucket = { service: 's3', kind: 'Bucket' };
    expect(set.resolve(bySelector, single('bucket'), bucket)).toEqual([mine]);
    expect(set.resolve(byName, single('bucket'), bucket)).toEqual([theirs]);
    expect(set.resolve(byRef, single('bucket'), bucket)).toEqual([mine]);
  });

  it('treats the namespaced .m. kinds as the same kinds', () => {
    const subnet = mr('ec2.aws.m.upbound.io', 'Subnet', 'public', { mapPublicIpOnLaunch: true });
    expect(audit([subnet], 'EC2.15').outcome).toBe('FAIL');
    expect(audit([mr('ec2.aws.upbound.io', 'Subnet', 'public', { mapPublicIpOnLaunch: false })], 'EC2.15').outcome).toBe('PASS');
  });
});

describe('outcomes', () => {
  it('a control with nothing to check is not applicable, not passed', () => {
    const r = audit([mr('ec2.aws.upbound.io', 'VPC', 'vpc', {})], 'EC2.8');
    expect(r.outcome).toBe('N/A');
    expect(r.note).toMatch(/nothing to check: no Instance/);
  });

  it('one failing resource fails the control; the report says which and why', () => {
    const report = runAudit(
      [mr('ec2.aws.upbound.io', 'Subnet', 'a', { mapPublicIpOnLaunch: false }), mr('ec2.aws.upbound.io', 'Subnet', 'b', { mapPublicIpOnLaunch: true })],
      {},
      control('EC2.15'),
    );
    expect(report.failed).toBe(true);
    expect(report.controls[0].resources).toEqual([
      { resource: 'Subnet/a', outcome: 'PASS', reason: 'mapPublicIpOnLaunch: false' },
      { resource: 'Subnet/b', outcome: 'FAIL', reason: 'mapPublicIpOnLaunch: true' },
    ]);
  });

  it('every control has an id, a requirement and the kinds it applies to', () => {
    const ids = CONTROLS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'EC2.2',
      'EC2.3',
      'EC2.6',
      'EC2.8',
      'EC2.9',
      'EC2.13',
      'EC2.15',
      'EC2.18',
      'EC2.19',
      'EC2.53',
      'EC2.54',
      'SSM.1',
      'OS.1',
      'S3.5',
      'S3.8',
      'S3.9',
      'S3.12',
      'S3.13',
      'S3.14',
      'S3.17',
      'DATA.1',
      'DATA.2',
      'DATA.3',
      'LP.1',
      'LP.2',
    ]) {
      expect(ids).toContain(id);
    }
    for (const c of CONTROLS) {
      expect(c.title.length).toBeGreaterThan(10);
      expect(c.appliesTo.length).toBeGreaterThan(0);
    }
  });
});

describe('inbound rules in every form the provider takes', () => {
  const sg = mr('ec2.aws.upbound.io', 'SecurityGroup', 'sg', {});
  it('SecurityGroupRule (type ingress, CIDR lists)', () => {
    const rule = mr('ec2.aws.upbound.io', 'SecurityGroupRule', 'r', {
      type: 'ingress',
      protocol: 'tcp',
      fromPort: 3380,
      toPort: 3390,
      ipv6CidrBlocks: ['::/0'],
      securityGroupIdSelector: sel('sg'),
    });
    expect(audit([sg, rule], 'EC2.54').outcome).toBe('FAIL');
    expect(audit([sg, rule], 'EC2.53').outcome).toBe('PASS');
    const egress = { ...rule, spec: { forProvider: { ...rule.spec.forProvider, type: 'egress' } } };
    expect(audit([sg, egress], 'EC2.54').outcome).toBe('N/A');
  });
  it('inline ingress blocks, all protocols', () => {
    const open = mr('ec2.aws.upbound.io', 'SecurityGroup', 'sg', { ingress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }] });
    for (const id of ['EC2.13', 'EC2.18', 'EC2.19', 'EC2.53']) expect(audit([open], id).outcome).toBe('FAIL');
  });
  it('SSH from the internet split over several rules of one group fails EC2.13 and EC2.53, naming each rule', () => {
    const rule = (name: string, cidr: string, group = 'sg') =>
      mr('ec2.aws.upbound.io', 'SecurityGroupIngressRule', name, {
        ipProtocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidrIpv4: cidr,
        securityGroupIdSelector: sel(group),
      });
    const halves = [sg, rule('low', '0.0.0.0/1'), rule('high', '128.0.0.0/1')];
    for (const id of ['EC2.13', 'EC2.53', 'EC2.19']) {
      const r = audit(halves, id);
      expect({ id, outcome: r.outcome }).toEqual({ id, outcome: 'FAIL' });
      expect(r.resources.map((x) => x.outcome)).toEqual(['FAIL', 'FAIL']);
    }
    expect(audit(halves, 'EC2.13').resources[0].reason).toMatch(
      /tcp\/22 from 0\.0\.0\.0\/1, which with the group's other rules on the port admits every address/,
    );
    // Two groups each holding one half admit the internet to neither.
    const other = mr('ec2.aws.upbound.io', 'SecurityGroup', 'other', {});
    expect(audit([sg, other, rule('low', '0.0.0.0/1'), rule('high', '128.0.0.0/1', 'other')], 'EC2.13').outcome).toBe('PASS');
    // A gap anywhere is not the internet (the EC2.9 bound judges breadth).
    expect(audit([sg, rule('low', '0.0.0.0/1'), rule('high', '128.0.0.0/2')], 'EC2.13').outcome).toBe('PASS');
    // Adjacent networks merge: four quarters are the whole space.
    const quarters = ['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2', '192.0.0.0/2'].map((c, i) => rule(`q${i}`, c));
    expect(audit([sg, ...quarters], 'EC2.13').outcome).toBe('FAIL');
  });
  it('a high-risk port inside a range', () => {
    const range = mr('ec2.aws.upbound.io', 'SecurityGroupIngressRule', 'r', { ipProtocol: 'tcp', fromPort: 5000, toPort: 6000, cidrIpv4: '0.0.0.0/0' });
    expect(audit([range], 'EC2.19').resources[0].reason).toMatch(/tcp\/5000-6000 from 0\.0\.0\.0\/0/);
    const https = mr('ec2.aws.upbound.io', 'SecurityGroupIngressRule', 'r', { ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' });
    expect(audit([https], 'EC2.19').outcome).toBe('PASS');
    expect(audit([https], 'EC2.18').outcome).toBe('PASS');
  });
});

describe('accepted exceptions', () => {
  const instance = (fp: object) =>
    mr('ec2.aws.upbound.io', 'Instance', 'host', {
      associatePublicIpAddress: true,
      metadataOptions: { httpTokens: 'required' },
      vpcSecurityGroupIdSelector: sel('sg'),
      ...fp,
    });
  const sg = mr('ec2.aws.upbound.io', 'SecurityGroup', 'sg', {});
  const ssh = (cidr: string) =>
    mr('ec2.aws.upbound.io', 'SecurityGroupIngressRule', 'ssh', {
      ipProtocol: 'tcp',
      fromPort: 22,
      toPort: 22,
      cidrIpv4: cidr,
      securityGroupIdSelector: sel('sg'),
    });

  it('EC2.9: a public jump host reachable only from listed networks is an exception with its reason', () => {
    const r = audit([instance({ keyName: 'ops' }), sg, ssh('198.51.100.0/24')], 'EC2.9');
    expect(r.outcome).toBe('EXCEPTION');
    expect(r.resources[0].reason).toMatch(/SSH jump host \(key pair ops\).*198\.51\.100\.0\/24/);
  });
  it('EC2.9: not accepted when the world can reach it, or without IMDSv2', () => {
    expect(audit([instance({}), sg, ssh('0.0.0.0/0')], 'EC2.9').outcome).toBe('FAIL');
    expect(audit([instance({ metadataOptions: { httpTokens: 'optional' } }), sg, ssh('198.51.100.0/24')], 'EC2.9').outcome).toBe('FAIL');
  });
  it('EC2.9: judged on the union of SSH sources: the internet split in halves, or more than four /16s, is not accepted', () => {
    const named = (name: string, cidr: string) => ({ ...ssh(cidr), metadata: { ...ssh(cidr).metadata, name: `xr-${name}` } });
    const halves = audit([instance({ keyName: 'ops' }), sg, named('a', '0.0.0.0/1'), named('b', '128.0.0.0/1')], 'EC2.9');
    expect(halves.outcome).toBe('FAIL');
    expect(halves.resources[0].reason).toMatch(/SSH sources together admit every IPv4 address .*too broad/);
    const fiveSixteens = ['198.18', '198.20', '198.22', '198.24', '198.26'].map((n, i) => named(`n${i}`, `${n}.0.0/16`));
    const five = audit([instance({ keyName: 'ops' }), sg, ...fiveSixteens], 'EC2.9');
    expect(five.outcome).toBe('FAIL');
    expect(five.resources[0].reason).toMatch(/SSH sources together admit 327,680 public IPv4 addresses \(more than four \/16 networks\)/);
    expect(audit([instance({ keyName: 'ops' }), sg, ...fiveSixteens.slice(1)], 'EC2.9').outcome).toBe('EXCEPTION');
    // Private networks (reached through VPN or peering) do not count against the bound.
    expect(audit([instance({ keyName: 'ops' }), sg, named('vpn', '10.0.0.0/8'), named('office', '198.51.100.0/24')], 'EC2.9').outcome).toBe('EXCEPTION');
  });
  it('EC2.9: passes without a public address; a subnet that maps public IPs gives one', () => {
    const priv = instance({ associatePublicIpAddress: undefined, subnetIdSelector: sel('subnet') });
    const subnet = (map: boolean) => mr('ec2.aws.upbound.io', 'Subnet', 'subnet', { mapPublicIpOnLaunch: map });
    expect(audit([priv, subnet(false)], 'EC2.9').outcome).toBe('PASS');
    expect(audit([priv, subnet(true)], 'EC2.9').resources[0].outcome).toBe('FAIL');
  });
  it('DATA.1: deletion is accepted only when asked for', () => {
    const bucket = mr('s3.aws.upbound.io', 'Bucket', 'b', {}, { spec: { deletionPolicy: 'Delete' } });
    expect(audit([bucket], 'DATA.1').outcome).toBe('FAIL');
    const asked = audit([bucket], 'DATA.1', { dataDeletionRequested: 'storage.deletionPolicy: Delete' });
    expect(asked.outcome).toBe('EXCEPTION');
    expect(asked.resources[0].reason).toMatch(/explicit opt-in: storage.deletionPolicy: Delete/);
  });
});

describe('data safety helpers', () => {
  it('deletion: Orphan, or management policies without Delete, keep the cloud object', () => {
    expect(deletesCloudObject({ apiVersion: 's3.aws.upbound.io/v1beta2', kind: 'Bucket', spec: { deletionPolicy: 'Orphan' } })).toBeUndefined();
    expect(deletesCloudObject({ apiVersion: 's3.aws.upbound.io/v1beta2', kind: 'Bucket', spec: {} })).toMatch(/default is Delete/);
    expect(
      deletesCloudObject({
        apiVersion: 's3.aws.m.upbound.io/v1beta1',
        kind: 'Bucket',
        spec: { managementPolicies: ['Observe', 'Create', 'Update', 'LateInitialize'] },
      }),
    ).toBeUndefined();
    expect(deletesCloudObject({ apiVersion: 's3.aws.m.upbound.io/v1beta1', kind: 'Bucket', spec: { managementPolicies: ['*'] } })).toMatch(/\*/);
    // A namespaced kind has no deletionPolicy: writing one does not keep anything.
    expect(deletesCloudObject({ apiVersion: 's3.aws.m.upbound.io/v1beta1', kind: 'Bucket', spec: { deletionPolicy: 'Orphan' } })).toMatch(/default \["\*"\]/);
  });
  it('bucket names', () => {
    for (const ok of ['abc', 'pn-0123456789abcdef-logs', 'a'.repeat(63), 'my.bucket-1']) expect(bucketNameProblem(ok)).toBeUndefined();
    for (const bad of ['ab', 'a'.repeat(64), 'Upper', '-start', 'end-', 'a..b', '192.168.1.1', 'xn--abc', 'data-s3alias', 'under_score']) {
      expect(bucketNameProblem(bad)).toBeDefined();
    }
  });
});
