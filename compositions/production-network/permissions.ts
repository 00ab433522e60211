/**
 * The permissions the provider's credentials need beyond the obvious create/describe/delete calls of each composed
 * kind: each one is checked by AWS inside another call, so a role without it fails on a resource that looks
 * unrelated. One list: README.md and docs/install.md both name every action (test/production-network/permissions.test.ts).
 */
export interface ProviderPermission {
  action: string;
  /** The call that needs it, and for which composed resource. */
  why: string;
  /** Where AWS documents it. */
  source: string;
  /** Only in some accounts: when it is needed, and the command that tells. */
  onlyWhen?: { condition: string; check: string };
}

/**
 * The account's default EBS key. The launch template asks for an encrypted root volume without naming a key, so EC2
 * encrypts with the account's default EBS key; when that is a customer managed key (landing zones often set one),
 * the principal calling RunInstances, and StartInstances after an instance type change, needs these on it, allowed
 * by its key policy too. Without them the instance goes from pending to terminated ("Client.InternalError: Client
 * error on launch"), and the provider, finding no instance, launches again on every retry (third review
 * 2026-12-01, finding 2).
 */
const DEFAULT_EBS_KEY = {
  condition: "the account's default EBS key is a customer managed KMS key (an alias other than alias/aws/ebs)",
  check: 'aws ec2 get-ebs-default-kms-key-id',
};
const EBS_KMS_SOURCE =
  'EC2 User Guide, "Amazon EBS encryption" (permissions for IAM users: required KMS actions); AWS Knowledge Center, "kms-iam-ec2-permission" and "encrypted-volumes-stops-immediately"';
const ebsKms = (action: string): ProviderPermission => ({
  action,
  why: "RunInstances (and StartInstances) of the bastion: its encrypted root volume uses the account's default EBS key",
  source: EBS_KMS_SOURCE,
  onlyWhen: DEFAULT_EBS_KEY,
});

/**
 * Tag-on-create (third review 2026-12-01, finding 5). Every composed object that takes tags is created with the
 * claim's tags, and AWS authorizes the tagging inside the create call or right after it: a policy granting the
 * create alone is refused on the first tagged create.
 */
const TAG_ON_CREATE: readonly ProviderPermission[] = [
  {
    action: 'iam:TagRole',
    why: 'CreateRole of the bastion roles with tags',
    source: 'IAM User Guide, "Permissions required to tag IAM resources" and "Tagging IAM roles"',
  },
  {
    action: 'iam:TagInstanceProfile',
    why: "CreateInstanceProfile of the bastion's instance profile with tags",
    source: 'IAM User Guide, "Permissions required to tag IAM resources" and "Tagging IAM instance profiles"',
  },
  {
    action: 'ec2:CreateTags',
    why: 'every EC2 create with tag specifications (VPC, subnets, internet and NAT gateways, Elastic IPs, route tables, security groups and their rules, the endpoint, the key pair, the flow log, the launch template) and RunInstances, which tags the instance, its root volume and network interface',
    source: 'EC2 User Guide, "Grant permission to tag Amazon EC2 resources during creation"',
  },
  {
    // terraform-provider-aws internal/service/s3/bucket.go tags a bucket with PutBucketTagging after CreateBucket
    // (and reads them back with GetBucketTagging), as in the stored tree; the 6.34.0 text was not re-read.
    action: 's3:PutBucketTagging',
    why: 'the logs and backup buckets: tagged by a separate call right after CreateBucket',
    source: 'Amazon S3 API Reference, "PutBucketTagging" (permissions: s3:PutBucketTagging)',
  },
  {
    action: 's3:GetBucketTagging',
    why: "the buckets' tags, read back after the create and on every observation",
    source: 'Amazon S3 API Reference, "GetBucketTagging" (permissions: s3:GetBucketTagging)',
  },
];

export const PROVIDER_PERMISSIONS: readonly ProviderPermission[] = [
  {
    action: 'iam:PassRole',
    why: "RunInstances of the bastion with its instance profile passes the bastion's role to EC2 (scope it to the bastion roles)",
    source:
      'IAM User Guide, "Use an IAM role to grant permissions to applications running on Amazon EC2 instances" (Permissions required for using roles with Amazon EC2)',
  },
  {
    action: 'ssm:GetParameters',
    why: "RunInstances resolves the launch template's resolve:ssm: image parameter with the caller's rights",
    source: 'EC2 User Guide, "Use a Systems Manager parameter instead of an AMI ID" (permissions)',
  },
  {
    action: 'logs:CreateLogDelivery',
    why: 'CreateFlowLogs to the logs bucket',
    source: 'VPC User Guide, "Publish flow logs to Amazon S3", IAM policy for IAM principals that publish flow logs to Amazon S3',
  },
  {
    action: 'logs:DeleteLogDelivery',
    why: 'DeleteFlowLogs of a flow log to S3',
    source: 'VPC User Guide, "Publish flow logs to Amazon S3", IAM policy for IAM principals that publish flow logs to Amazon S3',
  },
  {
    action: 's3:GetBucketPolicy',
    why: "CreateFlowLogs reads the logs bucket's policy to check the log delivery grant",
    source: 'VPC User Guide, "Publish flow logs to Amazon S3", Amazon S3 bucket permissions for flow logs',
  },
  {
    action: 's3:PutBucketPolicy',
    why: 'the logs and backup bucket policies (BucketPolicy), and CreateFlowLogs when it adds its grant',
    source: 'VPC User Guide, "Publish flow logs to Amazon S3", Amazon S3 bucket permissions for flow logs',
  },
  ...TAG_ON_CREATE,
  ...['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncrypt*'].map(ebsKms),
];
