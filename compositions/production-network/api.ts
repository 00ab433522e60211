/**
 * The ProductionNetwork API, defined once: the OpenAPI schema the XRD serves and the TypeScript types the
 * composition, the checks and the tests use are both derived from the declarations below (TypeBox).
 *
 * Every parameter is optional and defaulted to the reference design, except the bastion's public key.
 * Object-valued parameters default to `{}` so their inner defaults apply when a claim leaves them out.
 */
import { Static, TSchema, Type } from '@sinclair/typebox';
import { SSH_KEY_TYPES } from './ssh-key-types';

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

export type Region = (typeof REGIONS)[number];

/**
 * Regions AWS disables for an account until it opts in (Account Management, "Specify which AWS Regions your account
 * can use", https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html): every call to one
 * fails until an administrator enables it, so a claim there stays Synced=False. The API accepts them; the region
 * parameter's description and the README say so.
 */
export const OPT_IN_REGIONS: readonly Region[] = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
];

export const ZONE_SUFFIXES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type ZoneSuffix = (typeof ZONE_SUFFIXES)[number];

/**
 * The zone letters EC2 can give an account in each region, as of 2026-12-01, from AWS's published list of
 * Availability Zones (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html,
 * with its "Constrained Availability Zones" section). A letter is an account's name for a zone, not the zone: in
 * the older regions AWS maps letters to physical zones (AZ IDs) independently for each account created before
 * November 2025. Where accounts see different letters, every letter an account may see is listed (us-west-1
 * gives each account two of a, b, c); a constrained zone that no account can launch new instances in is left out
 * (ap-northeast-1b: apne1-az3; ca-central-1c: cac1-az3). The XRD's zone rule is generated from this table.
 */
export const ZONES_BY_REGION: Record<Region, readonly ZoneSuffix[]> = {
  'us-east-1': ['a', 'b', 'c', 'd', 'e', 'f'],
  'us-east-2': ['a', 'b', 'c'],
  'us-west-1': ['a', 'b', 'c'],
  'us-west-2': ['a', 'b', 'c', 'd'],
  'ca-central-1': ['a', 'b', 'd'],
  'ca-west-1': ['a', 'b', 'c'],
  'mx-central-1': ['a', 'b', 'c'],
  'sa-east-1': ['a', 'b', 'c'],
  'eu-central-1': ['a', 'b', 'c'],
  'eu-central-2': ['a', 'b', 'c'],
  'eu-west-1': ['a', 'b', 'c'],
  'eu-west-2': ['a', 'b', 'c'],
  'eu-west-3': ['a', 'b', 'c'],
  'eu-south-1': ['a', 'b', 'c'],
  'eu-south-2': ['a', 'b', 'c'],
  'eu-north-1': ['a', 'b', 'c'],
  'il-central-1': ['a', 'b', 'c'],
  'me-south-1': ['a', 'b', 'c'],
  'me-central-1': ['a', 'b', 'c'],
  'af-south-1': ['a', 'b', 'c'],
  'ap-east-1': ['a', 'b', 'c'],
  'ap-east-2': ['a', 'b', 'c'],
  'ap-south-1': ['a', 'b', 'c'],
  'ap-south-2': ['a', 'b', 'c'],
  'ap-southeast-1': ['a', 'b', 'c'],
  'ap-southeast-2': ['a', 'b', 'c'],
  'ap-southeast-3': ['a', 'b', 'c'],
  'ap-southeast-4': ['a', 'b', 'c'],
  'ap-southeast-5': ['a', 'b', 'c'],
  'ap-southeast-7': ['a', 'b', 'c'],
  'ap-northeast-1': ['a', 'c', 'd'],
  'ap-northeast-2': ['a', 'b', 'c', 'd'],
  'ap-northeast-3': ['a', 'b', 'c'],
};
/** Zones a claim may span; the composition enumerates one slot of resources per zone. */
export const MAX_ZONES = 3;
export const MIN_ZONES = 2;
/** Bastion SSH ingress rules are one object per CIDR (the provider's rule kinds take one CIDR each). */
export const MAX_SSH_CIDRS = 4;

/**
 * The smallest subnet AWS allows is a /28 (16 addresses): a VPC needs room for one public and one private subnet
 * per zone (CreateSubnet, https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html).
 */
export const SMALLEST_SUBNET_PREFIX = 28;

/**
 * The broadest public SSH source a claim may list: a /16 (65,536 addresses). Operators connect from office, VPN
 * and cloud egress networks, which are /16 or narrower; anything broader admits a large share of the internet to
 * the bastion's SSH port. Private ranges (RFC 1918 and 100.64.0.0/10, reachable only through VPN or peering) may
 * be as broad as the range itself. With at most MAX_SSH_CIDRS sources, at most 262,144 public addresses reach SSH;
 * the audit holds every composition to the same bound on the union of its SSH sources.
 */
export const BROADEST_PUBLIC_SSH_PREFIX = 16;

/**
 * Tags. IAM (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html), S3
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html and bucket tagging) and EC2
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions) share these limits, and a
 * claim's tags go to objects of all three: keys 1 to 128 characters, values 0 to 256, the `aws:` prefix reserved in
 * any case, at most 50 tags per resource. IAM and S3 accept only letters, digits, white space and `_ . : / = + - @`
 * (EC2 accepts more, so the narrower rule applies to every tag).
 */
export const TAG_CHARACTERS = '^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$';
export const MAX_TAG_KEY_LENGTH = 128;
export const MAX_TAG_VALUE_LENGTH = 256;
export const MAX_TAGS_PER_RESOURCE = 50;
/** The tags the composition writes on every object that takes tags (context.ts `tags()` and the `Name` patch). */
export const COMPOSED_TAG_KEYS = ['ManagedBy', 'Component', 'Purpose', 'Name'] as const;
/**
 * The tags the provider adds to every managed resource it creates, in both flavours: provider-upjet-aws v2.6.0
 * enables upjet's TagInitializer for every kind with a `tags` map (config/overrides.go `AddExternalTagsField`), and
 * upjet (crossplane/upjet pkg/config/resource.go `setExternalTagsWithPaved`, at 59c45527ebe4, the version v2.6.0's
 * go.mod pins) writes these three of crossplane-runtime's external tags into `spec.forProvider.tags`. A claim tag
 * with one of these keys would be overwritten on every reconcile.
 */
export const PROVIDER_TAG_KEYS = ['crossplane-kind', 'crossplane-name', 'crossplane-providerconfig'] as const;
/** Tags a claim may add beyond the composed ones: what is left of AWS's 50 after the composition and the provider. */
export const CLAIM_TAG_BUDGET = MAX_TAGS_PER_RESOURCE - COMPOSED_TAG_KEYS.length - PROVIDER_TAG_KEYS.length;

/** Graviton instance families: a1, and a `g` right after the generation digit (t4g, m7g, c6gn, r8gd, g5g). */
export const ARM64_INSTANCE_TYPE = '(a1|[a-z]+[0-9]+g[a-z0-9-]*)\\.';

/**
 * Instance families Amazon Linux 2023 does not run on: the first-generation Graviton A1. AL2023 on arm64 needs
 * Graviton2 or later ("AL2023 does not support A1 instances": Amazon Linux 2023 User Guide, "Amazon Linux 2023
 * system requirements", https://docs.aws.amazon.com/linux/al2023/ug/system-requirements.html); its packages use
 * ARMv8.2 instructions A1's Cortex-A72 lacks, so the instance launches (the image is arm64) and never boots.
 * Amazon Linux 2 runs on A1, and a pinned amiId is the claim's own choice. The bastion rule is generated from this.
 */
export const AL2023_UNSUPPORTED_INSTANCE_TYPE = 'a1\\.';

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
export { SSH_KEY_TYPES };
export const SSH_PUBLIC_KEY_PATTERN = `^(${SSH_KEY_TYPES.join('|')}) [A-Za-z0-9+/]+={0,3}( [^\\r\\n]*)?$`;
/** DNS-1123 subdomain: what Kubernetes accepts as an object name, a ProviderConfig's included. */
export const DNS_SUBDOMAIN_PATTERN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
export const AMI_ID_PATTERN = '^ami-([0-9a-f]{8}|[0-9a-f]{17})$';
export const KMS_KEY_ARN_PATTERN = '^arn:aws:kms:[a-z0-9-]+:[0-9]{12}:(key/[0-9a-f-]{36}|key/mrk-[0-9a-f]{32}|alias/[A-Za-z0-9/_-]+)$';

/** A CEL list literal of strings. */
const celList = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;
/** The zone table as CEL map literals (letters, and the text a message shows): the table is the rule's only source. */
const ZONES_CEL_MAP = `{${Object.entries(ZONES_BY_REGION)
  .map(([region, zones]) => `'${region}': ${celList(zones)}`)
  .join(', ')}}`;
const ZONES_TEXT_CEL_MAP = `{${Object.entries(ZONES_BY_REGION)
  .map(([region, zones]) => `'${region}': '${zones.join(', ')}'`)
  .join(', ')}}`;
const TAG_CHARACTERS_MESSAGE = (what: string) =>
  `${what} may contain only letters, digits, spaces and _ . : / = + - @ (IAM and S3 refuse other characters, such as &, comma or #)`;
/**
 * A CEL condition: the IPv4 CIDR `v` is a private range (RFC 1918, or 100.64.0.0/10 shared address space) no
 * broader than that range, or a public one no broader than the limit. Written for Kubernetes 1.29 (no CIDR library):
 * the prefix is the text after '/', the range its leading octets.
 */
function PRIVATE_OR_NARROW(v: string): string {
  const prefix = `int(${v}.split('/')[1])`;
  return [
    `${prefix} >= ${BROADEST_PUBLIC_SSH_PREFIX}`,
    `(${v}.startsWith('10.') && ${prefix} >= 8)`,
    `(${v}.matches(r'^172\\.(1[6-9]|2[0-9]|3[01])\\.') && ${prefix} >= 12)`,
    `(${v}.matches(r'^100\\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\\.') && ${prefix} >= 10)`,
  ].join(' || ');
}
/** Transition rules on the bastion: a bastion disabled before or after the change has no instance to replace. */
const EITHER_DISABLED = '!self.enabled || !oldSelf.enabled';

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
  message: `${field} is immutable: ${why}. Create a new ProductionNetwork for a different value.`,
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

/**
 * Transition rule on `bastion.allowedSshCidrs`: every network of the old list that is still in the new one sits at
 * the same index. Appending, removing from the end and replacing an entry in place pass; reordering and removing
 * from the middle (which shifts the networks after it) do not. The indexes are spelled out because the list holds
 * at most MAX_SSH_CIDRS entries; `||` in CEL absorbs the out-of-range error of a branch another branch decides.
 */
const keepPositions = (now: string, before: string) =>
  `${JSON.stringify(Array.from({ length: MAX_SSH_CIDRS }, (_, i) => i)).replace(/,/g, ', ')}.all(i, i >= size(${before}) || !(${before}[i] in ${now}) || (i < size(${now}) && ${now}[i] == ${before}[i]))`;
/**
 * On the bastion, not on the list: the SSH rules exist only while the bastion runs with a key (security.ts), so a
 * disabled or SSM-only bastion, before or after, may reorder its networks freely (fifth review 2026-12-02, finding 1).
 */
export const SSH_CIDRS_KEEP_POSITIONS = `${EITHER_DISABLED} || !has(self.sshPublicKey) || !has(oldSelf.sshPublicKey) || !has(self.allowedSshCidrs) || !has(oldSelf.allowedSshCidrs) || ${keepPositions('self.allowedSshCidrs', 'oldSelf.allowedSshCidrs')}`;
export const SSH_CIDRS_KEEP_POSITIONS_MESSAGE =
  'bastion.allowedSshCidrs: while the bastion runs with an SSH key, a network that stays in the list must keep its position. Each position is one SSH rule of the bastion security group (sg-bastion-ingress-ssh-1 to -4), updated in place: a reordered list asks two rules to take networks the group already holds, which AWS refuses, and both stay Synced=False. Append networks, remove them from the end, or replace one in place; to drop or move a network that is not last, first remove the entries after it, wait until Crossplane has deleted the SSH rules that step drops (README, Reordering SSH networks, says how to find them), then add them back in the order you want.';

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
        // A same-architecture change is left to the provider's in-place update (ec2_instance.go resourceInstanceUpdate
        // → modifyInstanceAttributeWithStopStart: stop, ModifyInstanceAttribute, start) rather than refused like an
        // architecture change: it keeps the instance, its volume, host keys and instance id, where the only other path
        // (disable and re-enable) replaces all of them and changes the address too. The price is said here.
        description:
          'EC2 instance type of the bastion, e.g. t3.micro (default) or t4g.micro (Graviton). A1 types (a1.*) need image: AmazonLinux2 or an amiId: Amazon Linux 2023 does not run on A1. Changing it on a running bastion stops and starts the instance: a few minutes without the bastion, and it comes back with a new public address (the same instance, root volume and host keys; status.bastionPublicIp follows). A release of this composition that changes the bastion setup script (user data) stops and starts it the same way. The architecture (x86_64 or arm64) cannot change on a running bastion. The type must be offered in the first zone (aws ec2 describe-instance-type-offerings --location-type availability-zone); if EC2 refuses it, the bastion stays stopped, and the provider does not start it again: set a type the zone offers and start the instance (aws ec2 start-instances), or disable and re-enable the bastion.',
      }),
    ),
    allowedSshCidrs: Type.Optional(
      Type.Array(Type.String({ maxLength: 18, ...matching(IPV4_CIDR_PATTERN, 'must be an IPv4 CIDR, e.g. 198.51.100.0/24 or 192.0.2.10/32') }), {
        default: ['203.0.113.0/24'],
        maxItems: MAX_SSH_CIDRS,
        'x-kubernetes-list-type': 'set',
        description: `IPv4 networks allowed to reach the bastion on SSH (22/tcp), at most ${MAX_SSH_CIDRS}, network addresses only. Default 203.0.113.0/24. A public network may be at most a /${BROADEST_PUBLIC_SSH_PREFIX}; private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10) as broad as the range. While the bastion runs with an SSH key, a network that stays in the list keeps its position (each position is one SSH rule): append, remove from the end, or replace an entry in place; between two such changes, wait until the SSH rules the first one drops are deleted (see the README, Reordering SSH networks).`,
        ...rules(
          {
            rule: "self.all(c, !c.endsWith('/0'))",
            message:
              'allowedSshCidrs must not open SSH to the whole internet (0.0.0.0/0 or ::/0): list the networks your operators connect from, or use SSM Session Manager.',
          },
          {
            // Kubernetes 1.29 has no CIDR library: the prefix is read as text, the private ranges by their leading octets.
            rule: `self.all(c, !c.matches(r'${IPV4_CIDR_PATTERN}') || ${PRIVATE_OR_NARROW('c')})`,
            message: `allowedSshCidrs: a public SSH source may be at most a /${BROADEST_PUBLIC_SSH_PREFIX} (65,536 addresses); a broader one admits a large part of the internet. List the networks your operators connect from, split into /${BROADEST_PUBLIC_SSH_PREFIX} or narrower, or use SSM Session Manager.`,
          },
        ),
      }),
    ),
    sshPublicKey: Type.Optional(
      Type.String({
        maxLength: 16384,
        ...rules(
          {
            rule: "!self.startsWith('ecdsa-sha2-') && !self.startsWith('sk-')",
            message:
              'EC2 imports only RSA and ED25519 keys (ImportKeyPair refuses ECDSA and security-key sk-* keys): give an ssh-ed25519 key (ssh-keygen -t ed25519) or an ssh-rsa key of 2048 or 4096 bits',
          },
          {
            rule: `self.startsWith('ecdsa-sha2-') || self.startsWith('sk-') || self.matches(r'${SSH_PUBLIC_KEY_PATTERN}')`,
            message: 'must be one OpenSSH public key line: ssh-ed25519 or ssh-rsa, then the base64 key and an optional comment',
          },
        ),
        description:
          'OpenSSH public key for the bastion key pair: ssh-ed25519, or ssh-rsa of 2048 or 4096 bits (the types EC2 imports). Without it the bastion has no key pair and is reachable only through SSM Session Manager. To rotate it, disable the bastion, then enable it with the new key.',
      }),
    ),
    image: Type.Optional(
      oneOf(BASTION_IMAGES, {
        default: 'AmazonLinux2023',
        description:
          'Operating system image: the latest AmazonLinux2023 (default) or AmazonLinux2. AmazonLinux2 reached its end of support on 2026-06-30 (no more security updates): it stays selectable so existing networks keep working, and npm run audit reports it as an accepted exception (OS.1); move to AmazonLinux2023. Resolved by AWS at launch; the instance is never replaced when a newer image is published.',
      }),
    ),
    amiId: Type.Optional(
      Type.String({
        maxLength: 21,
        // The launch template maps the encrypted gp3 volume to /dev/xvda with no size and no snapshot: for the image's
        // root device EC2 takes both from the image; for any other device name it needs one of them ("You must
        // specify either a snapshot ID or a volume size", EC2 API reference, EbsBlockDevice / LaunchTemplateEbsBlockDeviceRequest
        // VolumeSize) and RunInstances fails. bastion.ts says why the template sets no size.
        description:
          "A specific AMI id, overriding image. The image must have its root device at /dev/xvda (as every Amazon Linux 2 and 2023 image does; otherwise the instance never launches) and be built for the instance type's architecture (arm64 for Graviton types such as t4g, x86_64 otherwise). Fixed while the bastion runs: set enabled: false, then enable it with the new amiId.",
        ...rules({ rule: `self.matches(r'${AMI_ID_PATTERN}')`, message: 'must be an AMI id: ami- followed by 8 or 17 hexadecimal digits' }),
      }),
    ),
  },
  {
    default: {},
    description: 'The SSH bastion host in the first public subnet.',
    ...rules(
      {
        // The instance takes its key pair by name at launch: adding, removing or changing the key would replace it.
        // A disabled bastion has no instance and no key pair, so the key may change on the way out or back in.
        rule: `${EITHER_DISABLED} || (has(self.sshPublicKey) == has(oldSelf.sshPublicKey) && (!has(self.sshPublicKey) || self.sshPublicKey == oldSelf.sshPublicKey))`,
        message:
          'bastion.sshPublicKey cannot change on a running bastion: it takes its key pair at launch, so changing it would replace the instance. To rotate the key, set bastion.enabled: false, wait until the bastion is deleted, then set enabled: true with the new key; or use SSM Session Manager.',
      },
      {
        // On the bastion, not on the field: a rule on amiId itself runs only when both the old and the new claim
        // have one (Kubernetes evaluates a transition rule only when the field exists on both sides: "Transition
        // rules", kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions), and
        // adding or removing it on a running bastion only adds a launch template version the instance never uses
        // (it stays on $Default, version 1): accepted and without effect. While the bastion is disabled it may change.
        rule: `${EITHER_DISABLED} || (has(self.amiId) == has(oldSelf.amiId) && (!has(self.amiId) || self.amiId == oldSelf.amiId))`,
        message:
          'bastion.amiId cannot be added, removed or changed on a running bastion: the image is chosen at launch, so the instance would keep its image (or be replaced). Set bastion.enabled: false, wait until the bastion is deleted, then set enabled: true with the new amiId (or without one, for the latest image).',
      },
      {
        // Fourth review 2026-12-02, finding 2: each SSH rule is composed from one position of allowedSshCidrs
        // (security.ts, sg-bastion-ingress-ssh-N), and terraform-provider-aws updates a changed cidr_ipv4 in place
        // (internal/service/ec2/vpc_security_group_ingress_rule.go Update → ModifySecurityGroupRules). A reordered
        // list asks two live rules to take each other's network, which the group already holds, so neither update
        // can succeed and both stay Synced=False. A network that stays keeps its position while the rules exist.
        rule: SSH_CIDRS_KEEP_POSITIONS,
        message: SSH_CIDRS_KEEP_POSITIONS_MESSAGE,
        fieldPath: '.allowedSshCidrs',
      },
      {
        rule: `${EITHER_DISABLED} || self.image == oldSelf.image`,
        message:
          'bastion.image cannot change on a running bastion: the image is chosen at launch and changing it would replace the instance. Disable the bastion, then enable it with the new image.',
      },
      {
        // Not a transition rule: it holds for a new claim and for every change (t4g.small -> a1.medium on a running
        // bastion would stop it and start it on a CPU its image cannot run). A disabled bastion launches nothing.
        rule: `!self.enabled || !self.instanceType.matches(r'^${AL2023_UNSUPPORTED_INSTANCE_TYPE}') || self.image == 'AmazonLinux2' || has(self.amiId)`,
        messageExpression: `'bastion.instanceType ' + self.instanceType + ' is a first-generation Graviton (A1) type, and Amazon Linux 2023 does not run on A1 (the instance would launch and never boot): choose a Graviton2 or later type (t4g, m6g, m7g, c7g and so on), or set bastion.image: AmazonLinux2 or a bastion.amiId built for A1.'`,
        fieldPath: '.instanceType',
      },
      {
        // The provider changes an instance type by stopping the instance and modifying it; an image runs on one
        // architecture, so t3 -> t4g leaves the bastion stopped with a type it cannot boot on.
        rule: `${EITHER_DISABLED} || self.instanceType.matches(r'^${ARM64_INSTANCE_TYPE}') == oldSelf.instanceType.matches(r'^${ARM64_INSTANCE_TYPE}')`,
        messageExpression: `'bastion.instanceType cannot change from ' + oldSelf.instanceType + ' to ' + self.instanceType + ' on a running bastion: one is x86_64 and the other arm64 (Graviton), and the image, chosen at launch, runs on one architecture only, so the instance would stop and never start again. Set bastion.enabled: false, wait until the bastion is deleted, then set enabled: true with the new instance type; or pick a type of the same architecture.'`,
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
          'What happens to the buckets and their protections when this ProductionNetwork is deleted: Orphan (default, the data and its protections stay in AWS) or Delete (the buckets are force-destroyed: every object and version in them is deleted, then the buckets).',
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
          "A KMS key ARN in the network's region: the backup bucket then uses SSE-KMS with an S3 bucket key. The logs bucket always uses SSE-S3, because the log delivery services cannot write with a customer key without key-policy grants.",
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
        description: `AWS region. Default us-west-2. Immutable. Opt-in regions (${OPT_IN_REGIONS.join(', ')}) are disabled in an account until an administrator enables them; until then every composed resource stays Synced=False. A bucket orphaned by a deleted ProductionNetwork is adopted again only by one of the same namespace and name in the same region.`,
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
        description: `Zone letters combined with the region (us-west-2 + a = us-west-2a), ${MIN_ZONES} or ${MAX_ZONES}, of those the region has (eu-central-1: a, b, c). A letter names a different physical zone in each account (see its AZ ID). Default [a, b]. Immutable.`,
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
        additionalProperties: {
          type: 'string',
          maxLength: MAX_TAG_VALUE_LENGTH,
          ...rules({ rule: `self.matches(r'${TAG_CHARACTERS}')`, message: TAG_CHARACTERS_MESSAGE('tag values') }),
        },
        // The claim may also restate the composed keys (its values win), so the map itself may hold all 50.
        maxProperties: MAX_TAGS_PER_RESOURCE,
        default: {},
        description: `Tags for every AWS object that takes tags, merged over ${COMPOSED_TAG_KEYS.join(', ')} (these values win). At most ${CLAIM_TAG_BUDGET} further keys: AWS allows ${MAX_TAGS_PER_RESOURCE} tags per resource, and the composition and the provider add ${COMPOSED_TAG_KEYS.length + PROVIDER_TAG_KEYS.length}. Keys 1 to ${MAX_TAG_KEY_LENGTH} characters, values up to ${MAX_TAG_VALUE_LENGTH}, both only letters, digits, spaces and _ . : / = + - @; keys must not start with aws:.`,
        // Map keys cost nothing in the API server's CEL cost estimate (their type carries no size: apiserver
        // pkg/cel/common/schemas.go), and the value rule is bounded by maxLength and maxProperties.
        ...rules(
          {
            rule: `self.all(k, size(k) >= 1 && size(k) <= ${MAX_TAG_KEY_LENGTH})`,
            message: `tag keys must be 1 to ${MAX_TAG_KEY_LENGTH} characters long (AWS's limit for IAM, S3 and EC2 tags)`,
          },
          {
            rule: "self.all(k, !k.lowerAscii().startsWith('aws:'))",
            message: 'tag keys must not start with "aws:" in any case: AWS reserves the prefix for its own tags',
          },
          {
            rule: `self.all(k, k.matches(r'${TAG_CHARACTERS}'))`,
            messageExpression: `'tag key "' + self.filter(k, !k.matches(r'${TAG_CHARACTERS}'))[0] + '": ${TAG_CHARACTERS_MESSAGE('tag keys')}'`,
          },
          {
            rule: `self.all(k, !(k in ${celList(PROVIDER_TAG_KEYS)}))`,
            message: `tag keys ${PROVIDER_TAG_KEYS.join(', ')} are written by the provider on every managed resource: choose another key`,
          },
          {
            rule: `size(self.filter(k, !(k in ${celList(COMPOSED_TAG_KEYS)}))) <= ${CLAIM_TAG_BUDGET}`,
            messageExpression: `'tags has ' + string(size(self.filter(k, !(k in ${celList(COMPOSED_TAG_KEYS)})))) + ' keys of its own; at most ${CLAIM_TAG_BUDGET} fit: AWS allows ${MAX_TAGS_PER_RESOURCE} tags per resource, and the composition adds ${COMPOSED_TAG_KEYS.length} (${COMPOSED_TAG_KEYS.join(', ')}) and the provider ${PROVIDER_TAG_KEYS.length} (${PROVIDER_TAG_KEYS.join(', ')}). Remove some.'`,
          },
        ),
      }),
    ),
    providerConfigName: Type.Optional(
      Type.String({
        default: 'default',
        minLength: 1,
        maxLength: 253,
        // Each flavour's XRD says which kind of provider configuration this names (flavour.ts providerConfig).
        description: 'The provider-aws configuration every composed resource uses. Default "default".',
        ...rules(
          {
            rule: `self.matches(r'${DNS_SUBDOMAIN_PATTERN}')`,
            message: 'providerConfigName must be a Kubernetes object name: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit',
          },
          // Fourth review 2026-12-02, finding 3: another ProviderConfig may hold another account's credentials.
          // Every managed resource then observes its external name there, finds nothing, and is created again
          // (crossplane-runtime v2.2.0 pkg/reconciler/managed/reconciler.go: !ResourceExists && ShouldCreate), while
          // the first network stays, billed, out of the claim's reach.
          {
            rule: 'self == oldSelf',
            message:
              "providerConfigName is immutable: another ProviderConfig may reach another AWS account, where every object of this network would be created again and the current network left behind, still billed and no longer deleted with this ProductionNetwork. Create a new ProductionNetwork for other credentials; to rotate this account's credentials, change the ProviderConfig (or its Secret) in place.",
          },
        ),
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
        rule: `self.availabilityZones.all(z, z in ${ZONES_CEL_MAP}[self.region])`,
        messageExpression: `'availabilityZones: ' + self.region + ' has zones ' + ${ZONES_TEXT_CEL_MAP}[self.region] + ' (zone letters differ by region): choose ${MIN_ZONES} or ${MAX_ZONES} of them'`,
        fieldPath: '.availabilityZones',
      },
      {
        // 2^(32 - prefix) addresses must hold 2 x zones subnets of at least a /28; read as text (no CIDR library on 1.29).
        rule: `!self.vpcCidr.matches(r'${VPC_CIDR_PATTERN}') || int(self.vpcCidr.split('/')[1]) <= ${SMALLEST_SUBNET_PREFIX} - (size(self.availabilityZones) > 2 ? 3 : 2)`,
        messageExpression: `'vpcCidr ' + self.vpcCidr + ' is too small for ' + string(size(self.availabilityZones)) + ' zones: it needs a public and a private subnet per zone, each at least a /${SMALLEST_SUBNET_PREFIX} (16 addresses), so a /' + string(${SMALLEST_SUBNET_PREFIX} - (size(self.availabilityZones) > 2 ? 3 : 2)) + ' or larger'`,
        fieldPath: '.vpcCidr',
      },
      {
        // S3 encrypts only with a KMS key in the bucket's own region (S3 User Guide, "Specifying server-side
        // encryption with AWS KMS (SSE-KMS)", requirements; paraphrased, the page was not re-read offline); a key
        // elsewhere makes every encrypted write fail. The region is the ARN's fourth field (IAM User Guide, "ARN format").
        rule: `!has(self.storage.kmsKeyArn) || !self.storage.kmsKeyArn.matches(r'${KMS_KEY_ARN_PATTERN}') || self.storage.kmsKeyArn.split(':')[3] == self.region`,
        messageExpression: `'storage.kmsKeyArn is a key in ' + self.storage.kmsKeyArn.split(':')[3] + ' but the buckets are in ' + self.region + ': S3 uses only a KMS key in the same region as the bucket. Give a key (or a multi-Region replica key) in ' + self.region + '.'`,
        fieldPath: '.storage.kmsKeyArn',
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
