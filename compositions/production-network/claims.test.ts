/**
 * What a claim may say. Every invalid claim has exactly one defect and is rejected with its own message, found
 * either by the API server (schema, CEL) or, where Kubernetes 1.29 cannot check portably, by `npm run validate`'s
 * cross-field checks. Valid variations are accepted and render to resources that validate strictly.
 */
import { validateClaim } from '../../lib/validate/claim';
import { claimChecks } from './checks';
import { FlavourName } from './index';
import { api, claim as claimOf, EXAMPLE_SSH_KEY, withoutFindingsFixedByIssue11, zoneParameters } from './testing';

const KEY = EXAMPLE_SSH_KEY;

const invalid: Array<[string, Record<string, unknown>, RegExp]> = [
  ['malformed VPC CIDR', { vpcCidr: '10.0.0.0' }, /vpcCidr must be an IPv4 CIDR with a prefix from \/16 to \/28/],
  ['VPC prefix too large', { vpcCidr: '10.0.0.0/8' }, /vpcCidr must be an IPv4 CIDR with a prefix from \/16 to \/28/],
  ['VPC octet out of range', { vpcCidr: '10.0.0.256/16' }, /vpcCidr must be an IPv4 CIDR/],
  ['VPC CIDR with host bits', { vpcCidr: '10.0.1.0/16' }, /10\.0\.1\.0\/16 has host bits set: AWS needs the network address, 10\.0\.0\.0\/16/],
  [
    'VPC CIDR not private',
    { vpcCidr: '8.8.0.0/16', publicSubnetCidrs: ['8.8.1.0/24', '8.8.2.0/24'], privateSubnetCidrs: ['8.8.10.0/24', '8.8.11.0/24'] },
    /is not in a private range/,
  ],
  [
    'public subnet outside the VPC',
    { publicSubnetCidrs: ['10.1.1.0/24', '10.0.2.0/24'] },
    /publicSubnetCidrs\[0\]: subnet 10\.1\.1\.0\/24 is outside the VPC 10\.0\.0\.0\/16/,
  ],
  [
    'private subnet outside the VPC',
    { privateSubnetCidrs: ['10.0.10.0/24', '192.168.11.0/24'] },
    /privateSubnetCidrs\[1\]: subnet 192\.168\.11\.0\/24 is outside the VPC/,
  ],
  [
    'subnet as large as the VPC',
    { vpcCidr: '10.0.0.0/24', publicSubnetCidrs: ['10.0.0.0/24', '10.0.0.64/26'], privateSubnetCidrs: ['10.0.0.128/26', '10.0.0.192/26'] },
    /is the whole VPC/,
  ],
  [
    'the same CIDR public and private',
    { privateSubnetCidrs: ['10.0.1.0/24', '10.0.11.0/24'] },
    /a CIDR appears in both publicSubnetCidrs and privateSubnetCidrs/,
  ],
  [
    'overlapping subnets of different sizes',
    { privateSubnetCidrs: ['10.0.2.128/25', '10.0.11.0/24'] },
    /subnet 10\.0\.2\.128\/25 overlaps 10\.0\.2\.0\/24 \(publicSubnetCidrs\[1\]\)/,
  ],
  ['subnet with host bits', { privateSubnetCidrs: ['10.0.10.0/24', '10.0.11.5/24'] }, /10\.0\.11\.5\/24 has host bits set/],
  ['duplicate public subnets', { publicSubnetCidrs: ['10.0.1.0/24', '10.0.1.0/24'] }, /duplicate/i],
  [
    'more public subnets than zones',
    { publicSubnetCidrs: ['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24'] },
    /publicSubnetCidrs has 3 CIDRs for 2 availability zones/,
  ],
  [
    'fewer private subnets than zones',
    { availabilityZones: ['a', 'b', 'c'], publicSubnetCidrs: ['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24'] },
    /privateSubnetCidrs has 2 CIDRs for 3 availability zones/,
  ],
  ['subnet prefix too small', { publicSubnetCidrs: ['10.0.1.0/29', '10.0.2.0/24'] }, /must be an IPv4 CIDR with a prefix from \/16 to \/28/],
  ['one zone', { availabilityZones: ['a'], publicSubnetCidrs: ['10.0.1.0/24'], privateSubnetCidrs: ['10.0.10.0/24'] }, /must NOT have fewer than 2 items/],
  ['four zones', { availabilityZones: ['a', 'b', 'c', 'd'] }, /availabilityZones: must NOT have more than 3 items/],
  ['unknown zone suffix', { availabilityZones: ['a', 'z'] }, /must be one of "a", "b", "c", "d", "e", "f"/],
  ['duplicate zones', { availabilityZones: ['a', 'a'] }, /duplicate/i],
  ['unknown region', { region: 'us-west-9' }, /region: must be one of .*got "us-west-9"/],
  ['region in capitals', { region: 'US-WEST-2' }, /got "US-WEST-2"/],
  ['unknown NAT mode', { natGateways: 'Double' }, /natGateways: must be one of "PerZone", "Single", "None"/],
  [
    'an SSM-only bastion with no NAT gateway to reach SSM',
    { natGateways: 'None' },
    /an SSM-only bastion \(no sshPublicKey\) sits in a private subnet and reaches SSM through a NAT gateway/,
  ],
  ['SSH open to the world (IPv4)', { bastion: { allowedSshCidrs: ['0.0.0.0/0'] } }, /must not open SSH to the whole internet/],
  ['SSH open to the world (IPv6)', { bastion: { allowedSshCidrs: ['::/0'] } }, /must not open SSH to the whole internet/],
  [
    'too many SSH networks',
    { bastion: { allowedSshCidrs: ['10.1.0.0/24', '10.2.0.0/24', '10.3.0.0/24', '10.4.0.0/24', '10.5.0.0/24'] } },
    /allowedSshCidrs: must NOT have more than 4 items/,
  ],
  ['malformed SSH network', { bastion: { allowedSshCidrs: ['203.0.113.0/33'] } }, /must be an IPv4 CIDR, e\.g\./],
  ['not an instance type', { bastion: { instanceType: 'tiny' } }, /must be an EC2 instance type such as t3\.micro/],
  ['instance type without a size', { bastion: { instanceType: 't3micro' } }, /must be an EC2 instance type/],
  ['not an SSH public key', { bastion: { sshPublicKey: 'not a key' } }, /must be one OpenSSH public key line/],
  ['unknown image', { bastion: { image: 'Ubuntu' } }, /image: must be one of "AmazonLinux2023", "AmazonLinux2"/],
  ['malformed AMI id', { bastion: { amiId: 'ami-123' } }, /must be an AMI id/],
  ['unknown deletion policy', { storage: { deletionPolicy: 'Retain' } }, /deletionPolicy: must be one of "Orphan", "Delete"/],
  ['log retention of zero days', { storage: { logRetentionDays: 0 } }, /logRetentionDays: must be >= 1|greater than or equal to 1/],
  ['log retention as a string', { storage: { logRetentionDays: '365' } }, /logRetentionDays: must be integer|must be of type integer|integer/],
  ['not a KMS key ARN', { storage: { kmsKeyArn: 'arn:aws:s3:::bucket' } }, /must be a KMS key ARN/],
  ['a misspelled parameter', { vpcCIDR: '10.0.0.0/16' }, /unknown field "vpcCIDR"/],
  ['a misspelled nested parameter', { bastion: { enable: false } }, /unknown field "enable" \(did you mean "enabled"\?\)/],
  ['a reserved tag key', { tags: { 'aws:owner': 'me' } }, /must not start with "aws:"/],
  ['a tag value that is not a string', { tags: { Owner: 42 } }, /tags\.Owner: must be string|string/],
  ['a boolean given as a string', { s3GatewayEndpoint: 'yes' }, /s3GatewayEndpoint: must be boolean|boolean/],
  ['an empty provider config name', { providerConfigName: '' }, /providerConfigName: must NOT have fewer than 1 characters|at least 1/],
];

const transitions: Array<[string, Record<string, unknown>, Record<string, unknown>, RegExp]> = [
  [
    'vpcCidr',
    {},
    { vpcCidr: '10.1.0.0/16', publicSubnetCidrs: ['10.1.1.0/24', '10.1.2.0/24'], privateSubnetCidrs: ['10.1.10.0/24', '10.1.11.0/24'] },
    /vpcCidr is immutable: changing it replaces the VPC/,
  ],
  ['region', {}, { region: 'eu-west-1' }, /region is immutable: moving a network to another region replaces all of it/],
  ['availabilityZones', {}, { availabilityZones: ['a', 'c'] }, /availabilityZones is immutable/],
  [
    'publicSubnetCidrs',
    {},
    { publicSubnetCidrs: ['10.0.1.0/24', '10.0.3.0/24'] },
    /publicSubnetCidrs is immutable: changing a subnet CIDR replaces the subnet/,
  ],
  ['privateSubnetCidrs', {}, { privateSubnetCidrs: ['10.0.10.0/24', '10.0.12.0/24'] }, /privateSubnetCidrs is immutable/],
  ['the bastion key (added)', {}, { bastion: { sshPublicKey: KEY } }, /bastion\.sshPublicKey is immutable/],
  ['the bastion image', {}, { bastion: { image: 'AmazonLinux2' } }, /bastion\.image is immutable/],
  ['the bastion AMI', { bastion: { amiId: 'ami-0123456789abcdef0' } }, { bastion: { amiId: 'ami-0fedcba9876543210' } }, /bastion\.amiId is immutable/],
];

const valid: Array<[string, Record<string, unknown>]> = [
  ['defaults only', {}],
  ['the reference claim', { region: 'us-west-2', bastion: { sshPublicKey: KEY }, tags: { Environment: 'Production' } }],
  ['three zones', zoneParameters(3)],
  ['other zones and region', { region: 'eu-central-1', availabilityZones: ['b', 'c'] }],
  [
    'a small VPC',
    { vpcCidr: '192.168.0.0/24', publicSubnetCidrs: ['192.168.0.0/27', '192.168.0.32/27'], privateSubnetCidrs: ['192.168.0.128/26', '192.168.0.192/26'] },
  ],
  ['a single NAT gateway', { natGateways: 'Single' }],
  ['no NAT gateway, with an SSH bastion', { natGateways: 'None', bastion: { sshPublicKey: KEY } }],
  ['no NAT gateway, no bastion', { natGateways: 'None', bastion: { enabled: false } }],
  ['no bastion', { bastion: { enabled: false } }],
  [
    'a Graviton bastion on Amazon Linux 2 with several SSH networks',
    { bastion: { instanceType: 't4g.micro', image: 'AmazonLinux2', allowedSshCidrs: ['198.51.100.0/24', '192.0.2.10/32'] } },
  ],
  ['a pinned AMI', { bastion: { amiId: 'ami-0123456789abcdef0' } }],
  ['an SSH bastion with no SSH networks (SSM until networks are added)', { bastion: { sshPublicKey: KEY, allowedSshCidrs: [] } }],
  ['no flow logs, no S3 endpoint', { flowLogs: { enabled: false }, s3GatewayEndpoint: false }],
  [
    'KMS for backups, buckets deleted with the claim',
    { storage: { kmsKeyArn: 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', deletionPolicy: 'Delete', logRetentionDays: 30 } },
  ],
  ['another provider config', { providerConfigName: 'team-payments' }],
];

test('the corpus holds at least 30 distinct defects', () => {
  expect(invalid.length).toBeGreaterThanOrEqual(30);
  expect(new Set(invalid.map(([d]) => d)).size).toBe(invalid.length);
});

describe.each(['claim', 'namespaced'] as FlavourName[])('%s flavour', (flavour) => {
  const { definition: xrd, composition } = api(flavour);
  const claim = (parameters: Record<string, unknown>) => claimOf(parameters, { flavour });
  function check(c: any, old?: any) {
    return withoutFindingsFixedByIssue11(validateClaim({ claim: c, old, xrd, composition, extraChecks: claimChecks }));
  }
  const messages = (c: any, old?: any) => {
    const r = check(c, old);
    return [
      ...r.claim.map((i) => `${i.path}: ${i.message}`),
      ...r.resources.flatMap((x) => x.issues.map((i) => `${x.resource}: ${i.message}`)),
      ...(r.render ? [r.render] : []),
    ];
  };

  test.each(invalid)('rejects %s', (_what, parameters, message) => {
    const found = messages(claim(parameters));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  test.each(transitions)('rejects a change of %s on a live claim, saying why', (_field, before, after, message) => {
    expect(messages(claim(after), claim(before)).join('\n')).toMatch(message);
    // The same claim unchanged is fine.
    expect(messages(claim(after), claim(after))).toEqual([]);
  });

  test('mutable options may change on a live claim', () => {
    const before = claim({});
    for (const after of [
      { natGateways: 'Single' },
      { bastion: { enabled: false } },
      { flowLogs: { enabled: false } },
      { tags: { Team: 'x' } },
      { bastion: { instanceType: 't3.small' } },
    ]) {
      expect(messages(claim(after), before)).toEqual([]);
    }
  });

  test.each(valid)('accepts %s, and every resource it composes validates strictly', (_what, parameters) => {
    const report = check(claim(parameters));
    expect(messages(claim(parameters))).toEqual([]);
    expect(report.checked).toBeGreaterThan(30);
  });

  test('rejects a name too long for the Name tags and group names it goes into (Crossplane limits it to 63)', () => {
    const long = claimOf({}, { flavour, name: 'n'.repeat(64) });
    expect(messages(long).join('\n')).toMatch(/metadata\.name: must NOT have more than 63 characters/);
    expect(messages(claimOf({}, { flavour, name: 'n'.repeat(63) }))).toEqual([]);
  });
});
