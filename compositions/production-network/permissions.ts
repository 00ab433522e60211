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
}

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
];
