/**
 * Crossplane field paths: `spec.forProvider.tags[Name]`, `metadata.annotations["crossplane.io/external-name"]`,
 * `spec.parameters.zones[0]`. Same grammar as crossplane-runtime's fieldpath package: dots separate fields,
 * brackets hold an array index (digits) or a field name (bare or double-quoted, which may contain dots).
 */
export type Segment = { field: string } | { index: number };

export function parseFieldPath(path: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`invalid field path "${path}": ${why} at position ${i}`);
  };
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      if (i === 0 || i === path.length - 1) fail('unexpected "."');
      i++;
      continue;
    }
    if (c === '[') {
      const close = path.indexOf(']', i);
      if (close < 0) fail('unterminated "["');
      let inner = path.slice(i + 1, close);
      if (inner === '') fail('empty brackets');
      if (/^\d+$/.test(inner)) segments.push({ index: Number(inner) });
      else {
        if (/^".*"$/.test(inner) || /^'.*'$/.test(inner)) inner = inner.slice(1, -1);
        segments.push({ field: inner });
      }
      i = close + 1;
      if (i < path.length && path[i] !== '.' && path[i] !== '[') fail('expected "." or "[" after "]"');
      continue;
    }
    let j = i;
    while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
    segments.push({ field: path.slice(i, j) });
    i = j;
  }
  if (segments.length === 0) fail('empty path');
  return segments;
}

export function formatFieldPath(segments: Segment[]): string {
  return segments
    .map((s, n) =>
      'index' in s ? `[${s.index}]` : /^[A-Za-z0-9_-]+$/.test(s.field) ? (n === 0 ? s.field : `.${s.field}`) : `[${JSON.stringify(s.field)}]`,
    )
    .join('');
}

/** The value at `path`, or undefined when any segment is missing. */
export function getValue(obj: unknown, path: string | Segment[]): unknown {
  let cur: any = obj;
  for (const s of typeof path === 'string' ? parseFieldPath(path) : path) {
    if (cur === null || cur === undefined) return undefined;
    if ('index' in s) {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[s.index];
    } else {
      if (typeof cur !== 'object' || Array.isArray(cur)) return undefined;
      cur = cur[s.field];
    }
  }
  return cur;
}

/** Sets `value` at `path`, creating objects and arrays on the way (arrays are padded with null, as upstream does). */
export function setValue(obj: Record<string, any>, path: string | Segment[], value: unknown): void {
  const segs = typeof path === 'string' ? parseFieldPath(path) : path;
  let cur: any = obj;
  segs.forEach((s, n) => {
    const last = n === segs.length - 1;
    const next = segs[n + 1];
    const key: string | number = 'index' in s ? s.index : s.field;
    if ('index' in s && !Array.isArray(cur)) throw new Error(`cannot index non-array with [${s.index}]`);
    if ('index' in s) while (cur.length < s.index) cur.push(null);
    if (last) {
      cur[key] = value;
      return;
    }
    const wantArray = 'index' in next;
    if (cur[key] === undefined || cur[key] === null || typeof cur[key] !== 'object' || Array.isArray(cur[key]) !== wantArray) {
      cur[key] = wantArray ? [] : {};
    }
    cur = cur[key];
  });
}
