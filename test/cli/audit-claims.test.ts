/**
 * The audit, proven on what claims render: every example and a matrix of options pass (flow logs off fails
 * EC2.6, as it must); deliberately weakened resources fail with the right control id; live claims cannot change
 * the fields that would replace infrastructure. Renders are cached: each claim is rendered once.
 */
import * as fs from 'fs';
import * as path from 'path';
import { api, claim, EXAMPLE_SSH_KEY, loadYaml, zoneParameters } from '../support/production-network';
import { auditClaim, runAudit, type AuditOptions, type ClaimAudit } from '../../lib/audit';
import { validateAgainstXrd } from '../../lib/validate';
import { claimAuditOptions } from '../../cli/audit';

const ROOT = path.resolve(__dirname, '..', '..');
const SSH_KEY = EXAMPLE_SSH_KEY;
const KMS_KEY = 'arn:aws:kms:us-west-2:123456789012:key/0123abcd-0123-4567-89ab-0123456789ab';

const audits = new Map<string, ClaimAudit>();
/** Audits a claim of either flavour once per test run. */
function audit(input: any, flavour: 'claim' | 'namespaced' = 'claim'): ClaimAudit {
  const key = `${flavour}:${JSON.stringify(input)}`;
  if (!audits.has(key)) {
    const a = api(flavour);
    audits.set(key, auditClaim(input, { xrd: a.definition, composition: a.composition }, claimAuditOptions));
  }
  return audits.get(key)!;
}
const failing = (a: { report: ClaimAudit['report'] }) => a.report.controls.filter((c) => c.outcome === 'FAIL').map((c) => c.id);
const outcome = (a: { report: ClaimAudit['report'] }, id: string) => a.report.controls.find((c) => c.id === id)!;

function exampleFiles(dir = path.join(ROOT, 'examples')): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? exampleFiles(path.join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

describe('every example claim', () => {
  it.each(exampleFiles().map((f) => path.relative(ROOT, f)))('%s passes the audit', (file) => {
    for (const doc of loadYaml(file)) {
      const a = audit(doc, String(doc.apiVersion).startsWith('m.') ? 'namespaced' : 'claim');
      expect(failing(a)).toEqual([]);
      // Everything a claim composes is checked: a control has nothing to check only where the claim turned the
      // part off (no bastion: the instance controls) or did not ask for it (no KMS key: S3.17).
      const p = doc.spec?.parameters ?? {};
      const expected = [
        ...(p.bastion?.enabled === false ? ['EC2.3', 'EC2.8', 'EC2.9', 'SSM.1', 'LP.1', 'OS.1'] : []),
        ...(p.storage?.kmsKeyArn ? [] : ['S3.17']),
      ];
      const notApplicable = a.report.controls.filter((c) => c.outcome === 'N/A').map((c) => c.id);
      expect(notApplicable.sort()).toEqual(expected.sort());
    }
  });
});

describe('the options matrix', () => {
  const zones = { 2: {}, 3: zoneParameters(3) };
  const cases: Array<[string, Record<string, unknown>, 'claim' | 'namespaced']> = [];
  for (const nat of ['PerZone', 'Single', 'None'])
    for (const z of [2, 3] as const)
      cases.push([`natGateways ${nat}, ${z} zones`, { natGateways: nat, ...zones[z], bastion: { sshPublicKey: SSH_KEY } }, 'claim']);
  cases.push(['bastion disabled', { bastion: { enabled: false } }, 'claim']);
  cases.push(['bastion without a key (SSM only)', {}, 'claim']);
  cases.push(['kmsKeyArn set', { storage: { kmsKeyArn: KMS_KEY } }, 'claim']);
  cases.push(['deletionPolicy Delete', { storage: { deletionPolicy: 'Delete' } }, 'claim']);
  cases.push(['deletionPolicy Delete, namespaced', { storage: { deletionPolicy: 'Delete' } }, 'namespaced']);

  it.each(cases)('%s: a valid claim, and no control fails', (_name, parameters, flavour) => {
    const input = claim(parameters, { flavour });
    expect(validateAgainstXrd(input, api(flavour).definition)).toEqual([]);
    expect(failing(audit(input, flavour))).toEqual([]);
  });

  it('flow logs off fails EC2.6, and only EC2.6', () => {
    const a = audit(claim({ flowLogs: { enabled: false } }));
    expect(failing(a)).toEqual(['EC2.6']);
    expect(outcome(a, 'EC2.6').resources).toEqual([{ resource: 'VPC/vpc', outcome: 'FAIL', reason: 'no FlowLog refers to this VPC' }]);
  });

  it('bastion disabled: the instance controls have nothing to check', () => {
    const a = audit(claim({ bastion: { enabled: false } }));
    for (const id of ['EC2.3', 'EC2.8', 'EC2.9', 'SSM.1', 'LP.1', 'OS.1']) expect(outcome(a, id).outcome).toBe('N/A');
  });

  it("EC2.9: an SSH bastion's public address is an accepted exception; an SSM-only bastion has none and passes", () => {
    const withKey = outcome(audit(claim({ bastion: { sshPublicKey: SSH_KEY } })), 'EC2.9');
    expect(withKey.outcome).toBe('EXCEPTION');
    expect(withKey.resources[0].reason).toMatch(/^accepted: SSH jump host \(key pair pn-[0-9a-f]{16}-bastion\).*inbound only from 203\.0\.113\.0\/24/);
    const ssmOnly = outcome(audit(claim({})), 'EC2.9');
    expect(ssmOnly.outcome).toBe('PASS');
    expect(ssmOnly.resources[0].reason).toMatch(/no public address/);
  });

  it('kmsKeyArn: the backup bucket uses SSE-KMS with that key; the logs bucket is an accepted SSE-S3 exception', () => {
    const s3_17 = outcome(audit(claim({ storage: { kmsKeyArn: KMS_KEY } })), 'S3.17');
    expect(s3_17.resources.map((r) => [r.resource, r.outcome])).toEqual([
      ['Bucket/bucket-backup', 'PASS'],
      ['Bucket/bucket-logs', 'EXCEPTION'],
    ]);
    expect(s3_17.resources[0].reason).toMatch(/aws:kms with the requested key, bucket key enabled/);
    expect(s3_17.resources[1].reason).toMatch(/log delivery services cannot write with a customer-managed key/);
  });

  it.each(['claim', 'namespaced'] as const)('deletionPolicy Delete (%s): DATA.1 reports the explicit opt-in for every bucket object', (flavour) => {
    const data1 = outcome(audit(claim({ storage: { deletionPolicy: 'Delete' } }, { flavour }), flavour), 'DATA.1');
    expect(data1.outcome).toBe('EXCEPTION');
    expect(data1.resources).toHaveLength(15);
    for (const r of data1.resources) expect(r.reason).toMatch(/^accepted: explicit opt-in: the claim sets storage.deletionPolicy: Delete/);
  });
});

describe('weakened resources fail with the right control', () => {
  const clone = (flavour: 'claim' | 'namespaced' = 'claim') =>
    structuredClone(
      audit(loadYaml(flavour === 'claim' ? 'examples/production-network.yaml' : 'examples/namespaced/production-network.yaml')[0], flavour).resources,
    );
  const named = (resources: any[], name: string) => {
    const r = resources.find((x) => x.metadata.annotations['crossplane.io/composition-resource-name'] === name);
    if (!r) throw new Error(`no ${name}`);
    return r;
  };
  const drop = (resources: any[], name: string) => resources.filter((r) => r !== named(resources, name));
  const policy = (r: any) => JSON.parse(r.spec.forProvider.policy);
  const setPolicy = (r: any, doc: any) => (r.spec.forProvider.policy = JSON.stringify(doc));
  /** A copy of `name` as a new composed resource `as`. */
  const copy = (resources: any[], name: string, as: string, change: (r: any) => void) => {
    const r = structuredClone(named(resources, name));
    r.metadata.name = `${r.metadata.name}-${as}`;
    r.metadata.annotations['crossplane.io/composition-resource-name'] = as;
    change(r);
    return [...resources, r];
  };

  type Case = [string, (rs: any[]) => any[], string[], AuditOptions?];
  const cases: Case[] = [
    [
      'SSH from 0.0.0.0/0 (the XRD rejects it; crafted here)',
      (rs) => ((named(rs, 'sg-bastion-ingress-ssh-1').spec.forProvider.cidrIpv4 = '0.0.0.0/0'), rs),
      ['EC2.9', 'EC2.13', 'EC2.18', 'EC2.19', 'EC2.53'],
    ],
    [
      'SSH from ::/0',
      (rs) => {
        const fp = named(rs, 'sg-bastion-ingress-ssh-1').spec.forProvider;
        delete fp.cidrIpv4;
        fp.cidrIpv6 = '::/0';
        return rs;
      },
      ['EC2.9', 'EC2.13', 'EC2.18', 'EC2.19', 'EC2.54'],
    ],
    [
      'RDP from 0.0.0.0/0 on the private group',
      (rs) =>
        copy(rs, 'sg-private-ingress-http-vpc', 'sg-private-ingress-rdp', (r) =>
          Object.assign(r.spec.forProvider, { fromPort: 3389, toPort: 3389, cidrIpv4: '0.0.0.0/0' }),
        ),
      ['EC2.18', 'EC2.19', 'EC2.53'],
    ],
    [
      'PostgreSQL from 0.0.0.0/0',
      (rs) =>
        copy(rs, 'sg-private-ingress-http-vpc', 'sg-private-ingress-pg', (r) =>
          Object.assign(r.spec.forProvider, { fromPort: 5432, toPort: 5432, cidrIpv4: '0.0.0.0/0' }),
        ),
      ['EC2.18', 'EC2.19'],
    ],
    [
      'all traffic from 0.0.0.0/0',
      (rs) =>
        copy(rs, 'sg-private-ingress-http-vpc', 'sg-private-ingress-all', (r) =>
          Object.assign(r.spec.forProvider, { ipProtocol: '-1', fromPort: undefined, toPort: undefined, cidrIpv4: '0.0.0.0/0' }),
        ),
      ['EC2.13', 'EC2.18', 'EC2.19', 'EC2.53'],
    ],
    ['a bucket without its public access block', (rs) => drop(rs, 'bucket-backup-public-access-block'), ['S3.8']],
    [
      'a public access block with blockPublicPolicy false',
      (rs) => ((named(rs, 'bucket-logs-public-access-block').spec.forProvider.blockPublicPolicy = false), rs),
      ['S3.8'],
    ],
    ['IMDSv1 (httpTokens: optional)', (rs) => ((named(rs, 'bastion').spec.forProvider.metadataOptions.httpTokens = 'optional'), rs), ['EC2.8', 'EC2.9']],
    [
      'an unencrypted root volume in the launch template',
      (rs) => ((named(rs, 'launch-template-bastion').spec.forProvider.blockDeviceMappings[0].ebs.encrypted = 'false'), rs),
      ['EC2.3'],
    ],
    [
      'a launch template with no block device mapping (the image default root volume)',
      (rs) => (delete named(rs, 'launch-template-bastion').spec.forProvider.blockDeviceMappings, rs),
      ['EC2.3'],
    ],
    [
      'IMDSv1 in the launch template, none on the instance',
      (rs) => {
        delete named(rs, 'bastion').spec.forProvider.metadataOptions;
        named(rs, 'launch-template-bastion').spec.forProvider.metadataOptions.httpTokens = 'optional';
        return rs;
      },
      ['EC2.8', 'EC2.9'],
    ],
    [
      'an instance whose launch template is not in the composite',
      (rs) => {
        delete named(rs, 'bastion').spec.forProvider.metadataOptions;
        return rs.filter((r) => r !== named(rs, 'launch-template-bastion'));
      },
      ['EC2.3', 'EC2.8', 'EC2.9'],
    ],
    [
      'a default security group with a rule',
      (rs) => ((named(rs, 'sg-default').spec.forProvider.ingress = [{ protocol: '-1', fromPort: 0, toPort: 0, self: true }]), rs),
      ['EC2.2'],
    ],
    ['a default security group that late-initializes AWS defaults', (rs) => ((named(rs, 'sg-default').spec.managementPolicies = ['*']), rs), ['EC2.2']],
    ['no managed default security group', (rs) => drop(rs, 'sg-default'), ['EC2.2']],
    ['a public subnet with mapPublicIpOnLaunch true', (rs) => ((named(rs, 'subnet-public-a').spec.forProvider.mapPublicIpOnLaunch = true), rs), ['EC2.15']],
    [
      'a bucket policy without the TLS deny',
      (rs) => {
        const p = named(rs, 'bucket-logs-policy');
        setPolicy(p, { ...policy(p), Statement: policy(p).Statement.filter((s: any) => s.Sid !== 'DenyInsecureTransport') });
        return rs;
      },
      ['S3.5'],
    ],
    [
      'an extra policy attachment on the bastion role',
      (rs) => copy(rs, 'role-bastion-ssm', 'role-bastion-admin', (r) => (r.spec.forProvider.policyArn = 'arn:aws:iam::aws:policy/AdministratorAccess')),
      ['LP.1'],
    ],
    [
      'an inline policy on the bastion role',
      (rs) =>
        copy(rs, 'role-bastion-ssm', 'role-bastion-inline', (r) =>
          Object.assign(r, { kind: 'RolePolicy', spec: { forProvider: { roleSelector: r.spec.forProvider.roleSelector, policy: '{}' } } }),
        ),
      ['LP.1'],
    ],
    ['no SSM policy on the bastion role', (rs) => drop(rs, 'role-bastion-ssm'), ['LP.1', 'SSM.1']],
    [
      'a log bucket policy that allows everyone',
      (rs) => {
        const p = named(rs, 'bucket-logs-policy');
        const bucket = policy(p).Statement[0].Resource[0];
        setPolicy(p, {
          ...policy(p),
          Statement: [...policy(p).Statement, { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucket}/*` }],
        });
        return rs;
      },
      ['LP.2'],
    ],
    [
      'a log bucket policy not scoped to the account',
      (rs) => {
        const p = named(rs, 'bucket-logs-policy');
        const doc = policy(p);
        delete doc.Statement[3].Condition.StringEquals['aws:SourceAccount'];
        setPolicy(p, doc);
        return rs;
      },
      ['LP.2'],
    ],
    [
      'a log bucket policy granting more actions',
      (rs) => {
        const p = named(rs, 'bucket-logs-policy');
        const doc = policy(p);
        doc.Statement[1].Action = ['s3:PutObject', 's3:DeleteObject'];
        setPolicy(p, doc);
        return rs;
      },
      ['LP.2'],
    ],
    ['forceDestroy on a bucket', (rs) => ((named(rs, 'bucket-logs').spec.forProvider.forceDestroy = true), rs), ['DATA.2']],
    ['a protection object deleted with the claim', (rs) => ((named(rs, 'bucket-backup-versioning').spec.deletionPolicy = 'Delete'), rs), ['DATA.1']],
    ['no flow log', (rs) => drop(rs, 'flow-log'), ['EC2.6']],
    ['no access logging on the backup bucket', (rs) => drop(rs, 'bucket-backup-logging'), ['S3.9']],
    ['versioning suspended', (rs) => ((named(rs, 'bucket-backup-versioning').spec.forProvider.versioningConfiguration.status = 'Suspended'), rs), ['S3.14']],
    ['ACLs enabled (ObjectWriter)', (rs) => ((named(rs, 'bucket-backup-ownership').spec.forProvider.rule.objectOwnership = 'ObjectWriter'), rs), ['S3.12']],
    ['no lifecycle', (rs) => drop(rs, 'bucket-logs-lifecycle'), ['S3.13']],
    ['no default encryption', (rs) => drop(rs, 'bucket-backup-encryption'), ['S3.4']],
    // Without its external name the bucket is named after its object, which its policy does not name either.
    [
      'a bucket without an explicit name',
      (rs) => (delete named(rs, 'bucket-backup').metadata.annotations['crossplane.io/external-name'], rs),
      ['DATA.3', 'S3.5'],
    ],
    ['a KMS key requested but SSE-S3 composed', (rs) => rs, ['S3.17'], { kmsKeyArn: KMS_KEY }],
  ];

  it.each(cases)('%s', (_name, weaken, expected, options = {}) => {
    const report = runAudit(weaken(clone()), options);
    expect(report.failed).toBe(true);
    expect(
      report.controls
        .filter((c) => c.outcome === 'FAIL')
        .map((c) => c.id)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('the namespaced kinds fail the same way (SSH from the world; a bucket deleted with the XR)', () => {
    const rs = clone('namespaced');
    named(rs, 'sg-bastion-ingress-ssh-1').spec.forProvider.cidrIpv4 = '0.0.0.0/0';
    named(rs, 'bucket-backup').spec.managementPolicies = ['*'];
    const failed = runAudit(rs).controls.filter((c) => c.outcome === 'FAIL');
    expect(failed.map((c) => c.id).sort()).toEqual(['DATA.1', 'EC2.13', 'EC2.18', 'EC2.19', 'EC2.53', 'EC2.9'].sort());
    expect(failed.find((c) => c.id === 'DATA.1')!.resources.find((r) => r.outcome === 'FAIL')!.reason).toMatch(/managementPolicies include \*/);
  });
});

describe('SSH sources are judged together, by validate and by the audit', () => {
  const withSsh = (allowedSshCidrs: string[], flavour: 'claim' | 'namespaced' = 'claim') =>
    claim({ bastion: { sshPublicKey: SSH_KEY, allowedSshCidrs } }, { flavour });

  it.each(['claim', 'namespaced'] as const)('%s: the internet in two halves is refused by the API and fails the audit', (flavour) => {
    const halves = withSsh(['0.0.0.0/1', '128.0.0.0/1'], flavour);
    expect(validateAgainstXrd(halves, api(flavour).definition).map((i) => i.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/a public SSH source may be at most a \/16/)]),
    );
    const a = audit(halves, flavour);
    expect(failing(a).sort()).toEqual(['EC2.13', 'EC2.19', 'EC2.53', 'EC2.9'].sort());
    expect(
      outcome(a, 'EC2.13')
        .resources.filter((r) => r.outcome === 'FAIL')
        .map((r) => r.resource),
    ).toEqual(['SecurityGroupIngressRule/sg-bastion-ingress-ssh-1', 'SecurityGroupIngressRule/sg-bastion-ingress-ssh-2']);
    expect(outcome(a, 'EC2.9').resources[0].reason).toMatch(/SSH sources together admit every IPv4 address/);
  });

  it('the broadest sources the API accepts (four public /16s) are still an accepted jump host', () => {
    const widest = withSsh(['198.18.0.0/16', '198.19.0.0/16', '203.0.0.0/16', '192.0.0.0/16']);
    expect(validateAgainstXrd(widest, api('claim').definition)).toEqual([]);
    expect(failing(audit(widest))).toEqual([]);
    expect(outcome(audit(widest), 'EC2.9').outcome).toBe('EXCEPTION');
  });
});

describe('live claims keep the fields that would replace infrastructure', () => {
  const xrd = () => api('claim').definition;
  const live = claim({ bastion: { sshPublicKey: SSH_KEY } });
  const changed = (parameters: Record<string, unknown>) => claim({ bastion: { sshPublicKey: SSH_KEY }, ...parameters });

  it.each([
    [
      'vpcCidr',
      { vpcCidr: '10.1.0.0/16', publicSubnetCidrs: ['10.1.1.0/24', '10.1.2.0/24'], privateSubnetCidrs: ['10.1.10.0/24', '10.1.11.0/24'] },
      /vpcCidr is immutable: changing it replaces the VPC/,
    ],
    ['region', { region: 'us-east-1' }, /region is immutable: moving a network to another region replaces all of it/],
    [
      'availabilityZones',
      { availabilityZones: ['a', 'c'] },
      /availabilityZones is immutable: changing the zones replaces subnets, NAT gateways and the bastion/,
    ],
    ['publicSubnetCidrs', { publicSubnetCidrs: ['10.0.3.0/24', '10.0.4.0/24'] }, /publicSubnetCidrs is immutable: changing a subnet CIDR replaces the subnet/],
    [
      'privateSubnetCidrs',
      { privateSubnetCidrs: ['10.0.20.0/24', '10.0.21.0/24'] },
      /privateSubnetCidrs is immutable: changing a subnet CIDR replaces the subnet/,
    ],
  ])('changing %s of a live claim is rejected, saying why', (_field, parameters, message) => {
    const next = changed(parameters);
    // The new value on its own is fine: only the change is refused.
    expect(validateAgainstXrd(next, xrd())).toEqual([]);
    const issues = validateAgainstXrd(next, xrd(), { old: live });
    expect(issues.map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    for (const i of issues) expect(i.message).toMatch(/immutable: .*Create a new ProductionNetwork/);
  });

  it('an explicit value different from the default the claim was created with is a change too', () => {
    expect(validateAgainstXrd(changed({ region: 'eu-west-1' }), xrd(), { old: live }).map((i) => i.message)).toEqual([
      expect.stringMatching(/region is immutable/),
    ]);
  });

  it('mutable fields and an unchanged claim pass', () => {
    expect(validateAgainstXrd(live, xrd(), { old: live })).toEqual([]);
    expect(validateAgainstXrd(changed({ natGateways: 'Single', tags: { Team: 'payments' }, flowLogs: { enabled: false } }), xrd(), { old: live })).toEqual([]);
  });
});
