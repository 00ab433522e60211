/**
 * What a claim may say. Every invalid claim has exactly one defect and is rejected with its own message, found
 * either by the API server (schema, CEL) or, where Kubernetes 1.29 cannot check portably, by `npm run validate`'s
 * cross-field checks. Valid variations are accepted and render to resources that validate strictly.
 */
import { validateAgainstXrd } from '../../lib/validate';
import { validateClaim } from '../../lib/validate/claim';
import { claimChecks } from '../../compositions/production-network/checks';
import { FlavourName } from '../../compositions/production-network/index';
import { api, claim as claimOf, EXAMPLE_SSH_KEY, loadYaml, zoneParameters } from '../support/production-network';
import { CLAIM_TAG_BUDGET, MAX_TAGS_PER_RESOURCE, REGIONS, ZONES_BY_REGION } from '../../compositions/production-network/api';
import { ECDSA_KEY, ED25519_KEY_B, MISLABELLED_KEY, RSA_1024_KEY, RSA_2048_KEY, RSA_3072_KEY, SECURITY_KEY, TRUNCATED_KEY } from './testdata/ssh-keys';
import { pinnedCrds } from '../../compositions/production-network/crds';

const KEY = EXAMPLE_SSH_KEY;
/** `n` tags of the claim's own, none of them a composed key. */
const ownTags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`Team${i}`, 'x']));

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
  [
    'an ECDSA key (EC2 imports only RSA and ED25519)',
    { bastion: { sshPublicKey: ECDSA_KEY } },
    /EC2 imports only RSA and ED25519 keys \(ImportKeyPair refuses ECDSA/,
  ],
  ['a security-key (sk-) key', { bastion: { sshPublicKey: SECURITY_KEY } }, /EC2 imports only RSA and ED25519 keys/],
  ['a 1024-bit RSA key', { bastion: { sshPublicKey: RSA_1024_KEY } }, /the ssh-rsa key has 1024 bits: .*give a key of 2048 or 4096 bits/],
  ['a 3072-bit RSA key (not a length EC2 imports)', { bastion: { sshPublicKey: RSA_3072_KEY } }, /the ssh-rsa key has 3072 bits/],
  ['a key line whose type and data differ', { bastion: { sshPublicKey: MISLABELLED_KEY } }, /the key data is a ssh-rsa key but the line says ssh-ed25519/],
  ['a key cut short', { bastion: { sshPublicKey: TRUNCATED_KEY } }, /base64 data is truncated: paste the whole line/],
  [
    'an SSH network with host bits set',
    { bastion: { instanceType: 't4g.micro', allowedSshCidrs: ['198.51.100.7/24'] } },
    /allowedSshCidrs\[0\]: 198\.51\.100\.7\/24 has host bits set: write the network, 198\.51\.100\.0\/24, or the single address as 198\.51\.100\.7\/32/,
  ],
  [
    'SSH from half the internet (each half is not /0)',
    { bastion: { allowedSshCidrs: ['0.0.0.0/1', '128.0.0.0/1'] } },
    /a public SSH source may be at most a \/16/,
  ],
  ['SSH from a public /8 with host bits', { bastion: { allowedSshCidrs: ['8.8.8.8/8'] } }, /a public SSH source may be at most a \/16/],
  ['SSH from a public /15', { bastion: { allowedSshCidrs: ['198.18.0.0/15'] } }, /a public SSH source may be at most a \/16/],
  ['SSH from 172.32.0.0/12 (public: just past RFC 1918)', { bastion: { allowedSshCidrs: ['172.32.0.0/12'] } }, /a public SSH source may be at most a \/16/],
  ['SSH from a private range broader than the range', { bastion: { allowedSshCidrs: ['172.0.0.0/8'] } }, /a public SSH source may be at most a \/16/],
  [
    'a zone the region does not have',
    { region: 'eu-central-1', availabilityZones: ['a', 'd'] },
    /availabilityZones: eu-central-1 has zones a, b, c \(zone letters differ by region\)/,
  ],
  ['ca-central-1 has no zone c', { region: 'ca-central-1', availabilityZones: ['a', 'c'] }, /ca-central-1 has zones a, b, d/],
  [
    'a tag key with a character IAM and S3 refuse',
    { tags: { 'R&D': 'yes' } },
    /tag key "R&D": tag keys may contain only letters, digits, spaces and _ \. : \/ = \+ - @/,
  ],
  ['a tag value with a character IAM and S3 refuse', { tags: { Team: 'R&D' } }, /tags\.Team: tag values may contain only letters, digits/],
  ['a reserved tag key in capitals', { tags: { 'AWS:Owner': 'me' } }, /must not start with "aws:" in any case/],
  ['an empty tag key', { tags: { '': 'x' } }, /tag keys must be 1 to 128 characters long/],
  ['a tag key too long', { tags: { ['k'.repeat(129)]: 'x' } }, /tag keys must be 1 to 128 characters long/],
  ['a tag value too long', { tags: { Team: 'v'.repeat(257) } }, /tags\.Team: must NOT have more than 256 characters|at most 256/],
  ['a tag key the provider writes', { tags: { 'crossplane-name': 'x' } }, /are written by the provider on every managed resource/],
  [
    'more tags than fit beside the composed and provider tags',
    { tags: ownTags(CLAIM_TAG_BUDGET + 1) },
    new RegExp(`tags has ${CLAIM_TAG_BUDGET + 1} keys of its own; at most ${CLAIM_TAG_BUDGET} fit: AWS allows 50 tags per resource`),
  ],
  ['a provider config name that is not an object name', { providerConfigName: 'Team_Payments' }, /providerConfigName must be a Kubernetes object name/],
  [
    'a VPC too small for its subnets',
    { vpcCidr: '10.0.0.0/27', publicSubnetCidrs: ['10.0.0.0/28', '10.0.0.16/28'], privateSubnetCidrs: ['10.0.0.32/28', '10.0.0.48/28'] },
    /vpcCidr 10\.0\.0\.0\/27 is too small for 2 zones: it needs a public and a private subnet per zone, each at least a \/28 \(16 addresses\), so a \/26 or larger/,
  ],
  [
    'subnets that together need more addresses than the VPC has',
    { vpcCidr: '10.0.0.0/26', publicSubnetCidrs: ['10.0.0.0/27', '10.0.0.32/27'], privateSubnetCidrs: ['10.0.0.64/27', '10.0.0.96/27'] },
    /vpcCidr 10\.0\.0\.0\/26 has 64 addresses but its 4 subnets need 128: choose a \/25 VPC or larger, or smaller subnets/,
  ],
  ['a /26 VPC for three zones', { vpcCidr: '10.0.0.0/26', ...zoneParameters(3) }, /vpcCidr 10\.0\.0\.0\/26 is too small for 3 zones: .* so a \/25 or larger/],
  ['unknown image', { bastion: { image: 'Ubuntu' } }, /image: must be one of "AmazonLinux2023", "AmazonLinux2"/],
  ['malformed AMI id', { bastion: { amiId: 'ami-123' } }, /must be an AMI id/],
  ['unknown deletion policy', { storage: { deletionPolicy: 'Retain' } }, /deletionPolicy: must be one of "Orphan", "Delete"/],
  ['log retention of zero days', { storage: { logRetentionDays: 0 } }, /logRetentionDays: must be >= 1|greater than or equal to 1/],
  ['log retention as a string', { storage: { logRetentionDays: '365' } }, /logRetentionDays: must be integer|must be of type integer|integer/],
  ['not a KMS key ARN', { storage: { kmsKeyArn: 'arn:aws:s3:::bucket' } }, /must be a KMS key ARN/],
  [
    'a KMS key in another region than the buckets',
    { region: 'eu-west-1', storage: { kmsKeyArn: 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' } },
    /storage\.kmsKeyArn is a key in us-west-2 but the buckets are in eu-west-1: S3 uses only a KMS key in the same region as the bucket/,
  ],
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
  ['the bastion key (added)', {}, { bastion: { sshPublicKey: KEY } }, /bastion\.sshPublicKey cannot change on a running bastion/],
  [
    'the bastion key (rotated in place)',
    { bastion: { sshPublicKey: KEY } },
    { bastion: { sshPublicKey: ED25519_KEY_B } },
    /bastion\.sshPublicKey cannot change on a running bastion: .*To rotate the key, set bastion\.enabled: false, wait until the bastion is deleted, then set enabled: true with the new key/,
  ],
  ['the bastion key (removed)', { bastion: { sshPublicKey: KEY } }, {}, /bastion\.sshPublicKey cannot change on a running bastion/],
  [
    'the bastion image',
    {},
    { bastion: { image: 'AmazonLinux2' } },
    /bastion\.image cannot change on a running bastion.*Disable the bastion, then enable it with the new image/,
  ],
  [
    'the bastion architecture (x86_64 to arm64)',
    {},
    { bastion: { instanceType: 't4g.micro' } },
    /bastion\.instanceType cannot change from t3\.micro to t4g\.micro on a running bastion: one is x86_64 and the other arm64 \(Graviton\).*Set bastion\.enabled: false, wait until the bastion is deleted, then set enabled: true with the new instance type/,
  ],
  [
    'the bastion architecture (arm64 to x86_64)',
    { bastion: { instanceType: 'm7g.large' } },
    { bastion: { instanceType: 'm7i.large' } },
    /bastion\.instanceType cannot change from m7g\.large to m7i\.large/,
  ],
  [
    'the bastion AMI',
    { bastion: { amiId: 'ami-0123456789abcdef0' } },
    { bastion: { amiId: 'ami-0fedcba9876543210' } },
    /bastion\.amiId cannot be added, removed or changed on a running bastion/,
  ],
  // Review 2026-12-01 (issue 11 finding 3): the field's own rule runs only when both sides have an amiId.
  [
    'the bastion AMI (added)',
    {},
    { bastion: { amiId: 'ami-0123456789abcdef0' } },
    /bastion\.amiId cannot be added, removed or changed on a running bastion: .*Set bastion\.enabled: false, wait until the bastion is deleted, then set enabled: true with the new amiId/,
  ],
  ['the bastion AMI (removed)', { bastion: { amiId: 'ami-0123456789abcdef0' } }, {}, /bastion\.amiId cannot be added, removed or changed on a running bastion/],
  // Fourth review 2026-12-02, finding 3: another ProviderConfig may be another account.
  [
    'providerConfigName',
    {},
    { providerConfigName: 'other-account' },
    /providerConfigName is immutable: another ProviderConfig may reach another AWS account, where every object of this network would be created again and the current network left behind.*Create a new ProductionNetwork for other credentials; to rotate this account's credentials, change the ProviderConfig/,
  ],
  // Fourth review 2026-12-02, finding 2: SSH rules are composed by position.
  [
    'the order of bastion.allowedSshCidrs',
    { bastion: { sshPublicKey: KEY, allowedSshCidrs: ['198.51.100.0/24', '192.0.2.0/24'] } },
    { bastion: { sshPublicKey: KEY, allowedSshCidrs: ['192.0.2.0/24', '198.51.100.0/24'] } },
    /bastion\.allowedSshCidrs: while the bastion runs with an SSH key, a network that stays in the list must keep its position\. Each position is one SSH rule .*both stay Synced=False\. Append networks, remove them from the end, or replace one in place/,
  ],
  [
    'bastion.allowedSshCidrs, a network removed from the middle',
    { bastion: { sshPublicKey: KEY, allowedSshCidrs: ['198.51.100.0/24', '192.0.2.0/24', '203.0.113.0/24'] } },
    { bastion: { sshPublicKey: KEY, allowedSshCidrs: ['198.51.100.0/24', '203.0.113.0/24'] } },
    /a network that stays in the list must keep its position/,
  ],
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
  ['a KMS alias in the claim region', { region: 'eu-west-1', storage: { kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:alias/backups' } }],
  ['another provider config', { providerConfigName: 'team-payments' }],
  ['a provider config name with dots', { providerConfigName: 'aws.team-payments' }],
  ['an RSA key of 2048 bits', { bastion: { sshPublicKey: RSA_2048_KEY } }],
  ['tags with every character AWS allows', { tags: { 'Cost Center': 'Ünïcode 1_.:/=+-@', 'team:owner': 'ops@example.com' } }],
  [
    'SSH from private ranges (over VPN) and a public /16',
    { bastion: { sshPublicKey: KEY, allowedSshCidrs: ['10.0.0.0/8', '172.16.0.0/12', '100.64.0.0/10', '198.18.0.0/16'] } },
  ],
  [
    'a /26 VPC for two zones',
    { vpcCidr: '10.0.0.0/26', publicSubnetCidrs: ['10.0.0.0/28', '10.0.0.16/28'], privateSubnetCidrs: ['10.0.0.32/28', '10.0.0.48/28'] },
  ],
  [
    'ca-central-1 zones a, b, d',
    {
      region: 'ca-central-1',
      availabilityZones: ['a', 'b', 'd'],
      ...{ publicSubnetCidrs: ['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24'], privateSubnetCidrs: ['10.0.10.0/24', '10.0.11.0/24', '10.0.12.0/24'] },
    },
  ],
];

test('the corpus holds at least 30 distinct defects', () => {
  expect(invalid.length).toBeGreaterThanOrEqual(30);
  expect(new Set(invalid.map(([d]) => d)).size).toBe(invalid.length);
});

describe.each(['claim', 'namespaced'] as FlavourName[])('%s flavour', (flavour) => {
  const { definition: xrd, composition } = api(flavour);
  const claim = (parameters: Record<string, unknown>) => claimOf(parameters, { flavour });
  function check(c: any, old?: any) {
    return validateClaim({ claim: c, old, xrd, composition, extraChecks: claimChecks, catalog: pinnedCrds() });
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

  test('the documented rotation path works: enabled with key A, disabled, enabled with key B', () => {
    const steps = [
      claim({ bastion: { sshPublicKey: KEY } }),
      claim({ bastion: { enabled: false, sshPublicKey: KEY } }),
      claim({ bastion: { enabled: true, sshPublicKey: ED25519_KEY_B } }),
    ];
    expect(messages(steps[1], steps[0])).toEqual([]);
    expect(messages(steps[2], steps[1])).toEqual([]);
    // The key may also change while the bastion is disabled, or on the way out.
    expect(messages(claim({ bastion: { enabled: false, sshPublicKey: ED25519_KEY_B } }), steps[0])).toEqual([]);
    expect(messages(claim({ bastion: { enabled: false } }), steps[1])).toEqual([]);
    // Skipping the disabled step is refused with the message that names the path.
    expect(messages(steps[2], steps[0]).join('\n')).toMatch(/To rotate the key, set bastion\.enabled: false/);
  });

  test('a pinned AMI is added or removed the same way: disable, then enable with or without it', () => {
    const latest = claim({});
    const off = claim({ bastion: { enabled: false } });
    const pinned = claim({ bastion: { amiId: 'ami-0123456789abcdef0' } });
    expect(messages(off, latest)).toEqual([]);
    expect(messages(pinned, off)).toEqual([]);
    expect(messages(claim({ bastion: { enabled: false, amiId: 'ami-0123456789abcdef0' } }), latest)).toEqual([]);
    expect(messages(off, pinned)).toEqual([]);
    expect(messages(latest, off)).toEqual([]);
    // Another AMI while disabled, on the way back in.
    const offPinned = claim({ bastion: { enabled: false, amiId: 'ami-0123456789abcdef0' } });
    expect(messages(claim({ bastion: { enabled: false, amiId: 'ami-0fedcba9876543210' } }), offPinned)).toEqual([]);
    expect(messages(claim({ bastion: { amiId: 'ami-0fedcba9876543210' } }), offPinned)).toEqual([]);
  });

  test('an architecture change goes the same way: disable, then enable with the new type', () => {
    const x86 = claim({ bastion: { instanceType: 't3.micro' } });
    const off = claim({ bastion: { enabled: false, instanceType: 't3.micro' } });
    const arm = claim({ bastion: { instanceType: 't4g.micro' } });
    expect(messages(off, x86)).toEqual([]);
    expect(messages(arm, off)).toEqual([]);
    expect(messages(arm, x86).join('\n')).toMatch(/one is x86_64 and the other arm64/);
    // Within one architecture the type may change on a running bastion.
    expect(messages(claim({ bastion: { instanceType: 't3.large' } }), x86)).toEqual([]);
    expect(messages(claim({ bastion: { instanceType: 'c7g.medium' } }), arm)).toEqual([]);
  });

  test('SSH networks: appending, removing from the end and replacing in place are accepted (fourth review, finding 2)', () => {
    const ssh = (allowedSshCidrs: string[]) => claim({ bastion: { sshPublicKey: KEY, allowedSshCidrs } });
    const [a, b, c, d] = ['198.51.100.0/24', '192.0.2.0/24', '203.0.113.0/24', '10.0.0.0/8'];
    expect(messages(ssh([a, b, c]), ssh([a, b]))).toEqual([]);
    expect(messages(ssh([a, b, c, d]), ssh([a]))).toEqual([]);
    expect(messages(ssh([a]), ssh([a, b, c]))).toEqual([]);
    expect(messages(ssh([]), ssh([a, b]))).toEqual([]);
    expect(messages(ssh([a, d]), ssh([a, b]))).toEqual([]);
    expect(messages(ssh([d, b, c]), ssh([a, b, c]))).toEqual([]);
    // The documented way to drop a middle entry: remove what follows it, then add it back in place of the gap.
    expect(messages(ssh([a, b]), ssh([a, b, c]))).toEqual([]);
    expect(messages(ssh([a, c]), ssh([a, b]))).toEqual([]);
    expect(messages(ssh([a, c]), ssh([a, b, c])).join('\n')).toMatch(/must keep its position/);
    expect(messages(ssh([b, a]), ssh([a, b])).join('\n')).toMatch(/must keep its position/);
  });

  test('SSH networks: without SSH rules (bastion disabled or SSM-only, before or after) any order is accepted (fifth review, finding 1)', () => {
    const [a, b] = ['198.51.100.0/24', '192.0.2.0/24'];
    const bastion = (extra: Record<string, unknown>, allowedSshCidrs: string[]) => claim({ bastion: { ...extra, allowedSshCidrs } });
    const off = { enabled: false, sshPublicKey: KEY };
    const ssmOnly = {};
    const running = { sshPublicKey: KEY };
    expect(messages(bastion(off, [b, a]), bastion(off, [a, b]))).toEqual([]);
    expect(messages(bastion(ssmOnly, [b, a]), bastion(ssmOnly, [a, b]))).toEqual([]);
    expect(messages(bastion(off, [b, a]), bastion(running, [a, b]))).toEqual([]); // disabled and reordered at once
    expect(messages(bastion(running, [b, a]), bastion(off, [a, b]))).toEqual([]); // re-enabled with a new order
    expect(messages(bastion(running, [b, a]), bastion(ssmOnly, [a, b])).join('\n')).not.toMatch(/must keep its position/); // a key added: new rules
    expect(messages(bastion(running, [b, a]), bastion(running, [a, b])).join('\n')).toMatch(/must keep its position/);
  });

  test('A1 needs Amazon Linux 2 or a pinned image, new or changed (third review 2026-12-01, finding 1)', () => {
    // Amazon Linux 2023 User Guide, "System requirements": AL2023 does not support A1 instances.
    const refused =
      /a1\.medium is a first-generation Graviton \(A1\) type, and Amazon Linux 2023 does not run on A1.*bastion\.image: AmazonLinux2 or a bastion\.amiId/;
    expect(messages(claim({ bastion: { instanceType: 'a1.medium' } })).join('\n')).toMatch(refused);
    expect(messages(claim({ bastion: { instanceType: 'a1.large', image: 'AmazonLinux2023' } })).join('\n')).toMatch(/a1\.large is a first-generation/);
    expect(messages(claim({ bastion: { instanceType: 'a1.medium', image: 'AmazonLinux2' } }))).toEqual([]);
    expect(messages(claim({ bastion: { instanceType: 'a1.medium', amiId: 'ami-0123456789abcdef0' } }))).toEqual([]);
    expect(messages(claim({ bastion: { enabled: false, instanceType: 'a1.medium' } }))).toEqual([]);
    // Graviton2 and later keep the default image.
    expect(messages(claim({ bastion: { instanceType: 'm6g.medium' } }))).toEqual([]);
    // The same-architecture change the transition rule accepts is refused on its target.
    const graviton2 = claim({ bastion: { instanceType: 't4g.small' } });
    expect(messages(claim({ bastion: { instanceType: 'a1.medium' } }), graviton2).join('\n')).toMatch(refused);
    // Enabling a disabled A1 bastion on the default image is refused too.
    expect(messages(claim({ bastion: { instanceType: 'a1.medium' } }), claim({ bastion: { enabled: false, instanceType: 'a1.medium' } })).join('\n')).toMatch(
      refused,
    );
  });

  test('every region accepts exactly its zone letters from the table', () => {
    // The schema alone decides (no render): 33 regions, two claims each.
    const schemaMessages = (c: any) => validateAgainstXrd(c, xrd).map((i) => i.message);
    for (const region of REGIONS) {
      const zones = ZONES_BY_REGION[region];
      expect({ region, messages: schemaMessages(claim({ region, availabilityZones: zones.slice(0, 2) })) }).toEqual({ region, messages: [] });
      const missing = ['a', 'b', 'c', 'd', 'e', 'f'].find((z) => !zones.includes(z as any));
      if (missing)
        expect(schemaMessages(claim({ region, availabilityZones: [zones[0], missing] })).join('\n')).toMatch(
          new RegExp(`${region} has zones ${zones.join(', ')}`),
        );
    }
  });

  test('tags: the composed keys may be restated on top of the budget; one more key of its own is refused', () => {
    const restated = { ...ownTags(CLAIM_TAG_BUDGET), ManagedBy: 'platform', Component: 'x', Purpose: 'y', Name: 'z' };
    expect(Object.keys(restated).length).toBeLessThanOrEqual(MAX_TAGS_PER_RESOURCE);
    expect(messages(claim({ tags: restated }))).toEqual([]);
    expect(messages(claim({ tags: { ...restated, Extra: 'x' } })).join('\n')).toMatch(/at most \d+ fit/);
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

  const corpus = loadYaml('test/production-network/testdata/invalid-claims.yaml');
  test.each(corpus.map((c) => [c.metadata.name, c] as const))('the invalid-claims corpus: %s is rejected with its message', (_name, doc) => {
    // The corpus is written for the claim flavour; the namespaced flavour gets the same parameters under its group.
    const input = { ...claimOf(doc.spec.parameters, { flavour, name: doc.metadata.name, namespace: doc.metadata.namespace }) };
    expect(messages(input).join('\n')).toContain(doc.metadata.annotations['production-network.test/expect']);
  });

  test('rejects a name too long for the Name tags and group names it goes into (Crossplane limits it to 63)', () => {
    const long = claimOf({}, { flavour, name: 'n'.repeat(64) });
    expect(messages(long).join('\n')).toMatch(/metadata\.name: must NOT have more than 63 characters/);
    expect(messages(claimOf({}, { flavour, name: 'n'.repeat(63) }))).toEqual([]);
  });
});
