/**
 * Offline strict validation of Kubernetes objects: what `kubectl apply --dry-run=server --validate=strict` or
 * `crossplane beta validate` would say, without a cluster. An object is defaulted as the API server defaults
 * it, then checked against its structural schema (ajv, unknown fields are errors) and its CEL rules.
 * Generic: it knows CRDs and XRDs, not any particular product.
 */
import type { CrdCatalog } from '../crds';
import { applyDefaults } from '../schema/defaults';
import { describeValue, formatIssue, type Issue } from '../schema/issue';
import { schemaValidator } from '../schema/validator';
import { celIssues, hasRules } from './cel';
import { xrdSchemas } from './xrd';

export { formatIssue, type Issue } from '../schema/issue';
export { xrdSchemas, type XrdSchemas, type GeneratedSchema } from './xrd';
export { rulesIn, type ValidationRule } from './cel';
export { applyDefaults } from '../schema/defaults';
export { schemaValidator } from '../schema/validator';

import { CORE_SCHEMAS } from './core';

export interface ValidateOptions {
  /** The openAPIV3Schema to check against; looked up in the catalog by apiVersion/kind when not given. */
  schema?: any;
  /** Where to find CRDs: required unless `schema` is given or the object is a core kind (v1 Secret, ConfigMap …). */
  catalog?: CrdCatalog;
  /** The previous version of the object: enables CEL transition rules (`oldSelf`). */
  old?: unknown;
  /** Unknown fields are errors. @default true */
  strict?: boolean;
  /** Apply schema defaults first, as the API server does before validating. @default true */
  defaults?: boolean;
  /**
   * The oldest Kubernetes release the CRDs must work on: CEL functions and `optionalOldSelf` a CRD may only use
   * from a later release are reported. @default '1.29'
   */
  kubernetesVersion?: string;
}

export function validateObject(obj: any, options: ValidateOptions = {}): Issue[] {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    return [{ kind: 'schema', path: '', message: `not a Kubernetes object (got ${describeValue(obj)})` }];
  }
  const found = options.schema ?? lookUpSchema(obj, options.catalog);
  if (typeof found === 'string') return [{ kind: 'missing-crd', path: '', message: found }];
  const schema = 'status' in obj || (options.old as any)?.status !== undefined ? found : withoutStatus(found);
  const useDefaults = options.defaults ?? true;
  const value = useDefaults ? applyDefaults(schema, obj) : obj;
  const old = options.old !== undefined && useDefaults ? applyDefaults(schema, options.old) : options.old;
  const issues = schemaValidator(schema, { strict: options.strict ?? true })(value);
  // As the API server (customresource_strategy.go hasBlockingErr): CEL rules are not run on an object with
  // missing, mistyped, unsupported (enum), too long or too many values. Unknown fields do not block: the server
  // prunes them before validating.
  if (issues.some((i) => i.kind === 'schema' && BLOCKING.has(i.reason ?? ''))) {
    return hasRules(schema) ? [...issues, { kind: 'cel', path: '', message: RULES_NOT_CHECKED }] : issues;
  }
  return [...issues, ...celIssues(schema, value, { old, kubernetesVersion: options.kubernetesVersion })];
}

const statusless = new WeakMap<object, any>();
/**
 * The schema without its status subtree, for objects that have no status (desired composed resources, claims as
 * written): nothing there to check, and the provider CRDs' status schemas double the cost of compiling them.
 */
function withoutStatus(schema: any): any {
  if (!schema?.properties?.status) return schema;
  let s = statusless.get(schema);
  if (!s) {
    const { status: _status, ...properties } = schema.properties;
    statusless.set(schema, (s = { ...schema, properties }));
  }
  return s;
}

const BLOCKING = new Set(['FieldValueRequired', 'FieldValueTypeInvalid', 'FieldValueNotSupported', 'FieldValueTooLong', 'FieldValueTooMany']);

const RULES_NOT_CHECKED = 'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation';

/** The schema serving the object's apiVersion and kind, or why there is none. */
function lookUpSchema(obj: any, catalog: CrdCatalog | undefined): any | string {
  const { apiVersion, kind } = obj;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return 'object has no apiVersion or kind';
  if (apiVersion === 'v1' && CORE_SCHEMAS[kind]) return CORE_SCHEMAS[kind];
  // A caller's mistake, not a finding about the object: which CRDs to read is the caller's to say.
  if (!catalog) throw new Error(`validateObject: ${apiVersion} ${kind} is not a core kind; give its schema, or a CRD catalog to look it up in`);
  const schema = catalog.schema(apiVersion, kind);
  if (schema) return schema;
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  const crd = catalog.find(group, kind);
  return crd
    ? `no version ${apiVersion} of ${kind}: its CRD serves ${crd.versions.map((v) => v.name).join(', ')}`
    : `no CRD for ${kind} in API group "${group}" (not installed, or a typo in apiVersion/kind)`;
}

/**
 * Validates a claim or composite resource against the CRD Crossplane would generate from `xrd`: picks the
 * claim or XR schema by kind and the XRD version by apiVersion, defaults, then validates.
 */
export function validateAgainstXrd(obj: any, xrd: any, options: Omit<ValidateOptions, 'schema' | 'catalog'> = {}): Issue[] {
  const [group, version] = String(obj?.apiVersion ?? '').split('/');
  const served = (xrd.spec?.versions ?? []).filter((v: any) => v.served).map((v: any) => v.name);
  if (group !== xrd.spec?.group || !served.includes(version)) {
    return [
      {
        kind: 'missing-crd',
        path: '',
        message: `XRD ${xrd.metadata?.name} does not serve ${obj?.apiVersion} (serves ${served.map((v: string) => `${xrd.spec?.group}/${v}`).join(', ')})`,
      },
    ];
  }
  const schemas = xrdSchemas(xrd, { version });
  const target = [schemas.composite, schemas.claim].find((s) => s?.kind === obj.kind);
  if (!target) {
    const kinds = [schemas.composite.kind, schemas.claim?.kind].filter(Boolean).join(' or ');
    return [{ kind: 'missing-crd', path: '', message: `XRD ${xrd.metadata?.name} defines ${kinds}, not ${obj.kind}` }];
  }
  return validateObject(obj, { ...options, schema: target.schema });
}

/** One line per issue, naming the object: `VPC main: spec.forProvider.tagz: unknown field "tagz"`. */
export function formatIssues(obj: any, issues: Issue[]): string[] {
  const name = [obj?.metadata?.namespace, obj?.metadata?.name ?? obj?.metadata?.generateName].filter(Boolean).join('/');
  return issues.map((issue) => `${obj?.kind ?? 'object'} ${name || '<unnamed>'}: ${formatIssue(issue)}`);
}
