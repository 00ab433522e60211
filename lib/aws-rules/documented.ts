/**
 * AWS constraints no machine-readable package carries (the SDK v3 clients and CloudFormation's model hold no string
 * patterns or lengths), declared once: each rule with the AWS documentation page it comes from and the date it was
 * read. When AWS changes a page, change its rule here and its date.
 */
import { describeValue } from '../schema/issue';

/** Where a rule looks: a kind (`<service>/<Kind>`, `<service>/*` or `*`) and a field (as in shapes.ts). */
export interface RuleTarget {
  kind: string;
  field: string;
}

export interface Violation {
  /** Below the field, e.g. `["R&D"]` for one tag of a tag map. */
  subpath?: string;
  value: unknown;
  message: string;
}

export interface DocumentedRule {
  id: string;
  /** The AWS documentation page the rule is taken from. */
  source: string;
  /** When that page was read. */
  read: string;
  appliesTo: RuleTarget[];
  /** The violations of the field's value; `resource` is the whole managed resource, for rules that depend on another field. */
  check(value: unknown, resource?: any): Violation[];
}

const READ = '2026-12-01';

/** `tags["R&D"]` for keys that are not plain identifiers, `tags.Owner` for the rest. */
export function keySubpath(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function tagEntries(value: unknown): Array<[string, unknown]> {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

/** Length in Unicode code points, as AWS counts characters. */
const length = (s: string) => [...s].length;

function stringRule(value: unknown, checks: Array<[boolean | ((s: string) => boolean), string]>): Violation[] {
  if (typeof value !== 'string') return [];
  for (const [bad, why] of checks) {
    if (typeof bad === 'function' ? bad(value) : bad) return [{ value, message: `${describeValue(value)} ${why}` }];
  }
  return [];
}

const TAGS_ANYWHERE: RuleTarget[] = [{ kind: '*', field: 'tags' }];

/** Letters, digits and white space of any script, and `_ . : / = + - @`. */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const SG_CHARACTERS = /^[a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]*$/;
const SG_RULE_CHARACTERS = /^[a-zA-Z0-9 ._\-:/()#,@[\]+=;{}!$*]*$/;
const IAM_NAME = /^[\w+=,.@-]+$/;

export const DOCUMENTED_RULES: DocumentedRule[] = [
  {
    id: 'tag-key',
    source: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html (Tag naming limits and requirements)',
    read: READ,
    appliesTo: TAGS_ANYWHERE,
    check: (tags) =>
      tagEntries(tags).flatMap(([key]) => {
        const at = { subpath: keySubpath(key), value: key };
        if (length(key) < 1 || length(key) > 128) return [{ ...at, message: `tag key ${describeValue(key)} must be 1 to 128 characters long` }];
        if (/^aws:/i.test(key)) return [{ ...at, message: `tag key ${describeValue(key)} begins with aws:, which AWS reserves for its own tags` }];
        return [];
      }),
  },
  {
    id: 'tag-value',
    source: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html (Tag naming limits and requirements)',
    read: READ,
    appliesTo: TAGS_ANYWHERE,
    check: (tags) =>
      tagEntries(tags).flatMap(([key, value]) =>
        typeof value === 'string' && length(value) > 256
          ? [{ subpath: keySubpath(key), value, message: `tag value of ${describeValue(key)} is ${length(value)} characters long: at most 256` }]
          : [],
      ),
  },
  {
    id: 'tag-count',
    source: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html (Tag naming limits and requirements)',
    read: READ,
    appliesTo: TAGS_ANYWHERE,
    check: (tags) => {
      const n = tagEntries(tags).length;
      return n > 50 ? [{ value: `${n} tags`, message: `${n} tags: AWS allows at most 50 user tags per resource` }] : [];
    },
  },
  {
    // EC2 accepts any character in tags; IAM and S3 do not (the IAM page lists the characters; S3 answers InvalidTag).
    id: 'tag-characters',
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html (Rules for tagging) and https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging-managing.html',
    read: READ,
    appliesTo: [
      { kind: 'iam/*', field: 'tags' },
      { kind: 's3/*', field: 'tags' },
    ],
    check: (tags) =>
      tagEntries(tags).flatMap(([key, value]) => {
        const bad = [key, value].find((s) => typeof s === 'string' && !TAG_CHARACTERS.test(s));
        return bad === undefined
          ? []
          : [
              {
                subpath: keySubpath(key),
                value: bad,
                message: `tag ${bad === key ? 'key' : 'value'} ${describeValue(bad)} has characters IAM and S3 refuse: only letters, digits, spaces and _ . : / = + - @`,
              },
            ];
      }),
  },
  {
    // Only with tags in instance metadata allowed: a key IMDS cannot serve fails the launch.
    id: 'ec2-instance-metadata-tag-keys',
    source:
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-tags-in-IMDS.html (restrictions on tag keys when tags are allowed in instance metadata)',
    read: READ,
    appliesTo: [
      { kind: 'ec2/Instance', field: 'tags' },
      { kind: 'ec2/LaunchTemplate', field: 'tags' },
    ],
    check: (tags, resource) => {
      const enabled = ['forProvider', 'initProvider'].some((b) => resource?.spec?.[b]?.metadataOptions?.instanceMetadataTags === 'enabled');
      if (!enabled) return [];
      return tagEntries(tags).flatMap(([key]) =>
        /^[a-zA-Z0-9+\-=.,_:@]+$/.test(key) && !['.', '..', '_index'].includes(key)
          ? []
          : [
              {
                subpath: keySubpath(key),
                value: key,
                message: `tag key ${describeValue(key)} cannot be served in instance metadata (instanceMetadataTags: enabled): only letters, digits and + - = . , _ : @, not ".", ".." or "_index"`,
              },
            ],
      );
    },
  },
  {
    id: 's3-bucket-name',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html (General purpose bucket naming rules)',
    read: READ,
    appliesTo: [{ kind: 's3/Bucket', field: '@external-name' }],
    check: (v) =>
      stringRule(v, [
        [(s) => s.length < 3 || s.length > 63, 'is not a valid bucket name: 3 to 63 characters'],
        [(s) => !/^[a-z0-9.-]*$/.test(s), 'is not a valid bucket name: only lowercase letters, digits, dots and hyphens'],
        [(s) => !/^[a-z0-9].*[a-z0-9]$/.test(s), 'is not a valid bucket name: it must begin and end with a letter or digit'],
        [(s) => s.includes('..'), 'is not a valid bucket name: no two adjacent dots'],
        [(s) => /^\d+\.\d+\.\d+\.\d+$/.test(s), 'is not a valid bucket name: it must not look like an IP address'],
        [(s) => /^(xn--|sthree-|amzn-s3-demo-)/.test(s), 'is not a valid bucket name: the prefixes xn--, sthree- and amzn-s3-demo- are reserved'],
        [
          (s) => /(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(s),
          'is not a valid bucket name: the suffixes -s3alias, --ol-s3, .mrap, --x-s3 and --table-s3 are reserved',
        ],
      ]),
  },
  {
    id: 'iam-role-name',
    source: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (RoleName)',
    read: READ,
    appliesTo: [{ kind: 'iam/Role', field: '@external-name' }],
    check: (v) =>
      stringRule(v, [
        [(s) => s.length < 1 || s.length > 64, 'is not a valid IAM role name: 1 to 64 characters'],
        [(s) => !IAM_NAME.test(s), 'is not a valid IAM role name: only letters, digits and + = , . @ _ -'],
      ]),
  },
  {
    id: 'iam-role-description',
    source: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (Description)',
    read: READ,
    appliesTo: [{ kind: 'iam/Role', field: 'description' }],
    check: (v) =>
      stringRule(v, [
        [(s) => s.length > 1000, 'is too long for an IAM role description: at most 1000 characters'],
        [(s) => !/^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/.test(s), 'has characters an IAM role description may not hold (printable Latin-1 only)'],
      ]),
  },
  {
    id: 'iam-instance-profile-name',
    source: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateInstanceProfile.html (InstanceProfileName)',
    read: READ,
    appliesTo: [{ kind: 'iam/InstanceProfile', field: '@external-name' }],
    check: (v) =>
      stringRule(v, [
        [(s) => s.length < 1 || s.length > 128, 'is not a valid instance profile name: 1 to 128 characters'],
        [(s) => !IAM_NAME.test(s), 'is not a valid instance profile name: only letters, digits and + = , . @ _ -'],
      ]),
  },
  {
    id: 'ec2-security-group-name',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html (GroupName)',
    read: READ,
    appliesTo: [
      { kind: 'ec2/SecurityGroup', field: 'name' },
      { kind: 'ec2/SecurityGroup', field: 'namePrefix' },
    ],
    check: (v) =>
      stringRule(v, [
        [(s) => s.startsWith('sg-'), 'is not a valid security group name: it must not begin with sg-'],
        [(s) => s.length > 255, 'is not a valid security group name: at most 255 characters'],
        [(s) => !SG_CHARACTERS.test(s), 'is not a valid security group name: only a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*'],
      ]),
  },
  {
    id: 'ec2-security-group-description',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html (GroupDescription)',
    read: READ,
    appliesTo: [{ kind: 'ec2/SecurityGroup', field: 'description' }],
    check: (v) =>
      stringRule(v, [
        [(s) => s.length > 255, 'is not a valid security group description: at most 255 characters'],
        [(s) => !SG_CHARACTERS.test(s), 'is not a valid security group description: only a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*'],
      ]),
  },
  {
    id: 'ec2-security-group-rule-description',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpRange.html (Description)',
    read: READ,
    appliesTo: [
      { kind: 'ec2/SecurityGroupIngressRule', field: 'description' },
      { kind: 'ec2/SecurityGroupEgressRule', field: 'description' },
    ],
    check: (v) =>
      stringRule(v, [
        [(s) => s.length > 255, 'is not a valid security group rule description: at most 255 characters'],
        [(s) => !SG_RULE_CHARACTERS.test(s), 'is not a valid security group rule description: only a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=;{}!$*'],
      ]),
  },
  {
    id: 'ec2-key-pair-name',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html (KeyName)',
    read: READ,
    appliesTo: [{ kind: 'ec2/KeyPair', field: '@external-name' }],
    check: (v) =>
      stringRule(v, [
        [(s) => s.length < 1 || s.length > 255, 'is not a valid key pair name: 1 to 255 characters'],
        [(s) => !/^[\x20-\x7e]*$/.test(s), 'is not a valid key pair name: ASCII characters only'],
      ]),
  },
  {
    id: 'ec2-key-type',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportKeyPair.html (imports RSA and ED25519 keys)',
    read: READ,
    appliesTo: [{ kind: 'ec2/KeyPair', field: 'publicKey' }],
    check: (v) => {
      if (typeof v !== 'string') return [];
      const type = v.trim().split(/\s+/)[0];
      return type === 'ssh-rsa' || type === 'ssh-ed25519'
        ? []
        : [{ value: type, message: `${describeValue(type)} keys cannot be imported into EC2: only ssh-rsa and ssh-ed25519 keys` }];
    },
  },
];
