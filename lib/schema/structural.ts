/**
 * Translates a Kubernetes structural OpenAPI v3 schema (the `openAPIV3Schema` of a CRD version) into plain JSON
 * Schema that ajv checks with the API server's semantics. The Kubernetes dialect differs from JSON Schema in a
 * few places, each handled here: `nullable`, `x-kubernetes-int-or-string`, `x-kubernetes-preserve-unknown-fields`,
 * `x-kubernetes-embedded-resource`, `x-kubernetes-list-type`, OpenAPI's boolean `exclusiveMinimum`, formats
 * the server does not know (ignored), and the implicit `apiVersion`/`kind`/`metadata` at the root.
 *
 * Strict mode turns every field the schema does not declare into an error, as `kubectl --validate=strict` does;
 * without it such fields are allowed (the server would silently prune them).
 */
import { isKnownFormat } from './formats';
import { objectMetaFor, objectMetaSchema } from './objectmeta';

export interface TranslateOptions {
  /** Report fields the schema does not declare. @default true */
  strict?: boolean;
  /**
   * Translate only what this value reaches (see cutTo below): every subschema under `properties`, `items` or
   * `additionalProperties` that no part of the value gets to becomes `{}`. @default the whole schema
   */
  cutTo?: { value: unknown };
}

/**
 * The ajv keyword that checks `x-kubernetes-list-type` `set` and `map` uniqueness (`{ set: true }` or
 * `{ mapKeys: [...] }`); defined in `validator.ts`.
 */
export const LIST_TYPE = 'listType';

/**
 * Value-only schemas (inside allOf/anyOf/oneOf/not, at any depth) constrain values but never declare fields:
 * a structural schema must declare every field outside its junctors, so only that part says what is unknown.
 */
type Where = 'root' | 'field' | 'junctor';

/** Keywords copied as they are: they mean the same in both dialects. */
const SAME_MEANING = [
  'pattern',
  'minLength',
  'maxLength',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'required',
  'propertyNames',
] as const;

export function toJsonSchema(schema: any, options: TranslateOptions = {}): any {
  return translate(schema ?? {}, options.strict ?? true, 'root', options.cutTo ? [options.cutTo.value] : undefined);
}

/**
 * `values`: translate only what these values reach (undefined: everything). A subschema under `properties`
 * applies only when the object has that property, `items` only to the elements there are, `additionalProperties`
 * only to the values there are; a subschema no value reaches becomes `{}`, which accepts anything, and the result
 * accepts and rejects these values exactly as the whole translation does, with the same errors. Property names
 * stay (strict mode's `additionalProperties: false` and the "did you mean" hint read them); junctors, `not`,
 * `required` and bounds are kept whole.
 */
function translate(s: any, strict: boolean, where: Where, values?: unknown[]): any {
  const out: any = {};
  const intOrString = s['x-kubernetes-int-or-string'] === true;

  if (intOrString) out.type = s.nullable ? ['integer', 'string', 'null'] : ['integer', 'string'];
  else if (s.type) out.type = s.nullable ? [s.type, 'null'] : s.type;
  if (Array.isArray(s.enum)) out.enum = s.nullable && !s.enum.includes(null) ? [...s.enum, null] : s.enum;

  for (const keyword of SAME_MEANING) if (s[keyword] !== undefined) out[keyword] = s[keyword];
  if (isKnownFormat(s.format, s.type)) out.format = s.format;
  numericBounds(s, out);

  const child: Where = where === 'junctor' ? 'junctor' : 'field';
  /** A subschema, translated for the values that reach it; `{}` when none does. */
  const sub = (schema: any, below: unknown[] | undefined, at: Where): any =>
    below === undefined ? translate(schema, strict, at) : below.length ? translate(schema, strict, at, below) : {};
  const wholeObject = where === 'root' || s['x-kubernetes-embedded-resource'] === true;
  const properties: Record<string, any> = {};
  for (const [name, prop] of Object.entries<any>(s.properties ?? {})) {
    // A whole object's metadata is set below; it keeps its place among the declared fields.
    properties[name] = wholeObject && name === 'metadata' ? undefined : sub(prop, values && valuesOf(values, name), child);
  }
  if (wholeObject) {
    // An embedded object is a whole Kubernetes object, and every object has apiVersion, kind and metadata the API
    // server validates, whether or not the schema spells them out.
    const implied = (name: string, schema: any) => (properties[name] = sub(schema, values && valuesOf(values, name), 'field'));
    if (!('apiVersion' in properties)) implied('apiVersion', { type: 'string' });
    if (!('kind' in properties)) implied('kind', { type: 'string' });
    const declared = s.properties?.metadata;
    implied('metadata', where === 'root' && !declared ? objectMetaSchema() : objectMetaFor(declared));
  }
  if (Object.keys(properties).length) out.properties = properties;

  if (s.items && typeof s.items === 'object' && !Array.isArray(s.items)) out.items = sub(s.items, values && elementsOf(values), child);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    out.additionalProperties = sub(s.additionalProperties, values && mapValuesOf(values, properties), child);
  } else if (s.additionalProperties === false || (strict && where !== 'junctor' && declaresFields(s, out))) {
    out.additionalProperties = false;
  }

  listType(s, out);
  for (const junctor of ['allOf', 'anyOf', 'oneOf'] as const) {
    if (!Array.isArray(s[junctor])) continue;
    // int-or-string fields conventionally repeat `anyOf: [{type: integer}, {type: string}]`: already covered.
    if (intOrString && s[junctor].every((b: any) => Object.keys(b).every((k) => k === 'type'))) continue;
    out[junctor] = s[junctor].map((branch: any) => translate(branch, strict, 'junctor'));
  }
  if (s.not) out.not = translate(s.not, strict, 'junctor');
  return out;
}

/** An object whose unknown fields strict mode reports: not a map and not marked to keep unknown fields. */
function declaresFields(s: any, out: any): boolean {
  const isObject = s.type === 'object' || out.properties !== undefined;
  return isObject && s.additionalProperties === undefined && s['x-kubernetes-preserve-unknown-fields'] !== true;
}

/** OpenAPI v3.0 writes exclusive bounds as booleans beside minimum/maximum; JSON Schema as numbers. */
function numericBounds(s: any, out: any): void {
  if (s.minimum !== undefined) {
    if (s.exclusiveMinimum === true) out.exclusiveMinimum = s.minimum;
    else out.minimum = s.minimum;
  }
  if (s.maximum !== undefined) {
    if (s.exclusiveMaximum === true) out.exclusiveMaximum = s.maximum;
    else out.maximum = s.maximum;
  }
}

/** Checked by the API server after the schema (listtype/validation.go), each duplicate at its own index. */
function listType(s: any, out: any): void {
  const type = s['x-kubernetes-list-type'];
  if (type === 'set') out[LIST_TYPE] = { set: true };
  if (type === 'map' && Array.isArray(s['x-kubernetes-list-map-keys'])) out[LIST_TYPE] = { mapKeys: s['x-kubernetes-list-map-keys'] };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The values one level down, as each of the three keywords sees them. */
function valuesOf(values: unknown[], key: string): unknown[] {
  const out: unknown[] = [];
  for (const v of values) if (isPlainObject(v) && Object.prototype.hasOwnProperty.call(v, key)) out.push(v[key]);
  return out;
}
function elementsOf(values: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const v of values) if (Array.isArray(v)) out.push(...v);
  return out;
}
function mapValuesOf(values: unknown[], declared: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (!isPlainObject(v)) continue;
    for (const [k, x] of Object.entries(v)) if (!Object.prototype.hasOwnProperty.call(declared, k)) out.push(x);
  }
  return out;
}
