/**
 * The Kubernetes CEL library functions that @bufbuild/cel does not provide (it already has the standard library
 * and the `strings` extension: startsWith, endsWith, contains, matches, size, lowerAscii, upperAscii, split,
 * join, indexOf, replace, substring, trim, format). Added here, by the Kubernetes names and semantics:
 *
 * - lists: `isSorted()`, `sum()`, `min()`, `max()`, `indexOf(x)`, `lastIndexOf(x)`
 * - regex: `find(re)`, `findAll(re)`, `findAll(re, n)`
 * - IP/CIDR: `isIP(s)`, `isCIDR(s)`, `ip(s)`, `cidr(s)` and the methods `family()`, `prefixLength()`, `ip()`,
 *   `masked()`, `containsIP(x)`, `containsCIDR(x)`, `isLoopback()`, `isUnspecified()`. IPs and CIDRs are
 *   represented as their canonical strings, so they compare and print as text.
 * - optionals, for `optionalOldSelf`: `hasValue()`, `value()`, `orValue(x)`, `optional.of(x)`, `optional.none()`.
 *
 * `url()` and `quantity()` are not provided.
 */
import { type CelList, type CelMap, type CelValue, CelScalar, celFunc, celMethod, listType, mapType } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { compileGoRegExp, findAllString, findStringSubmatch } from '../schema/go-regexp';

const { INT, DYN, STRING, BOOL } = CelScalar;
const LIST = listType(DYN);
const MAP = mapType(STRING, DYN);

// ---- lists ----------------------------------------------------------------------------------------------

function compare(a: CelValue, b: CelValue): number {
  const comparable = (v: CelValue) => typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
  if (!comparable(a) || !comparable(b) || (typeof a === 'string') !== (typeof b === 'string')) {
    throw new Error(`cannot compare ${String(a)} and ${String(b)}`);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

const items = (list: CelList): CelValue[] => [...list];

function extreme(list: CelList, sign: 1 | -1): CelValue {
  const values = items(list);
  if (values.length === 0) throw new Error('min/max of an empty list');
  return values.reduce((best, v) => (compare(v, best) * sign > 0 ? v : best));
}

function sum(list: CelList): bigint | number {
  const values = items(list);
  if (values.every((v) => typeof v === 'bigint')) return (values as bigint[]).reduce((a, b) => a + b, 0n);
  if (values.every((v) => typeof v === 'number')) return (values as number[]).reduce((a, b) => a + b, 0);
  throw new Error('sum() needs a list of ints or a list of doubles');
}

function sameValue(a: CelValue, b: CelValue): boolean {
  return a === b || (typeof a !== 'object' && typeof b !== 'object' && Number(a) === Number(b) && typeof a !== 'string');
}

const lists = [
  celMethod('isSorted', LIST, [], BOOL, function (this: CelList) {
    const values = items(this);
    return values.every((v, i) => i === 0 || compare(values[i - 1], v) <= 0);
  }),
  celMethod('sum', LIST, [], DYN, function (this: CelList) {
    return sum(this);
  }),
  celMethod('min', LIST, [], DYN, function (this: CelList) {
    return extreme(this, -1) as any;
  }),
  celMethod('max', LIST, [], DYN, function (this: CelList) {
    return extreme(this, 1) as any;
  }),
  celMethod('indexOf', LIST, [DYN], INT, function (this: CelList, x: CelValue) {
    return BigInt(items(this).findIndex((v) => sameValue(v, x)));
  }),
  celMethod('lastIndexOf', LIST, [DYN], INT, function (this: CelList, x: CelValue) {
    const values = items(this);
    for (let i = values.length - 1; i >= 0; i--) if (sameValue(values[i], x)) return BigInt(i);
    return -1n;
  }),
];

// ---- regex ----------------------------------------------------------------------------------------------

/**
 * Kubernetes' regex library (apiserver pkg/cel/library/regex.go: `find` is `FindString`, `findAll` is
 * `FindAllString`) on Go's regexp semantics, and cel-go's `matches` (`regexp.MatchString`: a match anywhere) on
 * the same engine: @bufbuild/cel's own compiles its pattern again on every call, which made a tag rule over `\p{L}`
 * cost a sixth of a second per claim; compileGoRegExp compiles each pattern once per process.
 */
const regex = [
  celMethod('matches', STRING, [STRING], BOOL, function (this: string, re: string) {
    return compileGoRegExp(re).test(this);
  }),
  celFunc('matches', [STRING, STRING], BOOL, (s: string, re: string) => compileGoRegExp(re).test(s)),
  celMethod('find', STRING, [STRING], STRING, function (this: string, re: string) {
    return findStringSubmatch(compileGoRegExp(re), this)?.[0] ?? '';
  }),
  celMethod('findAll', STRING, [STRING], LIST, function (this: string, re: string) {
    return findAllString(compileGoRegExp(re), this);
  }),
  celMethod('findAll', STRING, [STRING, INT], LIST, function (this: string, re: string, n: bigint) {
    return findAllString(compileGoRegExp(re), this, n < 0n ? -1 : Number(n));
  }),
];

// ---- strings, by code point -----------------------------------------------------------------------------

/**
 * cel-go's strings extension counts in Unicode code points (as `size()` does); @bufbuild/cel's counts UTF-16
 * units for these, and its `split(sep, n)` truncates where Go's strings.SplitN keeps the remainder.
 */
const codePoints = (s: string): string[] => Array.from(s);

function codePointIndex(units: number, s: string): bigint {
  return units < 0 ? -1n : BigInt(Array.from(s.slice(0, units)).length);
}

function checkRange(i: bigint, max: number, what: string): number {
  if (i < 0n || i > BigInt(max)) throw new Error(`index out of range: ${i}${what}`);
  return Number(i);
}

function indexOfFrom(this: string, sub: string, from: bigint): bigint {
  const cps = codePoints(this);
  const start = checkRange(from, cps.length, '');
  const rest = cps.slice(start).join('');
  const at = rest.indexOf(sub);
  return at < 0 ? -1n : BigInt(start) + codePointIndex(at, rest);
}

function lastIndexOfFrom(this: string, sub: string, from: bigint): bigint {
  const cps = codePoints(this);
  const end = checkRange(from, cps.length, '');
  const head = cps.slice(0, end + codePoints(sub).length).join('');
  return codePointIndex(head.lastIndexOf(sub), head);
}

function splitN(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  const all = sep === '' ? codePoints(s) : s.split(sep);
  if (n < 0 || all.length <= n) return all;
  if (sep === '') return [...all.slice(0, n - 1), all.slice(n - 1).join('')];
  return [...all.slice(0, n - 1), all.slice(n - 1).join(sep)];
}

const codePointStrings = [
  celMethod('charAt', STRING, [INT], STRING, function (this: string, i: bigint) {
    const cps = codePoints(this);
    return cps[checkRange(i, cps.length, '')] ?? '';
  }),
  celMethod('indexOf', STRING, [STRING], INT, function (this: string, sub: string) {
    return indexOfFrom.call(this, sub, 0n);
  }),
  celMethod('indexOf', STRING, [STRING, INT], INT, function (this: string, sub: string, from: bigint) {
    return indexOfFrom.call(this, sub, from);
  }),
  celMethod('lastIndexOf', STRING, [STRING], INT, function (this: string, sub: string) {
    return lastIndexOfFrom.call(this, sub, BigInt(codePoints(this).length));
  }),
  celMethod('lastIndexOf', STRING, [STRING, INT], INT, function (this: string, sub: string, from: bigint) {
    return lastIndexOfFrom.call(this, sub, from);
  }),
  celMethod('substring', STRING, [INT], STRING, function (this: string, start: bigint) {
    const cps = codePoints(this);
    return cps.slice(checkRange(start, cps.length, '')).join('');
  }),
  celMethod('substring', STRING, [INT, INT], STRING, function (this: string, start: bigint, end: bigint) {
    const cps = codePoints(this);
    if (start > end) throw new Error(`invalid substring range. start: ${start}, end: ${end}`);
    return cps.slice(checkRange(start, cps.length, ''), checkRange(end, cps.length, '')).join('');
  }),
  celMethod('split', STRING, [STRING], LIST, function (this: string, sep: string) {
    return splitN(this, sep, -1);
  }),
  celMethod('split', STRING, [STRING, INT], LIST, function (this: string, sep: string, n: bigint) {
    return splitN(this, sep, Number(n));
  }),
];
const replacedStrings = new Set(['charAt', 'indexOf', 'lastIndexOf', 'substring', 'split']);

// ---- IP and CIDR ----------------------------------------------------------------------------------------

interface Address {
  family: 4 | 6;
  bits: bigint;
}

function parseIP(text: string): Address | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const octets = v4.slice(1).map(Number);
    // Kubernetes refuses leading zeros (ambiguous octal).
    if (octets.some((o, i) => o > 255 || (v4[i + 1].length > 1 && v4[i + 1].startsWith('0')))) return undefined;
    return { family: 4, bits: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n) };
  }
  if (!/^[0-9a-fA-F:]+$/.test(text) || text.split('::').length > 2) return undefined;
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const all = [...left, ...Array(tail === undefined ? 0 : missing).fill('0'), ...right];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return { family: 6, bits: all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
}

const width = (a: Address) => (a.family === 4 ? 32 : 128);

function formatIP(a: Address): string {
  if (a.family === 4) return [24n, 16n, 8n, 0n].map((s) => String((a.bits >> s) & 255n)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((a.bits >> BigInt(112 - 16 * i)) & 0xffffn));
  // RFC 5952: compress the longest run (of two or more) of zero groups.
  let best = { at: -1, len: 1 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.len).join(':')}`;
}

interface Cidr {
  address: Address;
  prefix: number;
}

function parseCIDR(text: string): Cidr | undefined {
  const [ip, prefix, ...rest] = text.split('/');
  const address = parseIP(ip);
  if (!address || rest.length || !/^\d{1,3}$/.test(prefix ?? '')) return undefined;
  const bits = Number(prefix);
  return bits <= width(address) ? { address, prefix: bits } : undefined;
}

const mask = (c: Cidr) => ((1n << BigInt(width(c.address))) - 1n) ^ ((1n << BigInt(width(c.address) - c.prefix)) - 1n);
const masked = (c: Cidr): Cidr => ({ prefix: c.prefix, address: { ...c.address, bits: c.address.bits & mask(c) } });
const formatCIDR = (c: Cidr) => `${formatIP(c.address)}/${c.prefix}`;

function ipOf(text: string): Address {
  const a = parseIP(text) ?? parseCIDR(text)?.address;
  if (!a) throw new Error(`IP Address "${text}" parse error`);
  return a;
}
function cidrOf(text: string): Cidr {
  const c = parseCIDR(text) ?? (parseIP(text) ? { address: parseIP(text)!, prefix: width(parseIP(text)!) } : undefined);
  if (!c) throw new Error(`network address parse error: "${text}"`);
  return c;
}
function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.address.family === inner.address.family && inner.prefix >= outer.prefix && (inner.address.bits & mask(outer)) === masked(outer).address.bits;
}

const network = [
  celFunc('isIP', [STRING], BOOL, (s: string) => parseIP(s) !== undefined),
  celFunc('isCIDR', [STRING], BOOL, (s: string) => parseCIDR(s) !== undefined),
  celFunc('ip', [STRING], STRING, (s: string) => {
    const a = parseIP(s);
    if (!a) throw new Error(`IP Address "${s}" parse error`);
    return formatIP(a);
  }),
  celFunc('ip.isCanonical', [STRING], BOOL, (s: string) => formatIP(ipOf(s)) === s),
  celFunc('cidr', [STRING], STRING, (s: string) => {
    const c = parseCIDR(s);
    if (!c) throw new Error(`network address parse error: "${s}"`);
    return formatCIDR(c);
  }),
  celMethod('family', STRING, [], INT, function (this: string) {
    return BigInt(ipOf(this).family);
  }),
  celMethod('isLoopback', STRING, [], BOOL, function (this: string) {
    const a = ipOf(this);
    return a.family === 4 ? a.bits >> 24n === 127n : a.bits === 1n;
  }),
  celMethod('isUnspecified', STRING, [], BOOL, function (this: string) {
    return ipOf(this).bits === 0n;
  }),
  celMethod('prefixLength', STRING, [], INT, function (this: string) {
    return BigInt(cidrOf(this).prefix);
  }),
  celMethod('ip', STRING, [], STRING, function (this: string) {
    return formatIP(cidrOf(this).address);
  }),
  celMethod('masked', STRING, [], STRING, function (this: string) {
    return formatCIDR(masked(cidrOf(this)));
  }),
  celMethod('containsIP', STRING, [STRING], BOOL, function (this: string, ip: string) {
    const a = ipOf(ip);
    return contains(cidrOf(this), { address: a, prefix: width(a) });
  }),
  celMethod('containsCIDR', STRING, [STRING], BOOL, function (this: string, other: string) {
    return contains(cidrOf(this), cidrOf(other));
  }),
];

// ---- optionals ------------------------------------------------------------------------------------------

/**
 * @bufbuild/cel has no optional type, which `optionalOldSelf` needs. An optional is modelled as a map holding a
 * marker key no schema field can have (and the value, when there is one); the methods below read it.
 */
const OPTIONAL = '\u0000optional';
const VALUE = '\u0000value';

export function optionalOf(value: unknown): Map<string, unknown> {
  return new Map<string, unknown>([
    [OPTIONAL, true],
    [VALUE, value],
  ]);
}
export function optionalNone(): Map<string, unknown> {
  return new Map<string, unknown>([[OPTIONAL, true]]);
}
function asOptional(v: CelMap): CelMap {
  if (!v.has(OPTIONAL)) throw new Error('not an optional value');
  return v;
}

const optionals = [
  celMethod('hasValue', MAP, [], BOOL, function (this: CelMap) {
    return asOptional(this).has(VALUE);
  }),
  celMethod('value', MAP, [], DYN, function (this: CelMap) {
    if (!asOptional(this).has(VALUE)) throw new Error('optional.none() dereference');
    return this.get(VALUE) as any;
  }),
  celMethod('orValue', MAP, [DYN], DYN, function (this: CelMap, fallback: CelValue) {
    return (asOptional(this).has(VALUE) ? this.get(VALUE) : fallback) as any;
  }),
  celFunc('optional.of', [DYN], MAP, (v: CelValue) => optionalOf(v) as any),
  celFunc('optional.none', [], MAP, () => optionalNone() as any),
];

/** Every function a Kubernetes CEL rule may call beyond @bufbuild/cel's standard library. */
export const kubernetesCelFunctions = [
  ...strings.filter((f) => !replacedStrings.has(f.name)),
  ...codePointStrings,
  ...lists,
  ...regex,
  ...network,
  ...optionals,
];

/**
 * The Kubernetes release from which a CRD may use a function (its CEL library is in the base environment of the
 * release before: apiserver pkg/cel/environment/base.go, and new expressions compile against
 * DefaultCompatibilityVersion, n-1). Unlisted functions are usable on every release this project supports.
 */
export const FUNCTION_SINCE: Record<string, number> = {
  // strings extension version 2 (base.go: 1.29), compatible from 1.30
  format: 30,
  'strings.quote': 30,
  // library.IP and library.CIDR (base.go: 1.30), compatible from 1.31
  ...Object.fromEntries(
    ['isIP', 'isCIDR', 'ip', 'cidr', 'ip.isCanonical', 'family', 'isLoopback', 'isUnspecified', 'prefixLength', 'masked', 'containsIP', 'containsCIDR'].map(
      (name) => [name, 31],
    ),
  ),
};
