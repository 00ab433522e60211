/**
 * The CRD schemas Crossplane generates from a CompositeResourceDefinition, so that XRs and claims can be
 * validated offline exactly as the API server will once Crossplane has created their CRDs.
 *
 * Follows the behaviour of Crossplane's `internal/xcrd` package (crd.go `genCrdVersion`, schemas.go
 * `BaseProps`, `CompositeResourceSpecProps`, `CompositeResourceClaimSpecProps`, `CompositeResourceStatusProps`),
 * read for Crossplane 1.x (v1 XRDs) and 2.x (v2 XRDs, `scope`):
 *
 * - The root is Crossplane's own: `apiVersion`, `kind`, `metadata.name` (at most 63 characters, or the XRD's
 *   own lower limit), `spec` (required) and `status`. Of the XRD's schema only `spec` and `status` survive:
 *   their properties, `required`, `x-kubernetes-validations`, `oneOf` (and for spec
 *   `x-kubernetes-preserve-unknown-fields`). Anything else at the XRD's root, rules included, is dropped; the
 *   result lists what was dropped in `warnings`.
 * - Crossplane's machinery fields are added after the XRD's, replacing any of the same name: directly under
 *   `spec` for v1 XRDs (LegacyCluster: compositionRef, …, claimRef, writeConnectionSecretToRef,
 *   publishConnectionDetailsTo, environmentConfigRefs — the last two exist on Crossplane 1.x only), under
 *   `spec.crossplane` for v2 XRDs. Claims get their own set (compositeDeletePolicy, resourceRef, …).
 */

export type CompositeScope = 'Namespaced' | 'Cluster' | 'LegacyCluster';

export interface GeneratedSchema {
  apiVersion: string;
  kind: string;
  /** The scope of the generated CRD. */
  scope: 'Namespaced' | 'Cluster';
  /** The openAPIV3Schema of the generated CRD version. */
  schema: any;
}

export interface XrdSchemas {
  composite: GeneratedSchema & { compositeScope: CompositeScope };
  /** Only for v1 XRDs with `spec.claimNames`. */
  claim?: GeneratedSchema;
  /** Parts of the XRD's schema Crossplane drops (they would silently not apply). */
  warnings: string[];
}

const str = { type: 'string' };
const stringMap = { type: 'object', additionalProperties: str };
const named = { type: 'object', required: ['name'], properties: { name: str } };
const selector = { type: 'object', required: ['matchLabels'], properties: { matchLabels: stringMap } };
const updatePolicy = (fallback?: string) => ({ type: 'string', enum: ['Automatic', 'Manual'], ...(fallback ? { default: fallback } : {}) });
const typedRef = (withNamespace: boolean) => ({
  type: 'object',
  required: ['apiVersion', 'kind'],
  properties: { apiVersion: str, kind: str, name: str, ...(withNamespace ? { namespace: str } : {}) },
});
const publishConnectionDetailsTo = {
  type: 'object',
  required: ['name'],
  properties: {
    name: str,
    configRef: { type: 'object', default: { name: 'default' }, properties: { name: str } },
    metadata: { type: 'object', properties: { labels: stringMap, annotations: stringMap, type: str } },
  },
};

/** The version served for new objects: the one named, else the referenceable one, else the first served. */
function pickVersion(xrd: any, name?: string): any {
  const versions: any[] = xrd.spec?.versions ?? [];
  const version = name ? versions.find((v) => v.name === name) : (versions.find((v) => v.referenceable && v.served) ?? versions.find((v) => v.served));
  if (!version) throw new Error(`XRD ${xrd.metadata?.name ?? xrd.spec?.names?.kind}: no ${name ? `version ${name}` : 'served version'}`);
  return version;
}

export function compositeScope(xrd: any): CompositeScope {
  const isV2 = String(xrd.apiVersion).endsWith('/v2');
  return xrd.spec?.scope ?? (isV2 ? 'Namespaced' : 'LegacyCluster');
}

const generated = new WeakMap<object, Map<string, XrdSchemas>>();

/**
 * The generated schemas for one version of `xrd` (by default the referenceable one). Memoized per XRD object,
 * so the compiled validators for them are reused; treat the XRD as immutable once passed in.
 */
export function xrdSchemas(xrd: any, options: { version?: string } = {}): XrdSchemas {
  let byVersion = generated.get(xrd);
  if (!byVersion) generated.set(xrd, (byVersion = new Map()));
  const key = options.version ?? '';
  let schemas = byVersion.get(key);
  if (!schemas) byVersion.set(key, (schemas = generate(xrd, options.version)));
  return schemas;
}

function generate(xrd: any, versionName?: string): XrdSchemas {
  const version = pickVersion(xrd, versionName);
  const scope = compositeScope(xrd);
  const apiVersion = `${xrd.spec.group}/${version.name}`;
  const own = version.schema?.openAPIV3Schema ?? {};
  const warnings = droppedParts(own);
  const defaultUpdatePolicy = xrd.spec.defaultCompositionUpdatePolicy ?? 'Automatic';

  const composite = {
    apiVersion,
    kind: xrd.spec.names.kind,
    scope: scope === 'Namespaced' ? ('Namespaced' as const) : ('Cluster' as const),
    compositeScope: scope,
    schema: crdSchema(own, compositeSpecFields(scope, defaultUpdatePolicy), statusFields(scope)),
  };
  if (!xrd.spec.claimNames || scope !== 'LegacyCluster') return { composite, warnings };

  const claim = {
    apiVersion,
    kind: xrd.spec.claimNames.kind,
    scope: 'Namespaced' as const,
    schema: crdSchema(own, claimSpecFields(xrd.spec.defaultCompositeDeletePolicy ?? 'Background'), statusFields('LegacyCluster')),
  };
  return { composite, claim, warnings };
}

function crdSchema(own: any, specFields: Record<string, any>, statusExtra: Record<string, any>): any {
  const maxName = Math.min(63, own.properties?.metadata?.properties?.name?.maxLength ?? 63);
  return {
    type: 'object',
    description: own.description,
    required: ['spec'],
    properties: {
      apiVersion: str,
      kind: str,
      metadata: { type: 'object', properties: { name: { type: 'string', maxLength: maxName } } },
      spec: merged(own.properties?.spec, specFields, true),
      status: merged(own.properties?.status, statusExtra, false),
    },
  };
}

/** The XRD's spec or status with Crossplane's fields laid over it, keeping what `genCrdVersion` keeps. */
function merged(own: any = {}, crossplane: Record<string, any>, isSpec: boolean): any {
  const out: any = { type: 'object', properties: { ...(own.properties ?? {}), ...structuredClone(crossplane) } };
  if (own.description) out.description = own.description;
  if (own.required?.length) out.required = own.required;
  if (own['x-kubernetes-validations']) out['x-kubernetes-validations'] = own['x-kubernetes-validations'];
  if (own.oneOf) out.oneOf = own.oneOf;
  if (isSpec && own['x-kubernetes-preserve-unknown-fields']) out['x-kubernetes-preserve-unknown-fields'] = true;
  return out;
}

function compositeSpecFields(scope: CompositeScope, defaultUpdatePolicy: string): Record<string, any> {
  const common = {
    compositionRef: named,
    compositionSelector: selector,
    compositionRevisionRef: named,
    compositionRevisionSelector: selector,
    compositionUpdatePolicy: updatePolicy(defaultUpdatePolicy),
    resourceRefs: { type: 'array', 'x-kubernetes-list-type': 'atomic', items: typedRef(scope !== 'Namespaced') },
  };
  if (scope !== 'LegacyCluster') {
    return { crossplane: { type: 'object', description: 'Configures how Crossplane will reconcile this composite resource', properties: common } };
  }
  return {
    ...common,
    claimRef: { type: 'object', required: ['apiVersion', 'kind', 'namespace', 'name'], properties: { apiVersion: str, kind: str, namespace: str, name: str } },
    writeConnectionSecretToRef: { type: 'object', required: ['name', 'namespace'], properties: { name: str, namespace: str } },
    publishConnectionDetailsTo,
    environmentConfigRefs: { type: 'array', items: typedRef(false) },
  };
}

function claimSpecFields(defaultDeletePolicy: string): Record<string, any> {
  return {
    compositionRef: named,
    compositionSelector: selector,
    compositionRevisionRef: named,
    compositionRevisionSelector: selector,
    compositionUpdatePolicy: updatePolicy(),
    compositeDeletePolicy: { type: 'string', enum: ['Background', 'Foreground'], default: defaultDeletePolicy },
    resourceRef: { type: 'object', required: ['apiVersion', 'kind', 'name'], properties: { apiVersion: str, kind: str, name: str } },
    publishConnectionDetailsTo,
    writeConnectionSecretToRef: named,
  };
}

function statusFields(scope: CompositeScope): Record<string, any> {
  const conditions = {
    description: 'Conditions of the resource.',
    type: 'array',
    'x-kubernetes-list-type': 'map',
    'x-kubernetes-list-map-keys': ['type'],
    items: {
      type: 'object',
      required: ['lastTransitionTime', 'reason', 'status', 'type'],
      properties: {
        lastTransitionTime: { type: 'string', format: 'date-time' },
        message: str,
        reason: str,
        status: str,
        type: str,
        observedGeneration: { type: 'integer', format: 'int64' },
      },
    },
  };
  const connectionDetails = { type: 'object', properties: { lastPublishedTime: { type: 'string', format: 'date-time' } } };
  if (scope !== 'LegacyCluster') {
    return { conditions, crossplane: { type: 'object', properties: { connectionDetails } } };
  }
  return { conditions, connectionDetails, claimConditionTypes: { type: 'array', 'x-kubernetes-list-type': 'set', items: str } };
}

function droppedParts(own: any): string[] {
  const warnings: string[] = [];
  if (own['x-kubernetes-validations']?.length) {
    warnings.push(
      `root x-kubernetes-validations are dropped by Crossplane (move them under spec): ${own['x-kubernetes-validations'].map((r: any) => r.rule).join('; ')}`,
    );
  }
  for (const name of Object.keys(own.properties ?? {})) {
    if (!['apiVersion', 'kind', 'metadata', 'spec', 'status'].includes(name)) warnings.push(`root field "${name}" is dropped by Crossplane`);
  }
  return warnings;
}
