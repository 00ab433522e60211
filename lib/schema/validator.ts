/**
 * Compiles Kubernetes structural schemas with ajv, once per schema object, and turns ajv's errors into
 * `Issue`s with field paths and the offending value. Compiling a provider CRD takes tens of milliseconds;
 * checking an object against a compiled schema takes microseconds, hence the cache.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { formatFieldPath, type Segment } from '../fieldpath';
import { codeVersion } from '../cache';
import { compileCached } from './compile-cache';
import { kubernetesFormats } from './formats';
import { goRegExpEngine } from './go-regexp';
import { describeValue, type Issue } from './issue';
import { LIST_TYPE, toJsonSchema } from './structural';

export type SchemaValidator = (value: unknown) => Issue[];

const ajv = new Ajv({
  allErrors: true,
  verbose: true,
  strict: false,
  // Kubernetes patterns are Go (RE2) regular expressions: the API server checks `pattern` with Go's
  // regexp.MatchString (kube-openapi pkg/validation/validate/values.go `Pattern`), so ajv runs them on an RE2 engine too.
  unicodeRegExp: false,
  // `source` keeps each validator's source, so compile-cache.ts can store it for the next process.
  code: { regExp: goRegExpEngine, source: true },
  formats: kubernetesFormats,
});

ajv.addKeyword({
  keyword: LIST_TYPE,
  type: 'array',
  schemaType: 'object',
  errors: true,
  validate: function uniqueListItems(spec: { set?: boolean; mapKeys?: string[] }, items: unknown[], _schema: unknown, cxt: any): boolean {
    const errors = duplicateItems(spec, items).map(({ index, value }) => ({
      keyword: LIST_TYPE,
      instancePath: `${cxt?.instancePath ?? ''}/${index}`,
      message: `Duplicate value: ${describeValue(value)}`,
      params: {},
    }));
    (uniqueListItems as any).errors = errors;
    return errors.length === 0;
  },
});

/** JSON with object keys sorted, as Go's json.Marshal writes maps: equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as any)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** A missing list-map key: equal to another missing key, but not to a `null` one (as upstream's unspecifiedKeyValue). */
const UNSPECIFIED = '\u0000unspecified';

/**
 * As the API server's listtype validation: a set's items, or a map list's keys, must be unique; each value is
 * reported once, at its first repeat, with the repeated value (the key fields for a map list).
 */
function duplicateItems(spec: { set?: boolean; mapKeys?: string[] }, items: unknown[]): Array<{ index: number; value: unknown }> {
  const keyOf = (item: any): { id: string; value: unknown } => {
    if (spec.set) return { id: canonicalJson(item), value: item };
    const key: Record<string, unknown> = {};
    for (const k of spec.mapKeys ?? []) if (item && typeof item === 'object' && k in item) key[k] = item[k];
    const id = canonicalJson((spec.mapKeys ?? []).map((k) => (k in key ? key[k] : UNSPECIFIED)));
    return { id, value: key };
  };
  if (!spec.set && items.some((x) => x !== null && (typeof x !== 'object' || Array.isArray(x)))) return [];
  const seen = new Map<string, number>();
  const out: Array<{ index: number; value: unknown }> = [];
  items.forEach((item, index) => {
    const { id, value } = keyOf(item);
    const times = seen.get(id) ?? 0;
    if (times === 1) out.push({ index, value });
    seen.set(id, times + 1);
  });
  return out;
}

/** Per schema object and mode: its whole validator, or the validators of the cut schemas met so far (by their JSON). */
const compiled = new WeakMap<object, Map<boolean, { byCut: Map<string, ValidateFunction>; whole?: ValidateFunction }>>();

/**
 * A validator for `schema` (a CRD's openAPIV3Schema). Cut (the default in the bundled tools): each value is checked
 * by a validator of the schema cut down to the fields the value has (structural.ts `cutTo`: the same verdict and
 * errors, a fraction of the code), compiled on first use of that cut and kept per schema object; only the cut is
 * translated. Whole (the default when run from the sources: tests, the bench's in-process batch, synth): one
 * validator per schema. Cut validators make a one-claim `npm run validate` start faster from a warm cache; a process
 * that validates many claims meets many shapes and compiles fewer validators whole (the test suite from a cold
 * cache: about 600 shapes against 40 schemas). Compiled code is kept on disk either way (compile-cache.ts).
 */
export function schemaValidator(
  schema: any,
  options: { strict?: boolean; /** Cut to each value's shape. @default true in the bundled tools, false from the sources */ cut?: boolean } = {},
): SchemaValidator {
  const strict = options.strict ?? true;
  let byMode = compiled.get(schema);
  if (!byMode) compiled.set(schema, (byMode = new Map()));
  let entry = byMode.get(strict);
  if (!entry) byMode.set(strict, (entry = { byCut: new Map() }));
  if (!(options.cut ?? codeVersion() !== undefined)) {
    const whole = (entry.whole ??= compileCached(ajv, toJsonSchema(schema, { strict })));
    return (value) => (whole(value) ? [] : toIssues(whole.errors ?? [], value));
  }
  const { byCut } = entry;
  return (value) => {
    // Only what the value reaches is translated: the whole translation of a provider CRD is most of the work.
    const cut = toJsonSchema(schema, { strict, cutTo: { value } });
    const text = JSON.stringify(cut);
    let fn = byCut.get(text);
    if (!fn) byCut.set(text, (fn = compileCached(ajv, cut, undefined, text)));
    return fn(value) ? [] : toIssues(fn.errors ?? [], value);
  };
}

function toIssues(errors: ErrorObject[], root: unknown): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // The failing branch of a junctor reports its own errors; the junctor's summary adds nothing.
    if (error.keyword === 'propertyNames' || error.keyword === 'if') continue;
    const issue = toIssue(error, root);
    const key = `${issue.path}\0${issue.message}`;
    if (!seen.has(key)) (issues.push(issue), seen.add(key));
  }
  return issues;
}

function toIssue(error: ErrorObject, root: unknown): Issue {
  const at = pointerSegments(error.instancePath, root);
  const path = (extra?: string) => formatFieldPath(extra === undefined ? at : [...at, { field: extra }]);
  const got = `(got ${describeValue(error.data)})`;
  const p: any = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        kind: 'unknown-field',
        reason: 'FieldValueNotSupported',
        path: path(p.additionalProperty),
        message: `unknown field "${p.additionalProperty}"${didYouMean(p.additionalProperty, error.parentSchema)}`,
      };
    case 'required':
      return { kind: 'schema', reason: 'FieldValueRequired', path: path(p.missingProperty), message: 'Required value' };
    case 'type':
      return { kind: 'schema', reason: 'FieldValueTypeInvalid', path: path(), message: `must be ${String(p.type).split(',').join(' or ')} ${got}` };
    case 'enum':
      return {
        kind: 'schema',
        reason: 'FieldValueNotSupported',
        path: path(),
        message: `must be one of ${(p.allowedValues as unknown[]).map(describeValue).join(', ')} ${got}`,
      };
    case 'pattern':
      return propertyNameOrValue(error, at, `must match pattern ${p.pattern}`);
    case 'maxLength':
      return { kind: 'schema', reason: 'FieldValueTooLong', path: path(), message: `${error.message} ${got}` };
    case 'maxItems':
    case 'maxProperties':
      return { kind: 'schema', reason: 'FieldValueTooMany', path: path(), message: `${error.message} ${got}` };
    case 'format':
      return { kind: 'schema', path: path(), message: `must be a valid ${p.format} ${got}` };
    case LIST_TYPE:
      return { kind: 'schema', reason: 'FieldValueDuplicate', path: path(), message: error.message ?? 'Duplicate value' };
    default:
      return { kind: 'schema', path: path(), message: `${error.message} ${got}` };
  }
}

/** A `propertyNames` pattern failure names the key, not the object holding it. */
function propertyNameOrValue(error: ErrorObject, at: Segment[], message: string): Issue {
  const key = (error.params as any).propertyName ?? (error as any).propertyName;
  if (typeof key === 'string') return { kind: 'schema', path: formatFieldPath([...at, { field: key }]), message: `invalid key: ${message}` };
  return { kind: 'schema', path: formatFieldPath(at), message: `${message} (got ${describeValue(error.data)})` };
}

/** JSON pointer to field-path segments; array indexes are told apart from numeric map keys by the data. */
function pointerSegments(pointer: string, root: unknown): Segment[] {
  if (!pointer) return [];
  const segments: Segment[] = [];
  let cur: any = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    segments.push(Array.isArray(cur) ? { index: Number(token) } : { field: token });
    cur = cur?.[token];
  }
  return segments;
}

/** A hint for a misspelt field: the declared field within two edits of it, if there is exactly one. */
function didYouMean(field: string, parentSchema: any): string {
  const candidates = Object.keys(parentSchema?.properties ?? {}).filter((name) => editDistance(name.toLowerCase(), field.toLowerCase()) <= 2);
  return candidates.length === 1 ? ` (did you mean "${candidates[0]}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
