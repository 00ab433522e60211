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
  return translate(schema ?? {}, options.strict ?? true, 'root');
}

function translate(s: any, strict: boolean, where: Where): any {
  const out: any = {};
  const intOrString = s['x-kubernetes-int-or-string'] === true;

  if (intOrString) out.type = s.nullable ? ['integer', 'string', 'null'] : ['integer', 'string'];
  else if (s.type) out.type = s.nullable ? [s.type, 'null'] : s.type;
  if (Array.isArray(s.enum)) out.enum = s.nullable && !s.enum.includes(null) ? [...s.enum, null] : s.enum;

  for (const keyword of SAME_MEANING) if (s[keyword] !== undefined) out[keyword] = s[keyword];
  if (isKnownFormat(s.format, s.type)) out.format = s.format;
  numericBounds(s, out);

  const child: Where = where === 'junctor' ? 'junctor' : 'field';
  const properties: Record<string, any> = {};
  for (const [name, prop] of Object.entries<any>(s.properties ?? {})) properties[name] = translate(prop, strict, child);
  if (s['x-kubernetes-embedded-resource'] === true) embeddedResourceFields(properties, s, strict);
  if (where === 'root') rootFields(properties, s, strict);
  if (Object.keys(properties).length) out.properties = properties;

  if (s.items && typeof s.items === 'object' && !Array.isArray(s.items)) out.items = translate(s.items, strict, child);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    out.additionalProperties = translate(s.additionalProperties, strict, child);
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

/** An embedded object is a whole Kubernetes object: apiVersion, kind and metadata are implied. */
function embeddedResourceFields(properties: Record<string, any>, s: any, strict: boolean): void {
  properties.apiVersion ??= { type: 'string' };
  properties.kind ??= { type: 'string' };
  properties.metadata = translate(objectMetaFor(s.properties?.metadata), strict, 'field');
}

/** Every object has apiVersion, kind and server-validated metadata, whether or not the CRD spells them out. */
function rootFields(properties: Record<string, any>, s: any, strict: boolean): void {
  properties.apiVersion ??= { type: 'string' };
  properties.kind ??= { type: 'string' };
  properties.metadata = translate(s.properties?.metadata ? objectMetaFor(s.properties.metadata) : objectMetaSchema(), strict, 'field');
}
