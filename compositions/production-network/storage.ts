/**
 * The logs and backup buckets, each with every protection as its own object: public access blocked four ways,
 * versioning, default encryption, bucket-owner-enforced ownership (ACLs off), a TLS-only policy and a lifecycle.
 * The logs bucket receives the VPC flow logs and the backup bucket's access logs; only those two delivery
 * services may write to it, under their own prefixes, for this account.
 *
 * Buckets and their protections are orphaned by default when the claim is deleted, so kept data keeps its
 * protections. Bucket names are derived from the claim's identity: the flow log's destination is the bucket's
 * ARN as a plain string (no selector), so the name must be known in advance.
 */
import {
  BucketLifecycleConfiguration,
  BucketLoggingV1Beta2,
  BucketOwnershipControlsV1Beta2,
  BucketPolicy,
  BucketPublicAccessBlock,
  BucketServerSideEncryptionConfigurationV1Beta2,
  BucketV1Beta2,
  BucketVersioningV1Beta2,
} from '../../imports/s3.aws.upbound.io';
import { EXTERNAL_NAME_FIELD_PATH } from '../../lib/crossplane';
import { combine, fromComposite, Patch, transforms } from '../../lib/authoring/typed-patches';
import { ComposedResource } from '../../lib/authoring/resource';
import { storageSchema } from './api';
import { CompositionContext, ManagedKind, param, ResourceSpec, status } from './context';
import { BucketRole, names } from './names';

/** Where the backup bucket's server access logs land in the logs bucket. */
export const ACCESS_LOG_PREFIX = 's3-access/backup/';
const ABORT_INCOMPLETE_UPLOADS_DAYS = 7;
// The API's defaults (its schema holds the one definition), so each base is the default claim's object on its own;
// the claim's choice is patched in.
const DEFAULT_LOG_RETENTION_DAYS: number = storageSchema.properties.logRetentionDays.default;
const DEFAULT_BACKUP_NONCURRENT_DAYS: number = storageSchema.properties.backupNoncurrentVersionDays.default;
const LOGS_NONCURRENT_DAYS = 30;

const denyInsecureTransport = (bucket: string) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

/**
 * Policy documents as Go format strings for a combine patch: %[1]s bucket, %[2]s account id, %[3]s region,
 * %[4]s the backup bucket (the only source of server access logs).
 */
export const BUCKET_POLICIES: Record<BucketRole, string> = {
  logs: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      denyInsecureTransport('%[1]s'),
      {
        Sid: 'FlowLogsWrite',
        Effect: 'Allow',
        Principal: { Service: 'delivery.logs.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::%[1]s/AWSLogs/%[2]s/*',
        Condition: {
          StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': '%[2]s' },
          ArnLike: { 'aws:SourceArn': 'arn:aws:logs:%[3]s:%[2]s:*' },
        },
      },
      {
        Sid: 'FlowLogsAclCheck',
        Effect: 'Allow',
        Principal: { Service: 'delivery.logs.amazonaws.com' },
        Action: ['s3:GetBucketAcl', 's3:ListBucket'],
        Resource: 'arn:aws:s3:::%[1]s',
        Condition: { StringEquals: { 'aws:SourceAccount': '%[2]s' }, ArnLike: { 'aws:SourceArn': 'arn:aws:logs:%[3]s:%[2]s:*' } },
      },
      {
        Sid: 'AccessLogsWrite',
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::%[1]s/${ACCESS_LOG_PREFIX}*`,
        Condition: { StringEquals: { 'aws:SourceAccount': '%[2]s' }, ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::%[4]s' } },
      },
    ],
  }),
  backup: JSON.stringify({ Version: '2012-10-17', Statement: [denyInsecureTransport('%[1]s')] }),
};

export function storage(ctx: CompositionContext): ComposedResource[] {
  return [...bucket(ctx, 'logs'), ...bucket(ctx, 'backup')];
}

function bucket(ctx: CompositionContext, role: BucketRole): ComposedResource[] {
  const bucketName = names.bucket(role);
  const bucketSelector = ctx.select(bucketName);
  // Every object that protects the bucket shares its deletion policy: a kept bucket keeps its protections.
  // Typed loosely: each generated kind has its own (identical) deletionPolicy enum. The flavour's patch then sets
  // the claim's choice (or, for namespaced kinds, management policies).
  const kept = { deletionPolicy: 'Orphan' as any };
  const labels = { bucket: role };
  const statusField = role === 'logs' ? 'logsBucketName' : 'backupBucketName';
  /** A protection of the bucket: untagged, kept with it. */
  const protection = <P extends { metadata?: object; spec: object }>(
    part: string,
    kind: ManagedKind<P>,
    forProvider: ResourceSpec<P>['forProvider'],
    patches: Patch[] = [],
  ): ComposedResource =>
    ctx.resource(names.bucketPart(role, part), kind, {
      labels,
      spec: kept as ResourceSpec<P>['spec'],
      forProvider,
      patches: [ctx.flavour.deletionPolicy(), ...patches],
    });

  const resources: ComposedResource[] = [
    ctx.resource(bucketName, BucketV1Beta2, {
      labels,
      purpose: role === 'logs' ? 'VPC flow logs and S3 access logs' : 'backups',
      spec: kept,
      forProvider: { forceDestroy: false },
      patches: [
        ctx.flavour.deletionPolicy(),
        // Delete must finish: these buckets are versioned and receive logs, and DeleteBucket refuses a bucket that
        // holds objects or versions (BucketNotEmpty). terraform-provider-aws empties the bucket first only with
        // force_destroy (internal/service/s3/bucket.go, resourceBucketDelete: on BucketNotEmpty it deletes every
        // object version when force_destroy is set, else returns the error, and the claim's foreground deletion
        // waits forever). Never under Orphan: nothing is deleted then, and a later switch to Delete is explicit.
        fromComposite(param('storage.deletionPolicy'), 'spec.forProvider.forceDestroy', { transforms: [transforms.map({ Orphan: false, Delete: true })] }),
        // Unique across AWS accounts (bucket names are global): composed once the VPC reports the account id.
        ...ctx.derivedName(role, EXTERNAL_NAME_FIELD_PATH, { perAccount: true }),
        ctx.toStatus('status.atProvider.id', statusField),
      ],
    }),
    protection('public-access-block', BucketPublicAccessBlock, {
      bucketSelector,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    }),
    protection('versioning', BucketVersioningV1Beta2, { bucketSelector, versioningConfiguration: { status: 'Enabled' } }),
    protection(
      'encryption',
      BucketServerSideEncryptionConfigurationV1Beta2,
      { bucketSelector, rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] },
      role === 'backup'
        ? [
            // A KMS key switches the backup bucket to SSE-KMS with an S3 bucket key (fewer KMS requests, lower cost).
            fromComposite(param('storage.kmsKeyArn'), 'spec.forProvider.rule[0].applyServerSideEncryptionByDefault.kmsMasterKeyId'),
            fromComposite(param('storage.kmsKeyArn'), 'spec.forProvider.rule[0].applyServerSideEncryptionByDefault.sseAlgorithm', {
              transforms: [transforms.matchRegexp([['^arn:', 'aws:kms']])],
            }),
            fromComposite(param('storage.kmsKeyArn'), 'spec.forProvider.rule[0].bucketKeyEnabled', { transforms: [transforms.matchRegexp([['^arn:', true]])] }),
          ]
        : [],
    ),
    protection('ownership', BucketOwnershipControlsV1Beta2, { bucketSelector, rule: { objectOwnership: 'BucketOwnerEnforced' } }),
    protection('policy', BucketPolicy, { bucketSelector }, [
      // Written once the bucket and the VPC report their name and account: the policy is scoped to both.
      combine([status(statusField), status('accountId'), param('region'), status('backupBucketName')], BUCKET_POLICIES[role], 'spec.forProvider.policy', {
        required: true,
      }),
      // The flow log waits for this (observability.ts): see logsBucketPolicyId in the status.
      ...(role === 'logs' ? [ctx.toStatus('status.atProvider.id', 'logsBucketPolicyId')] : []),
    ]),
    protection(
      'lifecycle',
      BucketLifecycleConfiguration,
      {
        bucketSelector,
        rule: [
          role === 'logs'
            ? {
                id: 'expire-logs',
                status: 'Enabled',
                filter: [{ prefix: '' }],
                expiration: [{ days: DEFAULT_LOG_RETENTION_DAYS }],
                noncurrentVersionExpiration: [{ noncurrentDays: LOGS_NONCURRENT_DAYS }],
                abortIncompleteMultipartUpload: [{ daysAfterInitiation: ABORT_INCOMPLETE_UPLOADS_DAYS }],
              }
            : {
                id: 'expire-noncurrent-versions',
                status: 'Enabled',
                filter: [{ prefix: '' }],
                noncurrentVersionExpiration: [{ noncurrentDays: DEFAULT_BACKUP_NONCURRENT_DAYS }],
                abortIncompleteMultipartUpload: [{ daysAfterInitiation: ABORT_INCOMPLETE_UPLOADS_DAYS }],
              },
        ],
      },
      [
        role === 'logs'
          ? fromComposite(param('storage.logRetentionDays'), 'spec.forProvider.rule[0].expiration[0].days')
          : fromComposite(param('storage.backupNoncurrentVersionDays'), 'spec.forProvider.rule[0].noncurrentVersionExpiration[0].noncurrentDays'),
      ],
    ),
  ];

  if (role === 'backup') {
    resources.push(
      protection('logging', BucketLoggingV1Beta2, { bucketSelector, targetBucketSelector: ctx.select(names.bucket('logs')), targetPrefix: ACCESS_LOG_PREFIX }),
    );
  }
  return resources;
}
