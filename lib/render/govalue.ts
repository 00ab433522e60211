/**
 * Go's view of JSON values, as function-patch-and-transform sees them.
 *
 * Every resource a function receives is a protobuf Struct, which function-sdk-go v0.5.0 turns into unstructured
 * content with `resource.AsObject` → `SetUnstructuredContent(s.AsMap())`: every number of the observed XR, the
 * observed and previously desired composed resources, and the environment is a `float64`. A base template is
 * decoded with the Kubernetes JSON decoder (whole numbers `int64`), and whatever P&T writes goes through
 * `toValidJSON` (k8s.io/apimachinery util/json: whole numbers back to `int64`). Values produced inside a
 * transform chain (map/match results, `convert` to float64, a float multiplied) can be a `float64` that happens
 * to be whole. Type-sensitive steps (`%d`, `%v`, `convert`, `math`, readiness `MatchInteger`, append
 * de-duplication, error texts naming `%T`) depend on that difference, which a JS number cannot hold. A whole-valued
 * float64 is therefore boxed as {@link Float64} while a function runs, and unboxed when a value is written.
 */
export class Float64 {
  constructor(readonly value: number) {}
}

/** A number as Go would type it: boxed floats are float64, whole numbers int64, the rest float64. */
export function float64(n: number): number | Float64 {
  return Number.isInteger(n) ? new Float64(n) : n;
}

/**
 * A plain number is an int64 when whole and within int64's range: k8s.io/apimachinery util/json turns a number
 * into an int64 only when `json.Number.Int64()` succeeds, else a float64 (`1e300` stays a float64).
 */
export function isInt64(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= -(2 ** 63) && v < 2 ** 63;
}

export function isFloat64(v: unknown): boolean {
  return v instanceof Float64 || (typeof v === 'number' && !isInt64(v));
}

export function numberValue(v: unknown): number | undefined {
  if (v instanceof Float64) return v.value;
  return typeof v === 'number' ? v : undefined;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Float64);
}

/** Go's `%T` of a decoded JSON value. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (isInt64(v)) return 'int64';
  if (isFloat64(v)) return 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/**
 * The value as it is written into a resource: boxed floats unboxed, recursively (upstream's `toValidJSON`).
 * NaN and infinities cannot be encoded as JSON, as in Go.
 */
export function toPlainJson(v: unknown): unknown {
  if (v instanceof Float64) return checkFinite(v.value);
  if (typeof v === 'number') return checkFinite(v);
  if (Array.isArray(v)) return v.map(toPlainJson);
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = toPlainJson(v[k]);
    return out;
  }
  return v;
}

function checkFinite(n: number): number {
  if (!Number.isFinite(n)) throw new Error(`json: unsupported value: ${goFloatString(n)}`);
  return n;
}

/**
 * Go's encoding/json.Marshal: object keys in Go's sorted (string) order — which JSON.stringify cannot keep, since
 * JavaScript enumerates integer-like keys first (`{"10":…,"9":…}` stays in that order in Go) — `<`, `>`, `&`,
 * U+2028 and U+2029 escaped, and a negative zero as `-0` (floatEncoder: strconv.AppendFloat).
 */
export function goJsonMarshal(v: unknown): string {
  return marshal(toPlainJson(v)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function marshal(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(marshal).join(',')}]`;
  if (isObject(v)) {
    const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${marshal(v[k])}`).join(',')}}`;
  }
  if (Object.is(v, -0)) return '-0';
  return JSON.stringify(v) ?? 'null';
}

/** Parses JSON the way encoding/json does into `any`: every number is a float64. */
export function goJsonUnmarshalAny(text: string): unknown {
  return boxNumbers(JSON.parse(text));
}

/** Marks every number of a decoded value as a float64 (encoding/json into `any`). */
export function boxNumbers(v: unknown): unknown {
  if (typeof v === 'number') return float64(v);
  if (Array.isArray(v)) return v.map(boxNumbers);
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = boxNumbers(v[k]);
    return out;
  }
  return v;
}

/** Go's special float spellings, used where a non-finite float reaches text. */
export function goFloatString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  return String(n);
}

/** Deep equality of plain JSON values (reflect.DeepEqual on decoded JSON). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const na = numberValue(a);
  const nb = numberValue(b);
  if (na !== undefined && nb !== undefined) return na === nb && isInt64(a) === isInt64(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * A deep copy of a JSON value that keeps {@link Float64} boxes (structuredClone would turn them into plain objects),
 * and several times faster than structuredClone, which serializes: the render copies every template and resource
 * of every step with it.
 */
export function deepClone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepClone) as T;
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = deepClone(v[k]);
    return out as T;
  }
  return v;
}
