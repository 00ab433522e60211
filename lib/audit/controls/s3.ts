/**
 * S3 controls of the AWS Foundational Security Best Practices. The provider splits a bucket's configuration
 * into objects that select the bucket (`bucket`/`bucketRef`/`bucketSelector`): each control looks for the
 * object that must protect each Bucket.
 */
import type { KubeObject } from '../../render/function-io';
import { asList, conditionValues, parsePolicy, principals, Statement } from '../policy';
import { block, displayName, externalName, kinds, param, ResourceSet, single } from '../resources';
import type { AuditContext, Control, Finding, KindRef } from '../control';

const pass = (resource: KubeObject, reason: string): Finding => ({ resource, outcome: 'PASS', reason });
const fail = (resource: KubeObject, reason: string): Finding => ({ resource, outcome: 'FAIL', reason });
const na = (resource: KubeObject, reason: string): Finding => ({ resource, outcome: 'N/A', reason });

/** The objects of `kind` configuring a bucket. */
export function bucketParts(resources: ResourceSet, bucket: KubeObject, kind: KindRef): KubeObject[] {
  return resources.referrers(bucket, kind, single('bucket'));
}

/** The cloud name of a bucket: its external name. */
export const bucketName = (bucket: KubeObject): string => externalName(bucket) ?? '<unnamed bucket>';

/** Buckets that receive logs: targets of a BucketLogging, or S3 destinations of a FlowLog. */
export function logTargets(resources: ResourceSet): Map<KubeObject, string> {
  const targets = new Map<KubeObject, string>();
  for (const logging of resources.of(kinds.bucketLogging)) {
    for (const t of resources.resolve(logging, single('targetBucket'), kinds.bucket)) targets.set(t, `server access logs of ${displayName(logging)}`);
  }
  for (const flow of resources.of(kinds.flowLog)) {
    const dest = /^arn:aws[a-z-]*:s3:::([^/]+)/.exec(String(param(flow, 'logDestination') ?? ''))?.[1];
    const bucket = dest ? resources.of(kinds.bucket).find((b) => bucketName(b) === dest) : undefined;
    if (bucket) targets.set(bucket, `flow logs of ${displayName(flow)}`);
  }
  return targets;
}

/** A control checking each Bucket by what its configuration objects say. */
function bucketControl(
  base: Omit<Control, 'check' | 'appliesTo'> & { part: KindRef; accept?: Control['accept'] },
  judge: (bucket: KubeObject, parts: KubeObject[], ctx: AuditContext) => Finding,
): Control {
  const { part, ...rest } = base;
  return {
    ...rest,
    appliesTo: [kinds.bucket, part],
    check(ctx) {
      return ctx.resources.of(kinds.bucket).map((b) => judge(b, bucketParts(ctx.resources, b, part), ctx));
    },
  };
}

const s3_8 = bucketControl(
  {
    id: 'S3.8',
    title: 'Buckets block public access: a BucketPublicAccessBlock with all four settings true (S3.1 is the account-level block)',
    source: 'AWS FSBP / CIS',
    part: kinds.bucketPublicAccessBlock,
  },
  (b, parts) => {
    if (!parts.length) return fail(b, 'no BucketPublicAccessBlock selects this bucket');
    const flags = ['blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets'];
    const full = parts.find((p) => flags.every((f) => param(p, f) === true));
    if (full) return pass(b, `${displayName(full)}: all four true`);
    const off = flags.filter((f) => param(parts[0], f) !== true);
    return fail(b, `${displayName(parts[0])}: ${off.join(', ')} not true`);
  },
);

/** Whether a resource list covers the bucket itself and its objects. */
function coversBucket(resources: string[], name: string): boolean {
  const arn = `arn:aws:s3:::${name}`;
  const covers = (target: string) => resources.some((r) => r === '*' || r === target || (r.endsWith('*') && target.startsWith(r.slice(0, -1))));
  return covers(arn) && covers(`${arn}/*`);
}

function deniesInsecureTransport(st: Statement, bucket: string): boolean {
  if (st.Effect !== 'Deny' || !principals(st).includes('*')) return false;
  if (!asList(st.Action).some((a) => a === 's3:*' || a === '*')) return false;
  const secure = conditionValues(st, 'aws:SecureTransport', ['Bool', 'BoolIfExists']);
  return secure.some((v) => v.toLowerCase() === 'false') && coversBucket(asList(st.Resource), bucket);
}

const s3_5 = bucketControl(
  {
    id: 'S3.5',
    title: 'Buckets require TLS: the bucket policy denies every request with aws:SecureTransport false',
    source: 'AWS FSBP',
    part: kinds.bucketPolicy,
  },
  (b, parts) => {
    if (!parts.length) return fail(b, 'no BucketPolicy selects this bucket');
    const problems: string[] = [];
    for (const p of parts) {
      const doc = parsePolicy(param(p, 'policy'));
      if (!doc.ok) {
        problems.push(`${displayName(p)}: ${doc.error}`);
        continue;
      }
      const deny = doc.statements.find((st) => deniesInsecureTransport(st, bucketName(b)));
      if (deny) return pass(b, `${displayName(p)} statement ${deny.Sid ?? '(no Sid)'} denies s3:* without TLS on the bucket and its objects`);
      problems.push(`${displayName(p)} has no Deny of s3:* for aws:SecureTransport false covering ${bucketName(b)} and its objects`);
    }
    return fail(b, problems.join('; '));
  },
);

const s3_9 = bucketControl(
  { id: 'S3.9', title: 'Buckets have server access logging (buckets that are themselves log targets excepted)', source: 'AWS FSBP', part: kinds.bucketLogging },
  (b, parts, { resources }) => {
    const target = logTargets(resources).get(b);
    if (parts.length) {
      const into = resources.resolveOne(parts[0], single('targetBucket'), kinds.bucket);
      return pass(
        b,
        `${displayName(parts[0])} logs to ${into ? bucketName(into) : String(param(parts[0], 'targetBucket') ?? 'its target')}${param(parts[0], 'targetPrefix') ? ` under ${param(parts[0], 'targetPrefix')}` : ''}`,
      );
    }
    if (target) return na(b, `a log target (${target}): logging its own access into itself would loop`);
    return fail(b, 'no BucketLogging selects this bucket');
  },
);

const s3_12 = bucketControl(
  {
    id: 'S3.12',
    title: 'ACLs are disabled: BucketOwnershipControls with objectOwnership BucketOwnerEnforced, no BucketACL',
    source: 'AWS FSBP',
    part: kinds.bucketOwnershipControls,
  },
  (b, parts, { resources }) => {
    const acls = bucketParts(resources, b, kinds.bucketAcl);
    if (acls.length) return fail(b, `${displayName(acls[0])} manages an ACL on this bucket`);
    const enforced = parts.find((p) => block(param(p, 'rule'))?.objectOwnership === 'BucketOwnerEnforced');
    if (enforced) return pass(b, `${displayName(enforced)}: BucketOwnerEnforced`);
    return fail(
      b,
      parts.length
        ? `${displayName(parts[0])}: objectOwnership ${block(param(parts[0], 'rule'))?.objectOwnership ?? 'not set'}`
        : 'no BucketOwnershipControls selects this bucket',
    );
  },
);

const s3_13 = bucketControl(
  { id: 'S3.13', title: 'Buckets have a lifecycle configuration with an enabled rule', source: 'AWS FSBP', part: kinds.bucketLifecycle },
  (b, parts) => {
    const rules = parts.flatMap((p) => ((param(p, 'rule') ?? []) as any[]).map((r) => ({ p, r })));
    const enabled = rules.filter(({ r }) => r?.status === 'Enabled');
    if (enabled.length) return pass(b, `${displayName(enabled[0].p)}: ${enabled.map(({ r }) => r.id ?? '(no id)').join(', ')} enabled`);
    return fail(b, parts.length ? `${displayName(parts[0])} has no enabled rule` : 'no BucketLifecycleConfiguration selects this bucket');
  },
);

const s3_14 = bucketControl({ id: 'S3.14', title: 'Buckets have versioning enabled', source: 'AWS FSBP', part: kinds.bucketVersioning }, (b, parts) => {
  const on = parts.find((p) => block(param(p, 'versioningConfiguration'))?.status === 'Enabled');
  if (on) return pass(b, `${displayName(on)}: Enabled`);
  return fail(
    b,
    parts.length
      ? `${displayName(parts[0])}: status ${block(param(parts[0], 'versioningConfiguration'))?.status ?? 'not set'}`
      : 'no BucketVersioning selects this bucket',
  );
});

function defaultEncryption(parts: KubeObject[]): { part: KubeObject; algorithm: string; key?: string; bucketKey?: boolean } | undefined {
  for (const p of parts) {
    for (const rule of (param(p, 'rule') ?? []) as any[]) {
      const sse = block(rule?.applyServerSideEncryptionByDefault);
      if (sse?.sseAlgorithm) return { part: p, algorithm: sse.sseAlgorithm, key: sse.kmsMasterKeyId, bucketKey: rule?.bucketKeyEnabled };
    }
  }
  return undefined;
}

const s3_4 = bucketControl(
  {
    id: 'S3.4',
    title: 'Buckets have default server-side encryption configured (retired in Security Hub: S3 encrypts by default)',
    source: 'AWS FSBP',
    part: kinds.bucketEncryption,
  },
  (b, parts) => {
    const sse = defaultEncryption(parts);
    return sse
      ? pass(b, `${displayName(sse.part)}: ${sse.algorithm}${sse.key ? ` with ${sse.key}` : ''}`)
      : fail(b, 'no BucketServerSideEncryptionConfiguration with a default algorithm selects this bucket');
  },
);

const s3_17 = bucketControl(
  {
    id: 'S3.17',
    title: 'When a KMS key is requested, buckets are encrypted with SSE-KMS under that key',
    source: 'AWS FSBP',
    part: kinds.bucketEncryption,
    // Log delivery (VPC flow logs, S3 server access logs) cannot write with a customer-managed key unless the
    // key policy grants the delivery service: a log target keeps SSE-S3.
    accept(finding, { resources }) {
      const target = logTargets(resources).get(finding.resource);
      const sse = defaultEncryption(bucketParts(resources, finding.resource, kinds.bucketEncryption));
      return target && sse
        ? `a log target (${target}) keeps ${sse.algorithm}: the log delivery services cannot write with a customer-managed key without key-policy grants`
        : undefined;
    },
  },
  (b, parts, { options }) => {
    const sse = defaultEncryption(parts);
    if (!options.kmsKeyArn) return na(b, `no KMS key requested${sse ? ` (${sse.algorithm})` : ''}`);
    if (!sse) return fail(b, 'no default encryption configured');
    if (!sse.algorithm.startsWith('aws:kms')) return fail(b, `${displayName(sse.part)}: ${sse.algorithm}, not SSE-KMS`);
    if (sse.key !== options.kmsKeyArn)
      return fail(b, `${displayName(sse.part)}: SSE-KMS with ${sse.key ?? 'the AWS-managed key'}, not the requested ${options.kmsKeyArn}`);
    return pass(b, `${displayName(sse.part)}: ${sse.algorithm} with the requested key${sse.bucketKey ? ', bucket key enabled' : ''}`);
  },
);

export const S3_CONTROLS: Control[] = [s3_4, s3_5, s3_8, s3_9, s3_12, s3_13, s3_14, s3_17];
