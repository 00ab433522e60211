/**
 * Crossplane field paths (`spec.forProvider.tags[Name]`, `metadata.annotations["crossplane.io/external-name"]`,
 * `spec.zones[0]`, `data[.config.yml]`), with crossplane-runtime's grammar and error semantics, because which
 * failures count as "not found" decides whether a patch is skipped (Optional) or fatal.
 *
 * - Dots separate fields; a period may not lead, trail, repeat, or precede `[`; `]` may not appear in a field.
 * - Brackets hold an array index (an unsigned 32-bit integer) or otherwise a field name, with surrounding single
 *   and double quotes trimmed; periods inside brackets are part of the name.
 * - Reading past a missing field or array element is "not found", and so is reading a field of null
 *   (`expected map, got nil`); reading through a value of the wrong kind (a field of a string, an index of an
 *   object or of null) is a plain error.
 * - Writing creates missing objects and arrays (padding arrays with null) but refuses to replace a value of the
 *   wrong kind, and refuses an index above 1024 (`DefaultMaxFieldPathIndex`, which `Pave` applies).
 * crossplane-runtime v2.1.0 pkg/fieldpath/paved.go: `getValueFromInterface`, `expandWildcards`, `setValue`,
 * `validateSegments`.
 */
export type Segment = { field: string } | { index: number };

/** An error raised because a field or element does not exist; Optional patches skip these. */
export class FieldPathNotFoundError extends Error {
  readonly notFound = true;
  constructor(message: string) {
    // Thrown and caught by the thousand in every render (an absent optional field is the usual case), and its stack
    // is never shown: not capturing one makes it several times cheaper.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

export function isNotFound(err: unknown): boolean {
  return err instanceof FieldPathNotFoundError;
}

const parsed = new Map<string, Segment[]>();

export function parseFieldPath(path: string): Segment[] {
  const cached = parsed.get(path);
  if (cached) return cached;
  const segments = parseUncached(path);
  if (parsed.size > 10000) parsed.clear();
  parsed.set(path, segments);
  return segments;
}

function parseUncached(path: string): Segment[] {
  const fail = (why: string, at: number): never => {
    throw new Error(`cannot parse path ${JSON.stringify(path)}: ${why} at position ${at}`);
  };
  const segments: Segment[] = [];
  let i = 0;
  let start = 0;
  const emitField = () => {
    if (i > start) segments.push(field(path.slice(start, i)));
  };
  while (i < path.length) {
    const c = path[i];
    if (c === ']') fail("unexpected ']'", i);
    if (c === '.') {
      emitField();
      if (i === 0 || i === path.length - 1) fail("unexpected '.'", i);
      if (path[i + 1] === '.') fail("unexpected '.'", i + 1);
      if (path[i + 1] === '[') fail("unexpected '['", i + 1);
      i++;
      start = i;
      continue;
    }
    if (c === '[') {
      emitField();
      const close = path.indexOf(']', i);
      if (close < 0) fail("unterminated '['", i);
      if (close === i + 1) fail("unexpected ']'", i + 1);
      const inner = path.slice(i + 1, close);
      const nested = inner.indexOf('[');
      if (nested >= 0) fail("unexpected '['", i + 1 + nested);
      segments.push(fieldOrIndex(inner));
      i = close + 1;
      start = i;
      continue;
    }
    i++;
  }
  emitField();
  return segments;
}

function fieldOrIndex(s: string): Segment {
  if (/^\d+$/.test(s) && Number(s) <= 0xffffffff) return { index: Number(s) };
  return field(s);
}

/**
 * crossplane-runtime v2.1.0 fieldpath.go `Field`: every field name, bracketed or dotted, has its leading and trailing
 * quotes trimmed (`strings.Trim(s, "'\"")`), so `spec.'a'` and `spec["a"]` both name `a`. The lexer's errors quote
 * the offending rune with Go's `%q` of a rune: `unexpected '.'`.
 */
function field(s: string): Segment {
  return { field: s.replace(/^['"]+|['"]+$/g, '') };
}

/**
 * A readable, re-parseable path: plain names dotted, other names bracketed and quoted
 * (`metadata.annotations["crossplane.io/external-name"]`). Used by people-facing messages.
 */
export function formatFieldPath(segments: Segment[]): string {
  return segments
    .map((s, n) => ('index' in s ? `[${s.index}]` : /^[A-Za-z0-9_-]+$/.test(s.field) ? (n === 0 ? s.field : `.${s.field}`) : `[${JSON.stringify(s.field)}]`))
    .join('');
}

/** Segments as crossplane-runtime prints them in its errors (`spec.list[0][a.b]`), so messages match upstream. */
export function formatSegments(segments: Segment[]): string {
  let out = '';
  for (const s of segments) {
    if ('index' in s) out += `[${s.index}]`;
    else if (s.field === '*' || s.field.includes('.')) out += `[${s.field}]`;
    else out += `.${s.field}`;
  }
  return out.replace(/^\./, '');
}

function segmentsOf(path: string | Segment[]): Segment[] {
  return typeof path === 'string' ? parseFieldPath(path) : path;
}

/** Where a walk stopped, and why: paved.go's errors, made into Errors only by the caller who reports them. */
class Miss {
  constructor(
    readonly segs: Segment[],
    readonly at: number,
    readonly why: 'no such element' | 'no such field' | 'expected map, got nil' | 'not an array' | 'not an object',
  ) {}
  error(): Error {
    const notFound = this.why === 'no such element' || this.why === 'no such field';
    const where = formatSegments(this.segs.slice(0, notFound ? this.at + 1 : this.at));
    return this.why === 'not an array' || this.why === 'not an object'
      ? new Error(`${where}: ${this.why}`)
      : new FieldPathNotFoundError(`${where}: ${this.why}`);
  }
}

/** The value at `segs`, or where and why it cannot be reached (paved.go getValueFromInterface). */
function reach(obj: unknown, segs: Segment[]): unknown {
  let cur: any = obj;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if ('index' in s) {
      if (!Array.isArray(cur)) return new Miss(segs, i, 'not an array');
      if (s.index >= cur.length) return new Miss(segs, i, 'no such element');
      cur = cur[s.index];
    } else {
      if (cur === null || cur === undefined) return new Miss(segs, i, 'expected map, got nil');
      if (typeof cur !== 'object' || Array.isArray(cur)) return new Miss(segs, i, 'not an object');
      if (!Object.prototype.hasOwnProperty.call(cur, s.field)) return new Miss(segs, i, 'no such field');
      cur = cur[s.field];
    }
  }
  return cur;
}

/** The value at `path`; throws {@link FieldPathNotFoundError} when it does not exist. */
export function getValueOrThrow(obj: unknown, path: string | Segment[]): unknown {
  const value = reach(obj, segmentsOf(path));
  if (value instanceof Miss) throw value.error();
  return value;
}

/** The value at `path`, or undefined when it does not exist or cannot be reached. */
export function getValue(obj: unknown, path: string | Segment[]): unknown {
  const value = reach(obj, segmentsOf(path));
  return value instanceof Miss ? undefined : value;
}

/** crossplane-runtime paved.go `DefaultMaxFieldPathIndex`: no write may index past it. */
export const MAX_FIELD_PATH_INDEX = 1024;

/** Sets `value` at `path`, creating objects and arrays on the way (arrays padded with null). */
export function setValue(obj: Record<string, any>, path: string | Segment[], value: unknown): void {
  const segs = segmentsOf(path);
  const tooLarge = segs.find((s) => 'index' in s && s.index > MAX_FIELD_PATH_INDEX);
  if (tooLarge) throw new Error(`index ${(tooLarge as { index: number }).index} is greater than max allowed index ${MAX_FIELD_PATH_INDEX}`);
  let cur: any = obj;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const last = i === segs.length - 1;
    if ('index' in s) {
      if (!Array.isArray(cur)) throw new Error(`${formatSegments(segs.slice(0, i))} is not an array`);
      while (cur.length <= s.index) cur.push(null);
      if (last) {
        cur[s.index] = value;
        return;
      }
      cur[s.index] = prepare(cur[s.index], cur[s.index] === null || cur[s.index] === undefined, segs[i + 1]);
      cur = cur[s.index];
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) {
        throw new Error(`${formatSegments(segs.slice(0, i))} is not an object`);
      }
      if (last) {
        cur[s.field] = value;
        return;
      }
      cur[s.field] = prepare(cur[s.field], !Object.prototype.hasOwnProperty.call(cur, s.field), segs[i + 1]);
      cur = cur[s.field];
    }
  }
}

/** Upstream's prepareField/prepareElement: create what is missing, lengthen arrays, leave anything else. */
function prepare(existing: any, missing: boolean, next: Segment): any {
  if (missing) return 'index' in next ? new Array(next.index + 1).fill(null) : {};
  if ('index' in next && Array.isArray(existing)) {
    while (existing.length <= next.index) existing.push(null);
  }
  return existing;
}

/**
 * Expands `[*]` wildcards against the data (crossplane-runtime's ExpandWildcards): one path per array element
 * or object key; a path whose prefix does not exist expands to nothing.
 */
export function expandWildcards(data: unknown, path: string | Segment[]): Segment[][] {
  const segs = segmentsOf(path);
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if ('field' in s && s.field === '*') {
      const at = i === 0 ? data : getValueOrThrow(data, segs.slice(0, i));
      if (at === null || at === undefined) {
        throw new FieldPathNotFoundError(`wildcard field ${JSON.stringify(formatSegments(segs.slice(0, i)))} is not found in the path`);
      }
      const keys: Segment[] = Array.isArray(at)
        ? at.map((_, n) => ({ index: n }))
        : typeof at === 'object'
          ? Object.keys(at).map((k) => ({ field: k }))
          : (() => {
              throw new Error(`${JSON.stringify(formatSegments(segs.slice(0, i)))}: unexpected wildcard usage`);
            })();
      return keys.flatMap((k) => expandWildcards(data, [...segs.slice(0, i), k, ...segs.slice(i + 1)]));
    }
    try {
      getValueOrThrow(data, segs.slice(0, i + 1));
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
  }
  return [segs];
}
