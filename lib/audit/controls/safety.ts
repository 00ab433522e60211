/**
 * Controls beyond Security Hub's: data survives the deletion of what composed it, bucket names are chosen rather
 * than generated, and what the composition grants (an instance role, bucket policies) is the least that works.
 */
import type { KubeObject } from '../../render/function-io';
import { asList, conditionValues, parsePolicy, principals } from '../policy';
import { BUCKET_PROTECTION_KINDS, displayName, externalName, isNamespacedKind, kinds, param, single, ANNOTATION_EXTERNAL_NAME } from '../resources';
import type { Control, Finding } from '../control';
import { attachedPolicies, instanceRole, SSM_MANAGED_INSTANCE_CORE } from './ec2';

const pass = (resource: KubeObject, reason: string): Finding => ({ resource, outcome: 'PASS', reason });
const fail = (resource: KubeObject, reason: string): Finding => ({ resource, outcome: 'FAIL', reason });

/** Why an object's cloud resource would be deleted with it, or undefined when it is kept. */
export function deletesCloudObject(obj: KubeObject): string | undefined {
  const policies: string[] | undefined = obj.spec?.managementPolicies;
  const deleting = policies?.filter((p) => p === 'Delete' || p === '*');
  if (policies && deleting!.length === 0) return undefined;
  if (isNamespacedKind(obj)) {
    // Namespaced managed resources have no deletionPolicy: only the management policies decide.
    return policies ? `managementPolicies include ${deleting!.join(', ')}` : 'no managementPolicies: the default ["*"] includes Delete';
  }
  const deletion = obj.spec?.deletionPolicy;
  if (deletion === 'Orphan') return undefined;
  return deletion ? `deletionPolicy: ${deletion}` : 'no deletionPolicy: the default is Delete';
}

const data_1: Control = {
  id: 'DATA.1',
  title: 'Buckets and every object protecting them survive deletion of the composite (Orphan), unless deletion was asked for',
  source: 'data safety',
  appliesTo: [kinds.bucket, ...BUCKET_PROTECTION_KINDS],
  check({ resources }) {
    return [kinds.bucket, ...BUCKET_PROTECTION_KINDS]
      .flatMap((k) => resources.of(k))
      .map((obj) => {
        const why = deletesCloudObject(obj);
        if (why) return fail(obj, `deleted with the composite: ${why}`);
        return pass(
          obj,
          isNamespacedKind(obj) || obj.spec?.managementPolicies
            ? `kept: managementPolicies [${obj.spec.managementPolicies.join(', ')}] without Delete`
            : 'kept: deletionPolicy Orphan',
        );
      });
  },
  accept(_finding, { options }) {
    return options.dataDeletionRequested ? `explicit opt-in: ${options.dataDeletionRequested}` : undefined;
  },
};

const data_2: Control = {
  id: 'DATA.2',
  title: 'No bucket sets forceDestroy (deleting a bucket never deletes its objects)',
  source: 'data safety',
  appliesTo: [kinds.bucket],
  check({ resources }) {
    return resources
      .of(kinds.bucket)
      .map((b) =>
        param(b, 'forceDestroy') === true ? fail(b, 'forceDestroy: true') : pass(b, `forceDestroy ${param(b, 'forceDestroy') ?? 'not set (false)'}`),
      );
  },
  // A bucket that is deleted with its composite because deletion was asked for needs forceDestroy for the deletion
  // to finish (a versioned bucket with objects refuses DeleteBucket: terraform-provider-aws
  // internal/service/s3/bucket.go, resourceBucketDelete). A kept bucket with forceDestroy stays a finding.
  accept(finding, { options }) {
    return options.dataDeletionRequested && deletesCloudObject(finding.resource)
      ? `explicit opt-in: ${options.dataDeletionRequested}; forceDestroy lets that deletion finish`
      : undefined;
  },
};

const BUCKET_NAME_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const BUCKET_NAME_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/** Why `name` is not a valid general-purpose S3 bucket name, or undefined when it is. */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return `${name.length} characters (3 to 63 allowed)`;
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) return 'only lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit';
  if (name.includes('..')) return 'two adjacent dots';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'formatted as an IP address';
  const prefix = BUCKET_NAME_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return `reserved prefix ${prefix}`;
  const suffix = BUCKET_NAME_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `reserved suffix ${suffix}`;
  return undefined;
}

const data_3: Control = {
  id: 'DATA.3',
  title: 'Bucket names are set explicitly (crossplane.io/external-name) and valid: a generated name would change and orphan the data',
  source: 'data safety',
  appliesTo: [kinds.bucket],
  check({ resources }) {
    return resources.of(kinds.bucket).map((b) => {
      const name = b.metadata?.annotations?.[ANNOTATION_EXTERNAL_NAME];
      if (!name) return fail(b, `no crossplane.io/external-name: the bucket would be named after the object (${externalName(b) ?? 'generated'})`);
      const problem = bucketNameProblem(name);
      return problem ? fail(b, `${name}: ${problem}`) : pass(b, name);
    });
  },
};

const EC2_TRUST = 'Service:ec2.amazonaws.com';

const lp_1: Control = {
  id: 'LP.1',
  title: 'Instance roles hold exactly AmazonSSMManagedInstanceCore: no other attachment, no inline policy, trusted by EC2 only',
  source: 'least privilege',
  appliesTo: [kinds.role, kinds.rolePolicyAttachment, kinds.rolePolicy],
  check({ resources }) {
    const roles = new Set(
      resources
        .of(kinds.instance)
        .map((i) => instanceRole(resources, i).role)
        .filter((r): r is KubeObject => !!r),
    );
    return [...roles].map((role) => {
      const problems: string[] = [];
      const attached = attachedPolicies(resources, role);
      const extra = attached.filter((p) => !SSM_MANAGED_INSTANCE_CORE.test(p.arn));
      if (extra.length) problems.push(`also attached: ${extra.map((p) => `${p.arn} (${displayName(p.by)})`).join(', ')}`);
      if (!attached.length) problems.push('no AmazonSSMManagedInstanceCore');
      const inline = resources.referrers(role, kinds.rolePolicy, single('role'));
      if (inline.length) problems.push(`inline policies: ${inline.map(displayName).join(', ')}`);
      if ((param(role, 'inlinePolicy') ?? []).some((p: any) => p?.policy)) problems.push('inlinePolicy blocks on the role');
      const trust = parsePolicy(param(role, 'assumeRolePolicy'));
      if (!trust.ok) problems.push(`trust policy: ${trust.error}`);
      else {
        const allows = trust.statements.filter((s) => s.Effect === 'Allow');
        const others = allows.flatMap(principals).filter((p) => p !== EC2_TRUST);
        if (others.length) problems.push(`trust policy also lets ${others.join(', ')} assume it`);
      }
      return problems.length
        ? fail(role, problems.join('; '))
        : pass(role, `only AmazonSSMManagedInstanceCore (${displayName(attached[0].by)}), trusted by ec2.amazonaws.com`);
    });
  },
};

/** Log delivery services and the actions each needs on a log bucket. */
export const LOG_DELIVERY_ACTIONS: Record<string, string[]> = {
  'Service:delivery.logs.amazonaws.com': ['s3:PutObject', 's3:GetBucketAcl', 's3:ListBucket'],
  'Service:logging.s3.amazonaws.com': ['s3:PutObject'],
};

const lp_2: Control = {
  id: 'LP.2',
  title: 'Bucket policies allow only the log delivery services, only the actions they need, for this account and this bucket',
  source: 'least privilege',
  appliesTo: [kinds.bucketPolicy],
  check({ resources }) {
    return resources.of(kinds.bucketPolicy).map((p) => {
      const bucket = resources.resolveOne(p, single('bucket'), kinds.bucket);
      const name = bucket ? externalName(bucket) : param(p, 'bucket');
      const doc = parsePolicy(param(p, 'policy'));
      if (!doc.ok) return fail(p, doc.error);
      if (!name) return fail(p, 'selects no bucket of this composite: its scope cannot be verified');
      const arn = `arn:aws:s3:::${name}`;
      const problems: string[] = [];
      const allows = doc.statements.filter((s) => s.Effect === 'Allow');
      const accounts = new Set<string>();
      for (const st of allows) {
        const sid = st.Sid ?? '(no Sid)';
        const who = principals(st);
        const strangers = who.filter((w) => !LOG_DELIVERY_ACTIONS[w]);
        if (strangers.length) problems.push(`${sid} allows ${strangers.join(', ')}`);
        const needed = new Set(who.flatMap((w) => LOG_DELIVERY_ACTIONS[w] ?? []));
        const excess = asList(st.Action).filter((a) => !needed.has(a));
        if (excess.length) problems.push(`${sid} allows ${excess.join(', ')}`);
        if ((st as any).NotAction || (st as any).NotPrincipal || (st as any).NotResource) problems.push(`${sid} uses NotAction/NotPrincipal/NotResource`);
        const account = conditionValues(st, 'aws:SourceAccount', ['StringEquals']);
        if (!account.length || !account.every((a) => /^\d{12}$/.test(a)))
          problems.push(`${sid} is not scoped by aws:SourceAccount (StringEquals an account id)`);
        account.forEach((a) => accounts.add(a));
        const outside = asList(st.Resource).filter((r) => r !== arn && !r.startsWith(`${arn}/`));
        if (!asList(st.Resource).length || outside.length) problems.push(`${sid} reaches beyond ${arn}: ${outside.join(', ') || 'no Resource'}`);
      }
      if (problems.length) return fail(p, problems.join('; '));
      if (!allows.length) return pass(p, 'allows nothing (deny statements only)');
      const services = [...new Set(allows.flatMap(principals).map((w) => w.replace(/^Service:/, '')))];
      return pass(p, `${allows.length} Allow statement(s) for ${services.join(', ')}, scoped to account ${[...accounts].join(', ')} and ${arn}`);
    });
  },
};

export const SAFETY_CONTROLS: Control[] = [data_1, data_2, data_3, lp_1, lp_2];
