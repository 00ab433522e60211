/**
 * Go's `fmt.Sprintf`, for the values a patch can carry (string, int64, float64, bool, nil, maps, slices).
 *
 * function-patch-and-transform formats `string.fmt` transforms and `CombineFromComposite` strategies with
 * `fmt.Sprintf`, so previews must print what Go prints, including its complaint markers:
 * `%!d(string=abc)` for a verb that does not fit, `%!s(MISSING)`, `%!(EXTRA int64=1)`, `%!s(<nil>)`.
 * Supported verbs: v s q d t f F e E g G x X o O b c U T and `%%`; flags `-+# 0` (for v, fmt moves `#` and `+` to
 * sharpV and plusV: `%#v` is Go syntax, `%+v` has no sign), width, precision and explicit argument indexes
 * (`%[2]s`; `%!v(BADINDEX)` when out of range). Not supported: `*` for width or precision.
 * https://pkg.go.dev/fmt
 */
import { goTypeName, isFloat64, isInt64, isObject, numberValue, goFloatString } from './govalue';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  precision?: number;
  verb: string;
  /** `%#v`: Go-syntax representation (fmt/print.go moves `#` to sharpV, and `+` to plusV, for the verb v). */
  sharpV?: boolean;
}

export function goSprintf(format: string, args: unknown[]): string {
  let out = '';
  let argIndex = 0;
  // Go stops reporting unused arguments (%!(EXTRA ...)) once any explicit index like %[2]s is used.
  let reordered = false;
  let i = 0;
  /** An explicit argument index `[n]` at i (1-based in the format, as in Go's fmt). */
  const argNumber = (): { found: boolean; good: boolean } => {
    if (format[i] !== '[') return { found: false, good: true };
    reordered = true;
    const close = format.indexOf(']', i);
    const digits = close < 0 ? '' : format.slice(i + 1, close);
    if (close < 0 || !/^\d+$/.test(digits)) {
      i = close < 0 ? i + 1 : close + 1;
      return { found: false, good: false };
    }
    i = close + 1;
    const n = Number(digits) - 1;
    if (n < 0 || n >= args.length) return { found: true, good: false };
    argIndex = n;
    return { found: true, good: true };
  };
  while (i < format.length) {
    const c = format[i];
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    const spec: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false, verb: '' };
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '#') spec.sharp = true;
      else if (f === ' ') spec.space = true;
      else if (f === '0') spec.zero = true;
      else break;
    }
    let index = argNumber();
    let goodArgNum = index.good;
    const width = /^\d+/.exec(format.slice(i));
    if (width) {
      spec.width = Number(width[0]);
      i += width[0].length;
      if (index.found) goodArgNum = false;
    }
    if (format[i] === '.') {
      i++;
      if (index.found) goodArgNum = false;
      index = argNumber();
      goodArgNum = goodArgNum && index.good;
      const precision = /^\d+/.exec(format.slice(i));
      spec.precision = precision ? Number(precision[0]) : 0;
      if (precision) i += precision[0].length;
    }
    if (!index.found) {
      index = argNumber();
      goodArgNum = goodArgNum && index.good;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) as number);
    i += verb.length;
    spec.verb = verb;
    if (verb === 'v') {
      // fmt/print.go doPrintf: for v, `#` means Go syntax (sharpV) and `+` means struct field names (plusV), so
      // neither keeps its usual meaning: %+v prints no sign, %#v quotes strings.
      spec.sharpV = spec.sharp;
      spec.sharp = false;
      spec.plus = false;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (!goodArgNum) {
      out += `%!${verb}(BADINDEX)`;
      continue;
    }
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatValue(args[argIndex++], spec);
  }
  if (!reordered && argIndex < args.length) {
    out += `%!(EXTRA ${args
      .slice(argIndex)
      .map((a) => `${goTypeName(a)}=${formatValue(a, plainV())}`)
      .join(', ')})`;
  }
  return out;
}

function plainV(): Spec {
  return { minus: false, plus: false, sharp: false, space: false, zero: false, verb: 'v' };
}

/**
 * One argument (`inner`: an element of a map or slice, which fmt/print.go printValue reaches through an interface:
 * a nil element prints `<nil>` whatever the verb, or `interface {}(nil)` under %#v).
 */
function formatValue(v: unknown, spec: Spec, inner = false): string {
  if (spec.verb === 'T') return pad(goTypeName(v), spec, false);
  if (v === null || v === undefined) {
    if (inner) return spec.sharpV ? 'interface {}(nil)' : pad('<nil>', spec, false);
    return spec.verb === 'v' ? pad('<nil>', spec, false) : `%!${spec.verb}(<nil>)`;
  }
  if (Array.isArray(v)) {
    const items = v.map((x) => formatValue(x, spec, true));
    return spec.sharpV ? `[]interface {}{${items.join(', ')}}` : `[${items.join(' ')}]`;
  }
  if (isObject(v)) {
    const entries = Object.keys(v)
      .sort()
      .map((k) => `${formatValue(k, spec, true)}:${formatValue(v[k], spec, true)}`);
    return spec.sharpV ? `map[string]interface {}{${entries.join(', ')}}` : `map[${entries.join(' ')}]`;
  }
  if (typeof v === 'string') return formatString(v, spec);
  if (typeof v === 'boolean') return formatBool(v, spec);
  if (isInt64(v)) return formatInt(v, spec);
  if (isFloat64(v)) return formatFloat(numberValue(v) as number, spec, v);
  return bad(v, spec);
}

function bad(v: unknown, spec: Spec): string {
  return `%!${spec.verb}(${goTypeName(v)}=${formatValue(v, plainV())})`;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  const w = spec.width ?? 0;
  const len = [...s].length;
  if (len >= w) return s;
  if (spec.minus) return s + ' '.repeat(w - len);
  if (spec.zero && numeric) {
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(w - len) + s.slice(sign.length);
  }
  // Go pads strings with zeros too when the 0 flag is given (and no '-').
  if (spec.zero && !numeric) return '0'.repeat(w - len) + s;
  return ' '.repeat(w - len) + s;
}

function formatString(s: string, spec: Spec): string {
  switch (spec.verb) {
    case 'v':
    case 's': {
      const t = spec.precision !== undefined ? [...s].slice(0, spec.precision).join('') : s;
      return pad(spec.sharpV ? goQuote(t) : t, spec, false);
    }
    case 'q':
      return pad(spec.sharp && !s.includes('`') ? `\`${s}\`` : goQuote(s), spec, false);
    case 'x':
    case 'X': {
      let hex = Buffer.from(s, 'utf8').toString('hex');
      if (spec.verb === 'X') hex = hex.toUpperCase();
      return pad(hex, spec, false);
    }
    default:
      return bad(s, spec);
  }
}

function formatBool(b: boolean, spec: Spec): string {
  return spec.verb === 'v' || spec.verb === 't' ? pad(String(b), spec, false) : bad(b, spec);
}

function signed(n: bigint | number, body: string, spec: Spec): string {
  const negative = typeof n === 'bigint' ? n < 0n : n < 0 || Object.is(n, -0);
  if (negative) return '-' + body;
  if (spec.plus) return '+' + body;
  if (spec.space) return ' ' + body;
  return body;
}

function formatInt(n: number, spec: Spec): string {
  const big = BigInt(n);
  const abs = big < 0n ? -big : big;
  let body: string;
  switch (spec.verb) {
    case 'v':
    case 'd':
      body = abs.toString(10);
      break;
    case 'x':
      body = (spec.sharp ? '0x' : '') + abs.toString(16);
      break;
    case 'X':
      body = (spec.sharp ? '0X' : '') + abs.toString(16).toUpperCase();
      break;
    case 'o':
      body = (spec.sharp ? '0' : '') + abs.toString(8);
      break;
    case 'O':
      body = '0o' + abs.toString(8);
      break;
    case 'U':
      return formatUnicode(big, spec);
    case 'b':
      body = abs.toString(2);
      break;
    case 'c':
      return pad(String.fromCodePoint(validRune(n)), spec, false);
    case 'q':
      return pad(goQuoteRune(validRune(n)), spec, false);
    default:
      return bad(n, spec);
  }
  if (spec.precision !== undefined && body.length < spec.precision) body = '0'.repeat(spec.precision - body.length) + body;
  return pad(signed(big, body, spec), spec, spec.precision === undefined);
}

/**
 * `%U` (fmt/format.go fmtUnicode): `U+` and at least four upper-case hex digits of the value as a uint64 (or the
 * precision's worth), ` 'c'` after it with `#` when printable; never zero-padded.
 */
function formatUnicode(n: bigint, spec: Spec): string {
  const u = BigInt.asUintN(64, n);
  const digits = Math.max(4, spec.precision ?? 0);
  let out = `U+${u.toString(16).toUpperCase().padStart(digits, '0')}`;
  if (spec.sharp && u <= 0x10ffffn && /\P{C}/u.test(String.fromCodePoint(Number(u)))) out += ` '${String.fromCodePoint(Number(u))}'`;
  return pad(out, { ...spec, zero: false }, false);
}

function validRune(n: number): number {
  return n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? n : 0xfffd;
}

function formatFloat(f: number, spec: Spec, original: unknown): string {
  if (!Number.isFinite(f)) {
    if (!'vfFeEgGx'.includes(spec.verb)) return bad(original, spec);
    const text = Number.isNaN(f) ? (spec.plus ? '+NaN' : spec.space ? ' NaN' : 'NaN') : f < 0 ? '-Inf' : spec.space && !spec.plus ? ' Inf' : '+Inf';
    return pad(text, { ...spec, zero: false }, false);
  }
  const abs = Math.abs(f);
  let body: string;
  switch (spec.verb) {
    case 'v':
    case 'g':
    case 'G':
      body = formatG(abs, spec.precision);
      if (spec.verb === 'G') body = body.toUpperCase();
      break;
    case 'f':
    case 'F':
      body = toFixedExact(abs, spec.precision ?? 6);
      break;
    case 'e':
    case 'E':
      body = formatE(abs, spec.precision ?? 6);
      if (spec.verb === 'E') body = body.toUpperCase();
      break;
    case 'x':
    case 'X':
      body = formatHexFloat(abs, spec.precision ?? -1, spec.verb);
      break;
    case 'b':
      body = formatBinaryExponent(abs);
      break;
    default:
      return bad(original, spec);
  }
  return pad(signed(f, body, spec), spec, true);
}

/** The IEEE 754 fields of a float64 as Go's strconv.FormatFloat unpacks them: mantissa (with the implicit bit) and exponent. */
function float64Parts(abs: number): { mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, abs);
  const bits = view.getBigUint64(0);
  let exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (exp === 0) exp++;
  else mant |= 1n << 52n;
  return { mant, exp: exp - 1023 };
}

/**
 * `%x`/`%X` of a float64: hexadecimal mantissa and binary exponent, `0x1.8p+01` (fmt passes precision -1 unless given;
 * strconv/ftoa.go fmtX, including its round-half-to-even when a precision is given).
 */
function formatHexFloat(abs: number, precision: number, verb: string): string {
  let { mant, exp } = float64Parts(abs);
  if (mant === 0n) exp = 0;
  const bit60 = 1n << 60n;
  mant <<= 8n; // 60 - 52 mantissa bits
  while (mant !== 0n && (mant & bit60) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (precision >= 0 && precision < 15) {
    const shift = BigInt(precision * 4);
    const extra = (mant << shift) & (bit60 - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const digit = (m: bigint) => '0123456789abcdef'[Number((m >> 60n) & 15n)];
  let out = `0x${(mant >> 60n) & 1n}`;
  mant = (mant << 4n) & ((1n << 64n) - 1n);
  if (precision < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) {
      out += digit(mant);
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  } else if (precision > 0) {
    out += '.';
    for (let i = 0; i < precision; i++) {
      out += digit(mant);
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  }
  out += `p${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return verb === 'X' ? out.toUpperCase() : out;
}

/** `%b` of a float64: decimal mantissa and power-of-two exponent, `4503599627370496p-52` (strconv/ftoa.go fmtB). */
function formatBinaryExponent(abs: number): string {
  const { mant, exp } = float64Parts(abs);
  const e = exp - 52;
  return `${mant}p${e >= 0 ? '+' : ''}${e}`;
}

/** Go's exponent form: at least two exponent digits (`1e+06`). */
function goExponent(jsExp: string): string {
  const m = /^(.*)e([+-])(\d+)$/.exec(jsExp) as RegExpExecArray;
  return `${m[1]}e${m[2]}${m[3].padStart(2, '0')}`;
}

function formatE(abs: number, precision: number): string {
  return goExponent(abs.toExponential(precision));
}

/** strconv.FormatFloat(f, 'g', prec, 64); shortest (prec -1) switches to exponent form at 1e+06 and 1e-05. */
function formatG(abs: number, precision?: number): string {
  if (abs === 0) return '0';
  const shortest = precision === undefined;
  const exp = shortest ? abs.toExponential() : abs.toExponential(Math.max((precision || 1) - 1, 0));
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp) as RegExpExecArray;
  const digits = (m[1] + (m[2] ?? '')).replace(/0+$/, '') || '0';
  const e = Number(m[3]);
  let eprec = shortest ? 6 : precision || 1;
  if (!shortest && eprec > digits.length && digits.length >= e + 1) eprec = digits.length;
  if (e < -4 || e >= eprec) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return goExponent(`${mant}e${e < 0 ? '-' : '+'}${Math.abs(e)}`);
  }
  return placeDecimal(digits, e);
}

function placeDecimal(digits: string, e: number): string {
  if (e < 0) return `0.${'0'.repeat(-e - 1)}${digits}`;
  if (digits.length <= e + 1) return digits + '0'.repeat(e + 1 - digits.length);
  return `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
}

function toFixedExact(abs: number, precision: number): string {
  if (abs < 1e21) return abs.toFixed(precision);
  const whole = BigInt(abs).toString();
  return precision > 0 ? `${whole}.${'0'.repeat(precision)}` : whole;
}

/** strconv.FormatFloat(f, 'f', -1, 64): the shortest decimal that round-trips, never in exponent form. */
export function formatFloatShortestFixed(f: number): string {
  if (!Number.isFinite(f)) return goFloatString(f);
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const exp = Math.abs(f).toExponential();
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp) as RegExpExecArray;
  const digits = m[1] + (m[2] ?? '');
  return (f < 0 ? '-' : '') + placeDecimal(digits, Number(m[3]));
}

/** strconv.Quote: double-quoted, Go escapes, printable Unicode kept as is. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += quoteChar(ch, '"');
  return out + '"';
}

function goQuoteRune(r: number): string {
  return `'${quoteChar(String.fromCodePoint(r), "'")}'`;
}

function quoteChar(ch: string, quote: string): string {
  const cp = ch.codePointAt(0) as number;
  if (ch === quote || ch === '\\') return '\\' + ch;
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };
  if (named[cp]) return named[cp];
  if (cp === 0xfffd) return ch;
  if (cp < 0x20 || cp === 0x7f) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (/[\p{L}\p{M}\p{N}\p{P}\p{S}\u0020]/u.test(ch)) return ch;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}
