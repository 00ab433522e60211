/**
 * The rendered managed resources of one composite, indexed by kind, with references resolved the way the Upjet
 * provider resolves them: a value (`bucket: my-bucket`, `vpcId: vpc-123`) names the target's external name or
 * id, a `…Ref` names the target object, a `…Selector` picks objects of the same controller (matchControllerRef)
 * carrying the given labels. Both scopes of the provider (`ec2.aws.upbound.io`, `ec2.aws.m.upbound.io`) count as
 * one kind.
 */
import type { KubeObject } from '../render/function-io';
import type { KindRef } from './control';

import { ANNOTATION_EXTERNAL_NAME, ANNOTATION_RESOURCE_NAME, LABEL_COMPOSITE } from '../crossplane';
export { ANNOTATION_EXTERNAL_NAME, ANNOTATION_RESOURCE_NAME };

const PROVIDER_GROUP = /^([a-z0-9]+)\.aws\.(m\.)?upbound\.io$/;

/** The provider family of an object (`ec2`), or undefined when it is no Upjet AWS kind. */
export function serviceOf(obj: KubeObject): string | undefined {
  const group = String(obj?.apiVersion ?? '').split('/')[0];
  return PROVIDER_GROUP.exec(group)?.[1];
}

/** True for the namespaced (`*.aws.m.upbound.io`) kinds, which have no deletionPolicy. */
export function isNamespacedKind(obj: KubeObject): boolean {
  return PROVIDER_GROUP.exec(String(obj?.apiVersion ?? '').split('/')[0])?.[2] !== undefined;
}

export function isKind(obj: KubeObject, ref: KindRef): boolean {
  return obj?.kind === ref.kind && serviceOf(obj) === ref.service;
}

export const kinds = {
  vpc: { service: 'ec2', kind: 'VPC' },
  subnet: { service: 'ec2', kind: 'Subnet' },
  securityGroup: { service: 'ec2', kind: 'SecurityGroup' },
  defaultSecurityGroup: { service: 'ec2', kind: 'DefaultSecurityGroup' },
  ingressRule: { service: 'ec2', kind: 'SecurityGroupIngressRule' },
  securityGroupRule: { service: 'ec2', kind: 'SecurityGroupRule' },
  instance: { service: 'ec2', kind: 'Instance' },
  launchTemplate: { service: 'ec2', kind: 'LaunchTemplate' },
  ebsVolume: { service: 'ec2', kind: 'EBSVolume' },
  eip: { service: 'ec2', kind: 'EIP' },
  flowLog: { service: 'ec2', kind: 'FlowLog' },
  bucket: { service: 's3', kind: 'Bucket' },
  bucketPublicAccessBlock: { service: 's3', kind: 'BucketPublicAccessBlock' },
  bucketPolicy: { service: 's3', kind: 'BucketPolicy' },
  bucketVersioning: { service: 's3', kind: 'BucketVersioning' },
  bucketEncryption: { service: 's3', kind: 'BucketServerSideEncryptionConfiguration' },
  bucketOwnershipControls: { service: 's3', kind: 'BucketOwnershipControls' },
  bucketLifecycle: { service: 's3', kind: 'BucketLifecycleConfiguration' },
  bucketLogging: { service: 's3', kind: 'BucketLogging' },
  bucketAcl: { service: 's3', kind: 'BucketACL' },
  role: { service: 'iam', kind: 'Role' },
  rolePolicy: { service: 'iam', kind: 'RolePolicy' },
  rolePolicyAttachment: { service: 'iam', kind: 'RolePolicyAttachment' },
  instanceProfile: { service: 'iam', kind: 'InstanceProfile' },
} satisfies Record<string, KindRef>;

/** The objects that protect a bucket and select it through `bucket`/`bucketRef`/`bucketSelector`. */
export const BUCKET_PROTECTION_KINDS: KindRef[] = [
  kinds.bucketPublicAccessBlock,
  kinds.bucketPolicy,
  kinds.bucketVersioning,
  kinds.bucketEncryption,
  kinds.bucketOwnershipControls,
  kinds.bucketLifecycle,
  kinds.bucketLogging,
  kinds.bucketAcl,
];

/** The three fields through which Upjet expresses one reference. */
export interface ReferenceFields {
  value: string;
  ref: string;
  selector: string;
}

/** `subnetId` → subnetId / subnetIdRef / subnetIdSelector; `bucket` → bucket / bucketRef / bucketSelector. */
export const single = (field: string): ReferenceFields => ({ value: field, ref: `${field}Ref`, selector: `${field}Selector` });
/** `vpcSecurityGroupIds` → vpcSecurityGroupIds / vpcSecurityGroupIdRefs / vpcSecurityGroupIdSelector. */
export const list = (field: string): ReferenceFields => {
  const stem = field.replace(/s$/, '');
  return { value: field, ref: `${stem}Refs`, selector: `${stem}Selector` };
};

/**
 * A parameter as the provider applies it: `spec.forProvider`, falling back to `spec.initProvider` (used at
 * creation only, but what a resource is created with is what it starts as).
 */
export function param(obj: KubeObject, field: string): any {
  const fp = obj?.spec?.forProvider?.[field];
  return fp !== undefined ? fp : obj?.spec?.initProvider?.[field];
}

/** A block that is an object in v1beta2 kinds and a single-item list in v1beta1 ones. */
export function block(value: unknown): Record<string, any> | undefined {
  if (Array.isArray(value)) return value[0];
  return value && typeof value === 'object' ? (value as Record<string, any>) : undefined;
}

/** How a resource is named in a report: its composition resource name, or its object name. */
export function displayName(obj: KubeObject): string {
  const name = obj?.metadata?.annotations?.[ANNOTATION_RESOURCE_NAME] ?? obj?.metadata?.name ?? obj?.metadata?.generateName ?? '<unnamed>';
  return `${obj?.kind}/${name}`;
}

/** The name the cloud object has: its external-name annotation, else its object name (the provider's default). */
export function externalName(obj: KubeObject): string | undefined {
  return obj?.metadata?.annotations?.[ANNOTATION_EXTERNAL_NAME] ?? obj?.metadata?.name;
}

function controllerOf(obj: KubeObject): string | undefined {
  const owner = (obj?.metadata?.ownerReferences ?? []).find((o: any) => o?.controller === true);
  if (owner) return `${owner.apiVersion}/${owner.kind}/${owner.name}/${owner.uid ?? ''}`;
  const composite = obj?.metadata?.labels?.[LABEL_COMPOSITE];
  return composite ? `composite/${composite}` : undefined;
}

export class ResourceSet {
  constructor(readonly all: KubeObject[]) {}

  of(ref: KindRef): KubeObject[] {
    return this.all.filter((o) => isKind(o, ref));
  }

  /** Objects of `target` kind that `obj` refers to through `fields` (all of them for list references). */
  resolve(obj: KubeObject, fields: ReferenceFields, target: KindRef): KubeObject[] {
    const candidates = this.of(target);
    const found = new Set<KubeObject>();
    for (const source of [obj?.spec?.forProvider, obj?.spec?.initProvider]) {
      if (!source) continue;
      const values = ([] as unknown[]).concat(source[fields.value] ?? []);
      for (const v of values) for (const c of candidates) if (identifies(c, String(v))) found.add(c);
      const refs = ([] as any[]).concat(source[fields.ref] ?? []);
      for (const r of refs) for (const c of candidates) if (r?.name && c.metadata?.name === r.name && sameNamespace(obj, c)) found.add(c);
      const selector = source[fields.selector];
      if (selector) for (const c of this.select(obj, selector, candidates)) found.add(c);
    }
    return [...found];
  }

  /** The first object the reference resolves to, as the provider takes the first match of a selector. */
  resolveOne(obj: KubeObject, fields: ReferenceFields, target: KindRef): KubeObject | undefined {
    return this.resolve(obj, fields, target)[0];
  }

  /** Objects of `kind` whose reference `fields` resolves to `target`. */
  referrers(target: KubeObject, kind: KindRef, fields: ReferenceFields): KubeObject[] {
    return this.of(kind).filter((o) => this.resolve(o, fields, { service: serviceOf(target) ?? '', kind: target.kind }).includes(target));
  }

  private select(obj: KubeObject, selector: any, candidates: KubeObject[]): KubeObject[] {
    const labels: Record<string, string> = selector?.matchLabels ?? {};
    const controller = controllerOf(obj);
    return candidates
      .filter((c) => sameNamespace(obj, c))
      .filter((c) => !selector?.matchControllerRef || (controller !== undefined && controllerOf(c) === controller))
      .filter((c) => Object.entries(labels).every(([k, v]) => c.metadata?.labels?.[k] === v))
      .sort((a, b) => String(a.metadata?.name ?? '').localeCompare(String(b.metadata?.name ?? '')));
  }
}

/** Whether a plain reference value (an id, a name or an ARN) names this object. */
function identifies(obj: KubeObject, value: string): boolean {
  const at = obj?.status?.atProvider ?? {};
  return value === externalName(obj) || value === at.id || value === at.arn || value === at.name;
}

function sameNamespace(a: KubeObject, b: KubeObject): boolean {
  return (a?.metadata?.namespace ?? '') === (b?.metadata?.namespace ?? '');
}
