/**
 * AWS's rules through `validate`, on a composition of this test's own (not the product's): a claim that breaks
 * each rule fails with the rule's message, on the composed resource and, where the value comes from the claim, on
 * the claim's field; the same claim with the value fixed passes every check (XRD, provider CRDs, AWS rules).
 */
import { isValid, validateClaim } from '../validate/claim';
import { DOCUMENTED_RULES, PITFALLS } from './index';
import { pinnedCrds } from '../../compositions/production-network/crds';

const GROUP = 'test.example.org';
const LABEL = `${GROUP}/resource`;
const SSM_IMAGE = 'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFl2cmJvZXhhbXBsZWtleWZvcmRvY3VtZW50YXRpb24 test@example.com';

const str = { type: 'string' };
const xrd = {
  apiVersion: 'apiextensions.crossplane.io/v1',
  kind: 'CompositeResourceDefinition',
  metadata: { name: `xawsfixtures.${GROUP}` },
  spec: {
    group: GROUP,
    names: { kind: 'XAwsFixture', plural: 'xawsfixtures' },
    claimNames: { kind: 'AwsFixture', plural: 'awsfixtures' },
    versions: [
      {
        name: 'v1alpha1',
        served: true,
        referenceable: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                properties: {
                  parameters: {
                    type: 'object',
                    properties: {
                      bucketName: str,
                      deletionPolicy: str,
                      forceDestroy: { type: 'boolean' },
                      roleName: str,
                      roleDescription: str,
                      profileName: str,
                      sgName: str,
                      sgDescription: str,
                      ruleDescription: str,
                      keyName: str,
                      publicKey: str,
                      instanceType: str,
                      volumeType: str,
                      image: str,
                      pinnedImage: str,
                      trafficType: str,
                      launchTemplateVersion: str,
                      metadataTags: str,
                      updateDefaultVersion: { type: 'boolean' },
                      userDataPolicies: { type: 'array', items: str },
                      eipPolicies: { type: 'array', items: str },
                      tags: { type: 'object', additionalProperties: str },
                    },
                  },
                },
              },
            },
          },
        },
      },
    ],
  },
};

const REGION = 'us-east-1';
const from = (fromFieldPath: string, toFieldPath: string) => ({
  type: 'FromCompositeFieldPath',
  fromFieldPath: `spec.parameters.${fromFieldPath}`,
  toFieldPath,
});
const externalName = (p: string) => from(p, 'metadata.annotations[crossplane.io/external-name]');
const tags = from('tags', 'spec.forProvider.tags');
function resource(name: string, apiVersion: string, kind: string, spec: Record<string, unknown>, patches: unknown[]) {
  return { name, base: { apiVersion, kind, metadata: { labels: { [LABEL]: name } }, spec }, patches };
}
function adopted(r: ReturnType<typeof resource>, externalName: string) {
  return { ...r, base: { ...r.base, metadata: { ...r.base.metadata, annotations: { 'crossplane.io/external-name': externalName } } } };
}
const selector = (name: string) => ({ matchControllerRef: true, matchLabels: { [LABEL]: name } });

const composition = {
  apiVersion: 'apiextensions.crossplane.io/v1',
  kind: 'Composition',
  metadata: { name: 'aws-fixtures' },
  spec: {
    compositeTypeRef: { apiVersion: `${GROUP}/v1alpha1`, kind: 'XAwsFixture' },
    mode: 'Pipeline',
    pipeline: [
      {
        step: 'patch-and-transform',
        functionRef: { name: 'function-patch-and-transform' },
        input: {
          apiVersion: 'pt.fn.crossplane.io/v1beta1',
          kind: 'Resources',
          resources: [
            resource('bucket', 's3.aws.upbound.io/v1beta2', 'Bucket', { forProvider: { region: REGION } }, [
              externalName('bucketName'),
              from('deletionPolicy', 'spec.deletionPolicy'),
              from('forceDestroy', 'spec.forProvider.forceDestroy'),
              tags,
            ]),
            resource(
              'bucket-versioning',
              's3.aws.upbound.io/v1beta2',
              'BucketVersioning',
              { forProvider: { region: REGION, bucketSelector: selector('bucket'), versioningConfiguration: { status: 'Enabled' } } },
              [],
            ),
            resource(
              'role',
              'iam.aws.upbound.io/v1beta1',
              'Role',
              {
                forProvider: {
                  assumeRolePolicy:
                    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
                },
              },
              [externalName('roleName'), from('roleDescription', 'spec.forProvider.description'), tags],
            ),
            resource('profile', 'iam.aws.upbound.io/v1beta1', 'InstanceProfile', { forProvider: { roleSelector: selector('role') } }, [
              externalName('profileName'),
              tags,
            ]),
            resource('sg', 'ec2.aws.upbound.io/v1beta1', 'SecurityGroup', { forProvider: { region: REGION, vpcId: 'vpc-0123456789abcdef0' } }, [
              from('sgName', 'spec.forProvider.name'),
              from('sgDescription', 'spec.forProvider.description'),
            ]),
            resource(
              'sg-rule',
              'ec2.aws.upbound.io/v1beta1',
              'SecurityGroupIngressRule',
              {
                forProvider: { region: REGION, securityGroupId: 'sg-0123456789abcdef0', ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '192.0.2.0/24' },
              },
              [from('ruleDescription', 'spec.forProvider.description')],
            ),
            resource('key', 'ec2.aws.upbound.io/v1beta1', 'KeyPair', { forProvider: { region: REGION } }, [
              externalName('keyName'),
              from('publicKey', 'spec.forProvider.publicKey'),
            ]),
            resource('instance', 'ec2.aws.upbound.io/v1beta2', 'Instance', { forProvider: { region: REGION, subnetId: 'subnet-0123456789abcdef0' } }, [
              from('instanceType', 'spec.forProvider.instanceType'),
              from('volumeType', 'spec.forProvider.rootBlockDevice.volumeType'),
              from('image', 'spec.initProvider.ami'),
              from('metadataTags', 'spec.forProvider.metadataOptions.instanceMetadataTags'),
              tags,
            ]),
            resource('instance-pinned', 'ec2.aws.upbound.io/v1beta2', 'Instance', { forProvider: { region: REGION, instanceType: 't3.micro' } }, [
              from('pinnedImage', 'spec.forProvider.ami'),
            ]),
            resource(
              'launch-template',
              'ec2.aws.upbound.io/v1beta2',
              'LaunchTemplate',
              { forProvider: { region: REGION, name: 'fixture-template', imageId: SSM_IMAGE, instanceType: 't3.micro' } },
              [from('updateDefaultVersion', 'spec.forProvider.updateDefaultVersion')],
            ),
            resource(
              'instance-from-template',
              'ec2.aws.upbound.io/v1beta2',
              'Instance',
              { forProvider: { region: REGION, launchTemplate: { name: 'fixture-template' } } },
              [from('launchTemplateVersion', 'spec.forProvider.launchTemplate.version')],
            ),
            // An adopted instance (its id set as the external name), so that leaving LateInitialize out loses
            // nothing: the fixed claim passes async-provider-id-without-late-initialize too.
            adopted(
              resource(
                'instance-init-user-data',
                'ec2.aws.upbound.io/v1beta2',
                'Instance',
                {
                  initProvider: { userData: '#!/bin/bash\necho first boot\n' },
                  forProvider: { region: REGION, instanceType: 't3.micro', ami: 'ami-0123456789abcdef0', subnetId: 'subnet-0123456789abcdef0' },
                },
                [from('userDataPolicies', 'spec.managementPolicies')],
              ),
              'i-0123456789abcdef0',
            ),
            resource('eip', 'ec2.aws.upbound.io/v1beta1', 'EIP', { forProvider: { region: REGION, domain: 'vpc' } }, [
              from('eipPolicies', 'spec.managementPolicies'),
            ]),
            resource(
              'flow-log',
              'ec2.aws.upbound.io/v1beta2',
              'FlowLog',
              { forProvider: { region: REGION, vpcId: 'vpc-0123456789abcdef0', logDestinationType: 's3', logDestination: 'arn:aws:s3:::fixture-logs' } },
              [from('trafficType', 'spec.forProvider.trafficType')],
            ),
          ],
        },
      },
    ],
  },
};

/** Every value valid: the claim the cases break one value at a time. */
const FIXED = {
  bucketName: 'fixture-data-0123',
  deletionPolicy: 'Delete',
  forceDestroy: true,
  roleName: 'fixture-role',
  roleDescription: 'Fixture role',
  profileName: 'fixture-profile',
  sgName: 'fixture-web',
  sgDescription: 'web servers: HTTPS from the load balancer',
  ruleDescription: 'SSH from the office',
  keyName: 'fixture-key',
  publicKey: KEY,
  instanceType: 't3.micro',
  volumeType: 'gp3',
  image: 'ami-0123456789abcdef0',
  pinnedImage: 'ami-0123456789abcdef0',
  trafficType: 'ALL',
  launchTemplateVersion: '$Default',
  metadataTags: 'disabled',
  updateDefaultVersion: false,
  userDataPolicies: ['Observe', 'Create', 'Update', 'Delete'],
  eipPolicies: ['*'],
  tags: { Owner: 'Platform Team', CostCenter: 'cc-1234', 'kubernetes.io/cluster': 'shared' },
};

function claimWith(parameters: Record<string, unknown>) {
  return {
    apiVersion: `${GROUP}/v1alpha1`,
    kind: 'AwsFixture',
    metadata: { name: 'fixture', namespace: 'team-test' },
    spec: { parameters: { ...FIXED, ...parameters } },
  };
}

function validate(parameters: Record<string, unknown>) {
  return validateClaim({ claim: claimWith(parameters), xrd, composition, catalog: pinnedCrds() });
}

const manyTags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`Tag${i}`, 'x']));

/** [rule, what is broken, the parameters that break it, the resource, the composed field, the message, the claim's field (when traced)]. */
const CASES: Array<[string, string, Record<string, unknown>, string, string, RegExp, string?]> = [
  [
    'aws-sdk-enum',
    'an instance type EC2 does not have',
    { instanceType: 't3.humongous' },
    'instance',
    'spec.forProvider.instanceType',
    /"t3\.humongous" is not an EC2 instance type \(t3 has t3\.2xlarge, .*t3\.micro/,
    'spec.parameters.instanceType',
  ],
  [
    'aws-sdk-enum',
    'a volume type EBS does not have',
    { volumeType: 'gp9' },
    'instance',
    'spec.forProvider.rootBlockDevice.volumeType',
    /"gp9" is not an EBS volume type: one of "gp2", "gp3", "io1"/,
    'spec.parameters.volumeType',
  ],
  [
    'aws-allowed-values',
    'a flow log traffic type',
    { trafficType: 'EVERYTHING' },
    'flow-log',
    'spec.forProvider.trafficType',
    /"EVERYTHING" is not one of "ACCEPT", "ALL", "REJECT"/,
    'spec.parameters.trafficType',
  ],
  [
    'tag-key',
    'a tag key AWS reserves',
    { tags: { 'aws:owner': 'me' } },
    'bucket',
    'spec.forProvider.tags["aws:owner"]',
    /tag key "aws:owner" begins with aws:/,
    'spec.parameters.tags["aws:owner"]',
  ],
  [
    'tag-key',
    'a tag key too long',
    { tags: { ['k'.repeat(129)]: 'v' } },
    'role',
    `spec.forProvider.tags.${'k'.repeat(129)}`,
    /must be 1 to 128 characters long/,
  ],
  [
    'tag-value',
    'a tag value too long',
    { tags: { Owner: 'v'.repeat(257) } },
    'bucket',
    'spec.forProvider.tags.Owner',
    /tag value of "Owner" is 257 characters long: at most 256/,
    'spec.parameters.tags.Owner',
  ],
  [
    'tag-count',
    'more than 50 tags',
    { tags: manyTags },
    'profile',
    'spec.forProvider.tags',
    /51 tags: AWS allows at most 50 user tags per resource/,
    'spec.parameters.tags',
  ],
  [
    'tag-characters',
    'a tag IAM and S3 refuse',
    { tags: { Department: 'R&D' } },
    'role',
    'spec.forProvider.tags.Department',
    /tag value "R&D" has characters IAM and S3 refuse/,
    'spec.parameters.tags.Department',
  ],
  [
    's3-bucket-name',
    'upper case in a bucket name',
    { bucketName: 'Fixture_Data' },
    'bucket',
    'metadata.annotations["crossplane.io/external-name"]',
    /"Fixture_Data" is not a valid bucket name: only lowercase letters, digits, dots and hyphens/,
    'spec.parameters.bucketName',
  ],
  [
    's3-bucket-name',
    'a bucket name like an IP address',
    { bucketName: '192.168.5.4' },
    'bucket',
    'metadata.annotations["crossplane.io/external-name"]',
    /must not look like an IP address/,
  ],
  [
    's3-bucket-name',
    'a reserved bucket suffix',
    { bucketName: 'fixture-s3alias' },
    'bucket',
    'metadata.annotations["crossplane.io/external-name"]',
    /suffixes -s3alias, --ol-s3/,
  ],
  ['s3-bucket-name', 'a bucket name too short', { bucketName: 'ab' }, 'bucket', 'metadata.annotations["crossplane.io/external-name"]', /3 to 63 characters/],
  [
    'iam-role-name',
    'a space in a role name',
    { roleName: 'fixture role' },
    'role',
    'metadata.annotations["crossplane.io/external-name"]',
    /"fixture role" is not a valid IAM role name/,
    'spec.parameters.roleName',
  ],
  ['iam-role-name', 'a role name too long', { roleName: 'r'.repeat(65) }, 'role', 'metadata.annotations["crossplane.io/external-name"]', /1 to 64 characters/],
  [
    'iam-role-description',
    'an emoji in a role description',
    { roleDescription: 'rocket 🚀' },
    'role',
    'spec.forProvider.description',
    /has characters an IAM role description may not hold/,
  ],
  [
    'iam-instance-profile-name',
    'a slash in an instance profile name',
    { profileName: 'team/profile' },
    'profile',
    'metadata.annotations["crossplane.io/external-name"]',
    /"team\/profile" is not a valid instance profile name/,
  ],
  [
    'ec2-security-group-name',
    'a group name beginning with sg-',
    { sgName: 'sg-web' },
    'sg',
    'spec.forProvider.name',
    /"sg-web" is not a valid security group name: it must not begin with sg-/,
    'spec.parameters.sgName',
  ],
  ['ec2-security-group-name', 'a character EC2 refuses in a group name', { sgName: 'web%' }, 'sg', 'spec.forProvider.name', /only a-z, A-Z, 0-9, spaces and/],
  [
    'ec2-security-group-description',
    'a character EC2 refuses in a group description',
    { sgDescription: 'web <public>' },
    'sg',
    'spec.forProvider.description',
    /is not a valid security group description/,
  ],
  [
    'ec2-security-group-rule-description',
    'an ampersand in a rule description',
    { ruleDescription: 'SSH & more' },
    'sg-rule',
    'spec.forProvider.description',
    /is not a valid security group rule description/,
  ],
  [
    'ec2-key-pair-name',
    'a key pair name that is not ASCII',
    { keyName: 'clé' },
    'key',
    'metadata.annotations["crossplane.io/external-name"]',
    /"clé" is not a valid key pair name: ASCII characters only/,
  ],
  [
    'ec2-key-type',
    'an ECDSA key',
    { publicKey: 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY= test@example.com' },
    'key',
    'spec.forProvider.publicKey',
    /"ecdsa-sha2-nistp256" keys cannot be imported into EC2: only ssh-rsa and ssh-ed25519 keys/,
    'spec.parameters.publicKey',
  ],
  [
    'ec2-key-type',
    'a security key',
    { publicKey: 'sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t test@example.com' },
    'key',
    'spec.forProvider.publicKey',
    /"sk-ssh-ed25519@openssh\.com" keys cannot be imported/,
  ],
  [
    'instance-ssm-image-with-block-devices',
    'an image from SSM with a root block device',
    { image: SSM_IMAGE },
    'instance',
    'spec.forProvider.rootBlockDevice',
    /InvalidAMIID\.Malformed on every reconcile; launch from an EC2 LaunchTemplate/,
  ],
  [
    'instance-ssm-image-in-for-provider',
    'an image from SSM in forProvider',
    { pinnedImage: SSM_IMAGE },
    'instance-pinned',
    'spec.forProvider.ami',
    /reads back as the ami-… id it resolved to, a change that replaces the instance: set it in spec.initProvider/,
    'spec.parameters.pinnedImage',
  ],
  [
    's3-versioned-bucket-delete-without-force-destroy',
    'a versioned bucket deleted without force destroy',
    { forceDestroy: false },
    'bucket',
    'spec.forProvider.forceDestroy',
    /a versioned bucket that is deleted with its managed resource needs forceDestroy: true, or DeleteBucket fails with BucketNotEmpty/,
  ],
  [
    'instance-launch-template-version-moves',
    'an instance on the latest template version',
    { launchTemplateVersion: '$Latest' },
    'instance-from-template',
    'spec.forProvider.launchTemplate.version',
    /the instance is replaced as soon as the template gets a newer version/,
    'spec.parameters.launchTemplateVersion',
  ],
  [
    'instance-launch-template-version-moves',
    'an instance on the default version of a template that moves it',
    { updateDefaultVersion: true },
    'instance-from-template',
    'spec.forProvider.launchTemplate.version',
    /a template that moves its default version/,
  ],
  [
    'instance-init-user-data-late-initialized',
    'user data used at creation only on an instance that late-initializes',
    { userDataPolicies: ['*'] },
    'instance-init-user-data',
    'spec.initProvider.userData',
    /copies what its state holds for it \(a SHA-1 of the script, not the script\) into spec\.forProvider\.userData.*stops and starts the instance/,
  ],
  [
    'async-provider-id-without-late-initialize',
    'an Elastic IP whose management policies leave out LateInitialize',
    { eipPolicies: ['Observe', 'Create', 'Update', 'Delete'] },
    'eip',
    'spec.managementPolicies',
    /without LateInitialize on a EIP, whose external name is the id AWS assigns: .*after a provider restart the EIP looks missing and is created again/,
  ],
  [
    'ec2-instance-metadata-tag-keys',
    'a tag key with a slash on an instance that serves its tags in metadata',
    { metadataTags: 'enabled' },
    'instance',
    'spec.forProvider.tags["kubernetes.io/cluster"]',
    /tag key "kubernetes\.io\/cluster" cannot be served in instance metadata/,
    'spec.parameters.tags["kubernetes.io/cluster"]',
  ],
];

test('the fixed claim passes every check: XRD, provider CRDs and AWS rules', () => {
  const report = validate({});
  expect({ claim: report.claim, resources: report.resources, render: report.render }).toEqual({ claim: [], resources: [], render: undefined });
  expect(report.checked).toBe(14);
  expect(isValid(report)).toBe(true);
});

describe.each(CASES)('%s: %s', (rule, _what, broken, resource, path, message, claimField) => {
  const report = validate(broken);

  test('fails validate on the composed resource, naming the field, the rule and its source', () => {
    expect(isValid(report)).toBe(false);
    const entry = report.resources.find((r) => r.resource === resource);
    const issues = (entry?.issues ?? []).filter((i) => i.rule === rule);
    expect(issues.map((i) => i.path)).toContain(path);
    const issue = issues.find((i) => i.path === path)!;
    expect(issue.message).toMatch(message);
    expect(issue).toEqual(expect.objectContaining({ kind: 'aws', source: expect.stringMatching(/\S/) }));
    // Only AWS rules fail: the broken value is one the CRDs accept.
    expect(report.resources.flatMap((r) => r.issues).filter((i) => i.kind !== 'aws')).toEqual([]);
  });

  if (claimField) {
    test(`is reported on the claim's ${claimField}`, () => {
      const onClaim = report.claim.filter((i) => i.rule === rule && i.path === claimField);
      expect(onClaim).toHaveLength(1);
      expect(onClaim[0].message).toMatch(message);
      // Named once, with the first composed resource it becomes.
      expect(onClaim[0].message).toMatch(/ \(it becomes [A-Za-z]+ [a-z-]+ (spec|metadata)\.\S+\)$/);
    });
  }
});

test('versioned buckets kept on deletion need no force destroy', () => {
  expect(isValid(validate({ forceDestroy: false, deletionPolicy: 'Orphan' }))).toBe(true);
});

test('every documented rule and every pitfall has a failing case', () => {
  const covered = new Set(CASES.map(([rule]) => rule));
  for (const id of [...DOCUMENTED_RULES.map((r) => r.id), ...PITFALLS.map((p) => p.id), 'aws-sdk-enum', 'aws-allowed-values'])
    expect([id, covered.has(id)]).toEqual([id, true]);
});

test('every rule names its source; documented rules an AWS page and the date read', () => {
  for (const r of DOCUMENTED_RULES) {
    expect(r.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(r.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  for (const p of PITFALLS) expect(p.source).toMatch(/hashicorp\/terraform-provider-aws|crossplane-contrib\/provider-upjet-aws/);
});
