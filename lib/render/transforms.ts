/**
 * function-patch-and-transform transforms: map, match, math, string, convert — with upstream's type rules
 * (Go types of decoded JSON, see ./govalue) and its error texts, which wrap as
 * `<type> transform could not resolve: <reason>`. Upstream: pt/transforms.go (v0.10.x).
 */
import * as crypto from 'crypto';
import { goSprintf, formatFloatShortestFixed } from './gofmt';
import { Float64, boxNumbers, float64, goJsonMarshal, goJsonUnmarshalAny, goTypeName, isInt64, isObject, numberValue } from './govalue';
import { compileGoRegExp, findStringSubmatch, type GoRegExp } from '../schema/go-regexp';
import { parseQuantity } from './quantity';

export interface Transform {
  type: string;
  math?: { type?: string; multiply?: number; clampMin?: number; clampMax?: number };
  map?: Record<string, unknown>;
  match?: {
    patterns?: { type?: string; literal?: string; regexp?: string; result?: unknown }[];
    fallbackTo?: string;
    fallbackValue?: unknown;
  };
  string?: {
    type?: string;
    fmt?: string;
    convert?: string;
    trim?: string;
    regexp?: { match: string; group?: number };
    join?: { separator?: string };
    replace?: { search: string; replace?: string };
  };
  convert?: { toType: string; format?: string };
}

/** Runs transforms in order; errors name the failing transform's index, as upstream. */
export function resolveTransforms(transforms: Transform[] | undefined, input: unknown): unknown {
  let value = input;
  (transforms ?? []).forEach((t, i) => {
    try {
      value = resolve(t, value);
    } catch (err) {
      throw new Error(`transform at index ${i} returned error: ${(err as Error).message}`);
    }
  });
  return value;
}

export function resolve(t: Transform, input: unknown): unknown {
  const config = { math: t.math, map: t.map, match: t.match, string: t.string, convert: t.convert }[t.type as 'map'];
  if (!['math', 'map', 'match', 'string', 'convert'].includes(t.type)) throw new Error(`transform type ${t.type} is not supported`);
  if (config === undefined || config === null) throw new Error(`given transform type ${t.type} requires configuration`);
  try {
    switch (t.type) {
      case 'math':
        return resolveMath(t.math!, input);
      case 'map':
        return resolveMap(t.map!, input);
      case 'match':
        return resolveMatch(t.match!, input);
      case 'string':
        return resolveString(t.string!, input);
      default:
        return resolveConvert(t.convert!, input);
    }
  } catch (err) {
    throw new Error(`${t.type} transform could not resolve: ${(err as Error).message}`);
  }
}

function resolveMath(m: NonNullable<Transform['math']>, input: unknown): unknown {
  const required: Record<string, [keyof typeof m, string]> = {
    Multiply: ['multiply', 'multiply'],
    ClampMin: ['clampMin', 'clamp min'],
    ClampMax: ['clampMax', 'clamp max'],
  };
  if (!m.type) throw new Error('type: Required value: math transform type is required');
  const req = required[m.type];
  if (!req) throw new Error(`type: Invalid value: "${m.type}": unknown math transform type`);
  if (m[req[0]] === undefined || m[req[0]] === null) {
    throw new Error(`${req[0]}: Required value: must specify a value if a ${req[1]} math transform is specified`);
  }
  const n = numberValue(input);
  if (n === undefined) throw new Error(`input is required to be a number for math transformer, got ${goTypeName(input)}`);
  const operand = Number(m[req[0]]);
  if (m.type === 'Multiply') return isInt64(input) ? n * operand : float64(n * operand);
  const asInt = Math.trunc(n);
  if (m.type === 'ClampMin') return asInt < operand ? operand : input;
  return asInt > operand ? operand : input;
}

function resolveMap(pairs: Record<string, unknown>, input: unknown): unknown {
  if (typeof input !== 'string') throw new Error(`type ${goTypeName(input)} is not supported for map transform`);
  if (!Object.prototype.hasOwnProperty.call(pairs, input)) throw new Error(`key ${input} is not found in map`);
  // Pair values are raw JSON decoded with encoding/json, so numbers are float64. A null value leaves the pair's
  // extv1.JSON empty, and transforms.go `ResolveMap` then fails to decode its empty Raw.
  if (pairs[input] === null) throw new Error(`value for key ${input} is not valid JSON: unexpected end of JSON input`);
  return boxNumbers(pairs[input]);
}

function resolveMatch(m: NonNullable<Transform['match']>, input: unknown): unknown {
  const patterns = m.patterns ?? [];
  for (let i = 0; i < patterns.length; i++) {
    let matched: boolean;
    try {
      matched = matches(patterns[i], input);
    } catch (err) {
      throw new Error(`cannot match pattern at index ${i}: ${(err as Error).message}`);
    }
    if (matched) return patterns[i].result === undefined ? null : boxNumbers(patterns[i].result);
  }
  if (m.fallbackTo === 'Input') {
    if (m.fallbackValue !== undefined && m.fallbackValue !== null) throw new Error('cannot set both a fallback value and the fallback to input flag');
    return input;
  }
  return m.fallbackValue === undefined ? null : boxNumbers(m.fallbackValue);
}

function matches(p: { type?: string; literal?: string; regexp?: string }, input: unknown): boolean {
  // No defaulting: the input is never seen by an API server, and upstream's Matches switches on the raw type,
  // so a pattern without `type` passes validation (which treats "" as literal) but fails here.
  const type = p.type ?? '';
  if (type === 'literal') {
    if (p.literal === undefined || p.literal === null) throw new Error('literal is required by type literal');
    if (typeof input !== 'string') throw new Error(`unsupported input type '${goTypeName(input)}'`);
    return input === p.literal;
  }
  if (type === 'regexp') {
    if (p.regexp === undefined || p.regexp === null) throw new Error('regexp is required by type regexp');
    let re: GoRegExp;
    try {
      re = compileGoRegExp(p.regexp);
    } catch (err) {
      throw new Error(`cannot compile regexp: ${(err as Error).message}`);
    }
    if (input === null || input === undefined) throw new Error("unsupported input type 'null'");
    if (typeof input !== 'string') throw new Error(`unsupported input type '${goTypeName(input)}'`);
    return re.test(input);
  }
  throw new Error(`unsupported pattern type '${type}'`);
}

function resolveString(s: NonNullable<Transform['string']>, input: unknown): string {
  const type = s.type ?? 'Format';
  switch (type) {
    case 'Format':
      if (s.fmt === undefined) throw new Error(`string transform of type ${type} fmt is not set`);
      return goSprintf(s.fmt, [input]);
    case 'Convert':
      if (s.convert === undefined) throw new Error(`string transform of type ${type} convert is not set`);
      return stringConvert(s.convert, input);
    case 'TrimPrefix':
    case 'TrimSuffix': {
      if (s.trim === undefined) throw new Error(`string transform of type ${type} trim is not set`);
      const str = goSprintf('%v', [input]);
      if (type === 'TrimPrefix') return str.startsWith(s.trim) ? str.slice(s.trim.length) : str;
      return s.trim !== '' && str.endsWith(s.trim) ? str.slice(0, str.length - s.trim.length) : str;
    }
    case 'Regexp': {
      if (!s.regexp) throw new Error(`string transform of type ${type} regexp is not set`);
      let re: GoRegExp;
      try {
        re = compileGoRegExp(s.regexp.match);
      } catch (err) {
        throw new Error(`could not compile regexp: ${(err as Error).message}`);
      }
      const groups = findStringSubmatch(re, goSprintf('%v', [input]));
      const g = s.regexp.group ?? 0;
      if (!groups || g >= groups.length) throw new Error(`regexp ${JSON.stringify(s.regexp.match)} had no matches for group ${g}`);
      return groups[g];
    }
    case 'Join': {
      if (!s.join) throw new Error(`string transform of type ${type} join is not set`);
      if (!Array.isArray(input)) throw new Error('could not parse input array');
      return joinLikeUpstream(input, s.join.separator ?? '');
    }
    case 'Replace':
      if (!s.replace) throw new Error(`string transform of type ${type} replace is not set`);
      return goSprintf('%v', [input])
        .split(s.replace.search)
        .join(s.replace.replace ?? '');
    default:
      throw new Error(`type ${type} is not supported for string transform type`);
  }
}

/**
 * Upstream's `stringJoinTransform` appends the separator after every element, then cuts off the last *byte*
 * when the separator is not empty. With a one-byte separator that is an ordinary join; with a longer one the
 * rest of the trailing separator stays (`[a b]` joined by `, ` is `a, b,`). Mirrored as is.
 */
function joinLikeUpstream(items: unknown[], separator: string): string {
  if (items.length === 0) return '';
  const joined = items.map((v) => goSprintf('%v', [v]) + separator).join('');
  if (separator.length === 0) return joined;
  const bytes = Buffer.from(joined, 'utf8');
  return bytes.subarray(0, bytes.length - 1).toString('utf8');
}

function stringConvert(conversion: string, input: unknown): string {
  const str = goSprintf('%v', [input]);
  const bytesOf = (v: unknown) => Buffer.from(typeof v === 'string' ? v : goJsonMarshal(v), 'utf8');
  const hash = (algorithm: string) => crypto.createHash(algorithm).update(bytesOf(input)).digest('hex');
  switch (conversion) {
    case 'ToUpper':
      return goToUpper(str);
    case 'ToLower':
      return goToLower(str);
    case 'ToJson':
      try {
        return goJsonMarshal(input);
      } catch (err) {
        throw new Error(`cannot marshal to JSON: ${(err as Error).message}`);
      }
    case 'ToBase64':
      return Buffer.from(str, 'utf8').toString('base64');
    case 'FromBase64':
      return decodeBase64Strict(str);
    case 'ToSha1':
      return hash('sha1');
    case 'ToSha256':
      return hash('sha256');
    case 'ToSha512':
      return hash('sha512');
    case 'ToAdler32':
      return String(adler32(bytesOf(input)));
    default:
      throw new Error(`type ${conversion} is not supported for string convert`);
  }
}

/** Go's base64.StdEncoding: padding required, no stray characters. */
function decodeBase64Strict(s: string): string {
  const bad = s.search(/[^A-Za-z0-9+/=]/);
  const padAt = s.indexOf('=');
  let offset = -1;
  if (bad >= 0) offset = bad;
  else if (padAt >= 0 && (!/^=?=$/.test(s.slice(padAt)) || s.length % 4 !== 0)) offset = padAt;
  else if (s.length % 4 !== 0) offset = s.length - (s.length % 4);
  if (offset >= 0) throw new Error(`string is not valid base64: illegal base64 data at input byte ${offset}`);
  return Buffer.from(s, 'base64').toString('utf8');
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const ioTypes = ['string', 'int', 'int64', 'bool', 'float64', 'object', 'array'];

function resolveConvert(c: NonNullable<Transform['convert']>, input: unknown): unknown {
  const format = c.format ?? 'none';
  if (!['none', 'quantity', 'json'].includes(format)) throw new Error(`format: Invalid value: "${format}": invalid format`);
  if (!ioTypes.includes(c.toType)) throw new Error(`toType: Invalid value: "${c.toType}": invalid type`);
  const from = goTypeName(input);
  if (!ioTypes.includes(from)) throw new Error(`invalid input type ${from}`);
  const to = c.toType === 'int' ? 'int64' : c.toType;
  if (to === from) return input;
  const convert = conversions[`${from}>${to}>${format}`];
  if (!convert) throw new Error(`conversion from ${from} to ${to} is not supported with format ${format}`);
  return convert(input);
}

const num = (v: unknown) => numberValue(v) as number;

/** Upstream's conversion table; anything not listed is "not supported with format …". */
const conversions: Record<string, (v: any) => unknown> = {
  'string>int64>none': (s: string) => parseGoInt(s),
  'string>bool>none': (s: string) => parseGoBool(s),
  'string>float64>none': (s: string) => float64(parseGoFloat(s)),
  'string>float64>quantity': (s: string) => float64(parseQuantity(s)),
  'int64>string>none': (i: number) => BigInt(i).toString(),
  'int64>bool>none': (i: number) => i === 1,
  'int64>float64>none': (i: number) => new Float64(i),
  'bool>string>none': (b: boolean) => String(b),
  'bool>int64>none': (b: boolean) => (b ? 1 : 0),
  'bool>float64>none': (b: boolean) => new Float64(b ? 1 : 0),
  'float64>string>none': (f: unknown) => formatFloatShortestFixed(num(f)),
  'float64>int64>none': (f: unknown) => Math.trunc(num(f)),
  'float64>bool>none': (f: unknown) => num(f) === 1,
  'string>object>json': (s: string) => {
    const v = parseJson(s);
    // encoding/json decodes `null` into a map without error (the map becomes nil, written as null).
    if (v !== null && !isObject(v)) throw new Error(`json: cannot unmarshal ${jsonKind(v)} into Go value of type map[string]interface {}`);
    return v;
  },
  'string>array>json': (s: string) => {
    const v = parseJson(s);
    if (v !== null && !Array.isArray(v)) throw new Error(`json: cannot unmarshal ${jsonKind(v)} into Go value of type []interface {}`);
    return v;
  },
};

function parseJson(s: string): unknown {
  try {
    return goJsonUnmarshalAny(s);
  } catch (err) {
    throw new Error(`invalid character in JSON input: ${(err as Error).message}`);
  }
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (v === null) return 'null';
  if (isObject(v)) return 'object';
  return 'number';
}

function parseGoInt(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new Error(`strconv.ParseInt: parsing ${JSON.stringify(s)}: invalid syntax`);
  const big = BigInt(s);
  if (big > 9223372036854775807n || big < -9223372036854775808n) {
    throw new Error(`strconv.ParseInt: parsing ${JSON.stringify(s)}: value out of range`);
  }
  return Number(big);
}

function parseGoBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new Error(`strconv.ParseBool: parsing ${JSON.stringify(s)}: invalid syntax`);
}

/**
 * strconv.ParseFloat(s, 64) (strconv/atof.go readFloat, special, underscoreOK): `Inf`, `Infinity` and `NaN` in any
 * case; decimal literals; hexadecimal ones with a mandatory binary exponent (`0x1.8p+1`); and Go's digit-separating
 * underscores (`1_000`, between digits or after a base prefix only).
 */
function parseGoFloat(s: string): number {
  const lower = s.toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(lower)) return lower.startsWith('-') ? -Infinity : Infinity;
  if (lower === 'nan') return NaN; // strconv/atof.go special: a sign only before Inf
  const invalid = () => new Error(`strconv.ParseFloat: parsing ${JSON.stringify(s)}: invalid syntax`);
  if (s.includes('_') && !underscoreOK(s)) throw invalid();
  const plain = s.replace(/_/g, '');
  let f: number;
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(plain);
  if (hex) {
    const [, sign, whole, frac = '', exp] = hex;
    if (whole.length + frac.length === 0) throw invalid();
    const mantissa = Number(BigInt(`0x${whole}${frac}`));
    f = mantissa * 2 ** (Number(exp) - 4 * frac.length);
    if (mantissa !== 0 && f === 0) f = Number(BigInt(`0x${whole}${frac}`)) / 2 ** (4 * frac.length - Number(exp));
    if (sign === '-') f = -f;
  } else {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)) throw invalid();
    f = Number(plain);
  }
  if (!Number.isFinite(f)) throw new Error(`strconv.ParseFloat: parsing ${JSON.stringify(s)}: value out of range`);
  return f;
}

/** strconv/atoi.go underscoreOK: an underscore only between digits, or between a base prefix and a digit. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/**
 * Go's strings.ToUpper/ToLower map rune by rune with unicode.ToUpper/ToLower: Unicode's *simple* case mapping
 * (UnicodeData.txt), never SpecialCasing's multi-character or context-dependent mappings that JavaScript applies:
 * Go leaves `ß` as is (JS: `SS`), lowers `İ` to `i` (JS: `i̇`) and every `Σ` to `σ` (JS: a final `ς`). Mapping
 * one code point at a time removes the context; a code point whose full mapping has several code points keeps its
 * simple mapping, which differs from itself only for these (UnicodeData.txt simple mappings).
 */
const SIMPLE_UPPER_OF_MULTI: Record<number, number> = (() => {
  const out: Record<number, number> = { 0x1fb3: 0x1fbc, 0x1fc3: 0x1fcc, 0x1ff3: 0x1ffc };
  for (const start of [0x1f80, 0x1f90, 0x1fa0]) for (let i = 0; i < 8; i++) out[start + i] = start + 8 + i;
  return out;
})();
const SIMPLE_LOWER_OF_MULTI: Record<number, number> = { 0x130: 0x69 };

function goToUpper(s: string): string {
  return mapRunes(s, (ch) => ch.toUpperCase(), SIMPLE_UPPER_OF_MULTI);
}

function goToLower(s: string): string {
  return mapRunes(s, (ch) => ch.toLowerCase(), SIMPLE_LOWER_OF_MULTI);
}

function mapRunes(s: string, full: (ch: string) => string, simpleOfMulti: Record<number, number>): string {
  if (/^[\x00-\x7f]*$/.test(s)) return full(s);
  let out = '';
  for (const ch of s) {
    const mapped = full(ch);
    if ([...mapped].length === 1) out += mapped;
    else {
      const cp = ch.codePointAt(0) as number;
      out += String.fromCodePoint(simpleOfMulti[cp] ?? cp);
    }
  }
  return out;
}
