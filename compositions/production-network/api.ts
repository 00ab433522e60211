/**
 * The ProductionNetwork API, defined once: the OpenAPI schema the XRD serves and the TypeScript types the
 * composition, the checks and the tests use are both derived from the declarations below (TypeBox).
 *
 * Every parameter is optional and defaulted to the reference design, except the bastion's public key.
 * Object-valued parameters default to `{}` so their inner defaults apply when a claim leaves them out.
 */
import { Static, TSchema, Type } from '@sinclair/typebox';

/** Commercial AWS regions (the `aws` partition, which the ARNs this composition writes assume). */
export const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'ca-west-1',
  'mx-central-1',
  'sa-east-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-south-1',
  'eu-south-2',
  'eu-north-1',
  'il-central-1',
  'me-south-1',
  'me-central-1',
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
] as const;

export const ZONE_SUFFIXES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
/** Zones a claim may span; the composition enumerates one slot of resources per zone. */
export const MAX_ZONES = 3;
export const MIN_ZONES = 2;
/** Bastion SSH ingress rules are one object per CIDR (the provider's rule kinds take one CIDR each). */
export const MAX_SSH_CIDRS = 4;

export const NAT_MODES = ['PerZone', 'Single', 'None'] as const;
export type NatMode = (typeof NAT_MODES)[number];
export const BASTION_IMAGES = ['AmazonLinux2023', 'AmazonLinux2'] as const;
export const DELETION_POLICIES = ['Orphan', 'Delete'] as const;

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = `${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}`;
/** An IPv4 CIDR with a prefix AWS accepts for a VPC or subnet: /16 to /28. */
export const VPC_CIDR_PATTERN = `^${IPV4}/(1[6-9]|2[0-8])$`;
export const IPV4_CIDR_PATTERN = `^${IPV4}/([0-9]|[12][0-9]|3[0-2])$`;
export const INSTANCE_TYPE_PATTERN = '^[a-z][a-z0-9-]*[0-9][a-z0-9-]*\\.[a-z0-9-]+$';
export const SSH_PUBLIC_KEY_PATTERN =
  '^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com) [A-Za-z0-9+/]+={0,3}( [^\\r\\n]*)?$';
export const AMI_ID_PATTERN = '^ami-([0-9a-f]{8}|[0-9a-f]{17})$';
export const KMS_KEY_ARN_PATTERN = '^arn:aws:kms:[a-z0-9-]+:[0-9]{12}:(key/[0-9a-f-]{36}|key/mrk-[0-9a-f]{32}|alias/[A-Za-z0-9/_-]+)$';

interface Rule {
  rule: string;
  message?: string;
  messageExpression?: string;
  reason?: string;
  fieldPath?: string;
}
const rules = (...r: Rule[]) => ({ 'x-kubernetes-validations': r });

/**
 * A format check with a message a person understands. The API server reports a failed `pattern` as the raw
 * regular expression; a CEL rule reports its message. Raw CEL strings (r'...') keep the pattern readable.
 */
function matching(pattern: string, message: string) {
  return rules({ rule: `self.matches(r'${pattern}')`, message });
}

/** A string enum in the structural form Kubernetes requires (TypeBox's literal unions become anyOf/const). */
function oneOf<T extends string>(values: readonly T[], options: Record<string, unknown> = {}) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });
}

/** Fields that would force replacement of live infrastructure cannot change once the claim exists. */
const immutable = (field: string, why: string): Rule => ({
  rule: 'self == oldSelf',
  message: `${field} is immutable: ${why}. Create a new claim for a different value.`,
});

const cidrList = (defaults: string[], description: string, field: string) =>
  Type.Optional(
    Type.Array(Type.String({ maxLength: 18, ...matching(VPC_CIDR_PATTERN, 'must be an IPv4 CIDR with a prefix from /16 to /28, e.g. 10.0.1.0/24') }), {
      description,
      default: defaults,
      minItems: MIN_ZONES,
      maxItems: MAX_ZONES,
      'x-kubernetes-list-type': 'set',
      ...rules(immutable(field, 'changing a subnet CIDR replaces the subnet and everything placed in it')),
    }),
  );

export const bastionSchema = Type.Object(
  {
    enabled: Type.Optional(
      Type.Boolean({ default: true, description: 'Create the bastion host, its key pair, instance profile and security group. Default true.' }),
    ),
    instanceType: Type.Optional(
      Type.String({
        default: 't3.micro',
        maxLength: 32,
        ...matching(INSTANCE_TYPE_PATTERN, 'must be an EC2 instance type such as t3.micro or m7g.large'),
        description: 'EC2 instance type of the bastion, e.g. t3.micro (default) or t4g.micro (Graviton).',
      }),
    ),
    allowedSshCidrs: Type.Optional(
      Type.Array(Type.String({ maxLength: 18, ...matching(IPV4_CIDR_PATTERN, 'must be an IPv4 CIDR, e.g. 198.51.100.0/24 or 192.0.2.10/32') }), {
        default: ['203.0.113.0/24'],
        maxItems: MAX_SSH_CIDRS,
        'x-kubernetes-list-type': 'set',
        description: `IPv4 CIDRs allowed to reach the bastion on SSH (22/tcp), at most ${MAX_SSH_CIDRS}. Default 203.0.113.0/24. 0.0.0.0/0 and ::/0 are rejected.`,
        ...rules({
          rule: "self.all(c, !c.endsWith('/0'))",
          message:
            'allowedSshCidrs must not open SSH to the whole internet (0.0.0.0/0 or ::/0): list the networks your operators connect from, or use SSM Session Manager.',
        }),
      }),
    ),
    sshPublicKey: Type.Optional(
      Type.String({
        maxLength: 16384,
        ...matching(
          SSH_PUBLIC_KEY_PATTERN,
          'must be one OpenSSH public key line: ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp*, then the base64 key and an optional comment',
        ),
        description: 'OpenSSH public key for the bastion key pair. Without it the bastion has no key pair and is reachable only through SSM Session Manager.',
      }),
    ),
    image: Type.Optional(
      oneOf(BASTION_IMAGES, {
        default: 'AmazonLinux2023',
        description:
          'Operating system image: the latest AmazonLinux2023 (default) or AmazonLinux2 (end of support 2026-06-30). Resolved by AWS at launch; the instance is never replaced when a newer image is published.',
      }),
    ),
    amiId: Type.Optional(
      Type.String({
        maxLength: 21,
        description: 'A specific AMI id, overriding image. Immutable: changing the image of a running instance would replace it.',
        ...rules(
          { rule: `self.matches(r'${AMI_ID_PATTERN}')`, message: 'must be an AMI id: ami- followed by 8 or 17 hexadecimal digits' },
          immutable('bastion.amiId', 'changing the AMI replaces the bastion instance'),
        ),
      }),
    ),
  },
  {
    default: {},
    description: 'The SSH bastion host in the first public subnet.',
    ...rules(
      {
        // The instance takes its key pair by name at launch: adding, removing or changing the key would replace it.
        rule: 'has(self.sshPublicKey) == has(oldSelf.sshPublicKey) && (!has(self.sshPublicKey) || self.sshPublicKey == oldSelf.sshPublicKey)',
        message:
          'bastion.sshPublicKey is immutable: the bastion takes its key pair at launch, so changing it would replace the instance. Disable and re-enable the bastion to rotate the key, or use SSM Session Manager.',
      },
      {
        rule: 'self.image == oldSelf.image',
        message: 'bastion.image is immutable: the image is chosen at launch and changing it would replace the instance.',
      },
    ),
  },
);

export const flowLogsSchema = Type.Object(
  { enabled: Type.Optional(Type.Boolean({ default: true, description: 'Deliver VPC flow logs (all traffic) to the logs bucket. Default true.' })) },
  { default: {}, description: 'VPC flow logs.' },
);

export const storageSchema = Type.Object(
  {
    deletionPolicy: Type.Optional(
      oneOf(DELETION_POLICIES, {
        default: 'Orphan',
        description:
          'What happens to the buckets and their protections when the claim is deleted: Orphan (default, the data and its protections stay in AWS) or Delete (the buckets are force-destroyed: every object and version in them is deleted, then the buckets).',
      }),
    ),
    logRetentionDays: Type.Optional(
      Type.Integer({ default: 365, minimum: 1, maximum: 3650, description: 'Days before objects in the logs bucket expire. Default 365.' }),
    ),
    backupNoncurrentVersionDays: Type.Optional(
      Type.Integer({ default: 90, minimum: 1, maximum: 3650, description: 'Days before noncurrent versions in the backup bucket expire. Default 90.' }),
    ),
    kmsKeyArn: Type.Optional(
      Type.String({
        maxLength: 2048,
        ...matching(KMS_KEY_ARN_PATTERN, 'must be a KMS key ARN: arn:aws:kms:<region>:<account>:key/<id> or alias/<name>'),
        description:
          'A KMS key ARN: the backup bucket then uses SSE-KMS with an S3 bucket key. The logs bucket always uses SSE-S3, because the log delivery services cannot write with a customer key without key-policy grants.',
      }),
    ),
  },
  { default: {}, description: 'The logs and backup buckets.' },
);

export const parametersSchema = Type.Object(
  {
    region: Type.Optional(
      oneOf(REGIONS, {
        default: 'us-west-2',
        description: 'AWS region. Default us-west-2. Immutable.',
        ...rules(immutable('region', 'moving a network to another region replaces all of it')),
      }),
    ),
    vpcCidr: Type.Optional(
      Type.String({
        default: '10.0.0.0/16',
        maxLength: 18,
        description: 'IPv4 CIDR of the VPC, /16 to /28. Default 10.0.0.0/16. Immutable.',
        ...rules(
          { rule: `self.matches(r'${VPC_CIDR_PATTERN}')`, message: 'vpcCidr must be an IPv4 CIDR with a prefix from /16 to /28, e.g. 10.0.0.0/16' },
          immutable('vpcCidr', 'changing it replaces the VPC and everything in it'),
        ),
      }),
    ),
    availabilityZones: Type.Optional(
      Type.Array(oneOf(ZONE_SUFFIXES), {
        default: ['a', 'b'],
        minItems: MIN_ZONES,
        maxItems: MAX_ZONES,
        'x-kubernetes-list-type': 'set',
        description: `Zone suffixes combined with the region (us-west-2 + a = us-west-2a), ${MIN_ZONES} or ${MAX_ZONES}. Default [a, b]. Immutable.`,
        ...rules(immutable('availabilityZones', 'changing the zones replaces subnets, NAT gateways and the bastion')),
      }),
    ),
    publicSubnetCidrs: cidrList(
      ['10.0.1.0/24', '10.0.2.0/24'],
      'One public subnet CIDR per zone, in zone order. Default [10.0.1.0/24, 10.0.2.0/24]. Immutable.',
      'publicSubnetCidrs',
    ),
    privateSubnetCidrs: cidrList(
      ['10.0.10.0/24', '10.0.11.0/24'],
      'One private subnet CIDR per zone, in zone order. Default [10.0.10.0/24, 10.0.11.0/24]. Immutable.',
      'privateSubnetCidrs',
    ),
    natGateways: Type.Optional(
      oneOf(NAT_MODES, {
        default: 'PerZone',
        description:
          'PerZone (default: a NAT gateway per zone, zone-independent egress), Single (one NAT gateway in the first zone, lower cost), None (private subnets have no internet route).',
      }),
    ),
    bastion: Type.Optional(bastionSchema),
    flowLogs: Type.Optional(flowLogsSchema),
    storage: Type.Optional(storageSchema),
    s3GatewayEndpoint: Type.Optional(
      Type.Boolean({
        default: true,
        description: 'An S3 gateway endpoint on every private route table (free; keeps S3 traffic off the NAT gateways). Default true.',
      }),
    ),
    tags: Type.Optional(
      Type.Unsafe<Record<string, string>>({
        type: 'object',
        additionalProperties: { type: 'string', maxLength: 256 },
        maxProperties: 40,
        default: {},
        description: 'Tags for every AWS object that takes tags, merged over ManagedBy, Component, Purpose and Name.',
        ...rules({
          rule: "self.all(k, size(k) <= 128 && !k.startsWith('aws:'))",
          message: 'tag keys are at most 128 characters and must not start with "aws:" (reserved by AWS)',
        }),
      }),
    ),
    providerConfigName: Type.Optional(
      Type.String({
        default: 'default',
        minLength: 1,
        maxLength: 253,
        description: 'The provider-aws ProviderConfig every composed resource uses. Default "default".',
      }),
    ),
  },
  {
    default: {},
    ...rules(
      {
        rule: 'size(self.publicSubnetCidrs) == size(self.availabilityZones)',
        messageExpression:
          "'publicSubnetCidrs has ' + string(size(self.publicSubnetCidrs)) + ' CIDRs for ' + string(size(self.availabilityZones)) + ' availability zones: give exactly one per zone'",
        fieldPath: '.publicSubnetCidrs',
      },
      {
        rule: 'size(self.privateSubnetCidrs) == size(self.availabilityZones)',
        messageExpression:
          "'privateSubnetCidrs has ' + string(size(self.privateSubnetCidrs)) + ' CIDRs for ' + string(size(self.availabilityZones)) + ' availability zones: give exactly one per zone'",
        fieldPath: '.privateSubnetCidrs',
      },
      {
        rule: "self.natGateways != 'None' || !self.bastion.enabled || has(self.bastion.sshPublicKey)",
        message:
          'an SSM-only bastion (no sshPublicKey) sits in a private subnet and reaches SSM through a NAT gateway: use natGateways PerZone or Single, give the bastion an SSH key, or disable it',
        fieldPath: '.natGateways',
      },
      {
        rule: 'self.publicSubnetCidrs.all(c, !(c in self.privateSubnetCidrs))',
        message: 'a CIDR appears in both publicSubnetCidrs and privateSubnetCidrs: every subnet needs its own range',
        fieldPath: '.privateSubnetCidrs',
      },
    ),
  },
);

/**
 * A status list written one index at a time by ToCompositeFieldPath patches (`publicSubnetIds[1]` from zone b's
 * subnet). Its items are nullable: when index 1 is observed before index 0, crossplane-runtime pads the list with
 * null (v2.1.0 pkg/fieldpath/paved.go, prepareField/prepareElement), and string-only items would make the API
 * server refuse the whole status write until every zone has reported.
 */
const zoneList = (description: string) =>
  Type.Optional(Type.Array(Type.String({ nullable: true }), { description: `${description} An entry is null until its zone's resource reports it.` }));
const str = (description: string) => Type.Optional(Type.String({ description }));

/** Ids the composed resources report back (ToCompositeFieldPath). Lists are in zone order. */
export const statusSchema = Type.Object({
  vpcId: str('Id of the VPC.'),
  vpcCidrBlock: str('CIDR block of the VPC.'),
  publicSubnetIds: zoneList('Ids of the public subnets, in zone order.'),
  privateSubnetIds: zoneList('Ids of the private subnets, in zone order.'),
  availabilityZones: zoneList('Availability zones of the subnets, in zone order.'),
  internetGatewayId: str('Id of the internet gateway.'),
  natGatewayIds: zoneList('Ids of the NAT gateways, in zone order.'),
  bastionPublicIp: str('Public IPv4 address of the bastion.'),
  bastionInstanceId: str('Instance id of the bastion.'),
  bastionSecurityGroupId: str('Id of the bastion security group.'),
  privateSecurityGroupId: str('Id of the private security group.'),
  logsBucketName: str('Name of the logs bucket.'),
  backupBucketName: str('Name of the backup bucket.'),
  flowLogId: str('Id of the VPC flow log.'),
  accountId: str('AWS account id, read from the VPC ARN; scopes the bucket names and policies to this account.'),
  logsBucketPolicyId: str(
    "Id of the logs bucket's policy once AWS has it. The flow log waits for it, so the project's policy stands rather than the one AWS attaches for a new flow log.",
  ),
});

export const specSchema = Type.Object({ parameters: Type.Optional(parametersSchema) });

export type Parameters = Static<typeof parametersSchema>;
export type Status = Static<typeof statusSchema>;

/** Strips TypeBox's symbol-keyed metadata: the XRD gets plain OpenAPI. */
export function openApi(schema: TSchema): Record<string, any> {
  return JSON.parse(JSON.stringify(schema));
}
