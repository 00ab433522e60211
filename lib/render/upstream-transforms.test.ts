/**
 * Upstream's own table-driven transform tests, re-expressed as data: crossplane-contrib/function-patch-and-transform
 * pt/transforms_test.go (TestMapResolve, TestMatchResolve, TestMathResolve, TestStringResolve, TestConvertResolve,
 * TestConvertTransformGetConversionFunc). Case names are upstream's. Inputs and expected outputs are upstream's,
 * with two mechanical differences noted per case:
 *
 * - Upstream calls ResolveMap/ResolveMatch/… directly; here every case goes through `resolve`, which wraps errors as
 *   `<type> transform could not resolve: …` (upstream `Resolve`), so errors are compared as suffixes.
 * - Go test inputs written as `5` are Go `int`; values decoded from a resource are `int64`, which is the only integer
 *   type this renderer has, so `%T` in such messages reads `int64` where upstream's unit test reads `int`.
 * - Cases whose input is a Go func (unmarshalable JSON) cannot arise from a resource and are left out.
 */
import { Float64, goTypeName, toPlainJson } from './govalue';
import { resolve, type Transform } from './transforms';

type Want = { o: unknown; type?: string } | { err: string };
interface Case {
  name: string;
  t: Transform;
  i: unknown;
  want: Want;
}

function check(c: Case): void {
  let got: unknown;
  let error: string | undefined;
  try {
    got = resolve(c.t, c.i);
  } catch (err) {
    error = (err as Error).message;
  }
  if ('err' in c.want) {
    expect(error).toBeDefined();
    expect(error!.endsWith(c.want.err)).toBe(true);
    if (!error!.endsWith(c.want.err)) throw new Error(`${error} does not end with ${c.want.err}`);
    return;
  }
  expect(error).toBeUndefined();
  expect(toPlainJson(got)).toEqual(c.want.o);
  if (c.want.type) expect(goTypeName(got)).toBe(c.want.type);
}

const map = (pairs: Record<string, unknown>): Transform => ({ type: 'map', map: pairs });
const match = (m: NonNullable<Transform['match']>): Transform => ({ type: 'match', match: m });
const math = (m: NonNullable<Transform['math']>): Transform => ({ type: 'math', math: m });
const str = (s: NonNullable<Transform['string']>): Transform => ({ type: 'string', string: s });
const convert = (toType: string, format?: string): Transform => ({ type: 'convert', convert: { toType, ...(format ? { format } : {}) } });

const TestMapResolve: Case[] = [
  { name: 'NonStringInput', t: map({}), i: 5, want: { err: 'type int64 is not supported for map transform' } },
  { name: 'KeyNotFound', t: map({}), i: 'ola', want: { err: 'key ola is not found in map' } },
  { name: 'SuccessString', t: map({ ola: 'voila' }), i: 'ola', want: { o: 'voila' } },
  { name: 'SuccessNumber', t: map({ ola: 1.0 }), i: 'ola', want: { o: 1.0, type: 'float64' } },
  { name: 'SuccessBoolean', t: map({ ola: true }), i: 'ola', want: { o: true } },
  { name: 'SuccessObject', t: map({ ola: { foo: 'bar' } }), i: 'ola', want: { o: { foo: 'bar' } } },
  { name: 'SuccessSlice', t: map({ ola: ['foo', 'bar'] }), i: 'ola', want: { o: ['foo', 'bar'] } },
];

const lit = (literal: string, result?: unknown) => ({ type: 'literal', literal, ...(result !== undefined ? { result } : {}) });
const TestMatchResolve: Case[] = [
  { name: 'ErrNonStringInput', t: match({ patterns: [lit('5')] }), i: 5, want: { err: "cannot match pattern at index 0: unsupported input type 'int64'" } },
  {
    name: 'ErrFallbackValueAndToInput',
    t: match({ patterns: [], fallbackValue: 'foo', fallbackTo: 'Input' }),
    i: 'foo',
    want: { err: 'cannot set both a fallback value and the fallback to input flag' },
  },
  { name: 'NoPatternsFallback', t: match({ patterns: [], fallbackValue: 'bar' }), i: 'foo', want: { o: 'bar' } },
  { name: 'NoPatternsFallbackToValueExplicit', t: match({ patterns: [], fallbackValue: 'bar', fallbackTo: 'Value' }), i: 'foo', want: { o: 'bar' } },
  { name: 'NoPatternsFallbackNil', t: match({ patterns: [], fallbackValue: null }), i: 'foo', want: { o: null } },
  { name: 'NoPatternsFallbackToInput', t: match({ patterns: [], fallbackTo: 'Input' }), i: 'foo', want: { o: 'foo' } },
  { name: 'NoPatternsFallbackNilToInput', t: match({ patterns: [], fallbackValue: null, fallbackTo: 'Input' }), i: 'foo', want: { o: 'foo' } },
  { name: 'MatchLiteral', t: match({ patterns: [lit('foo', 'bar')] }), i: 'foo', want: { o: 'bar' } },
  { name: 'MatchLiteralFirst', t: match({ patterns: [lit('foo', 'bar'), lit('foo', 'not this')] }), i: 'foo', want: { o: 'bar' } },
  { name: 'MatchLiteralWithResultStruct', t: match({ patterns: [lit('foo', { Hello: 'World' })] }), i: 'foo', want: { o: { Hello: 'World' } } },
  { name: 'MatchLiteralWithResultSlice', t: match({ patterns: [lit('foo', ['Hello', 'World'])] }), i: 'foo', want: { o: ['Hello', 'World'] } },
  { name: 'MatchLiteralWithResultNumber', t: match({ patterns: [lit('foo', 5)] }), i: 'foo', want: { o: 5.0, type: 'float64' } },
  { name: 'MatchLiteralWithResultBool', t: match({ patterns: [lit('foo', true)] }), i: 'foo', want: { o: true } },
  { name: 'MatchLiteralWithResultNil', t: match({ patterns: [lit('foo', null)] }), i: 'foo', want: { o: null } },
  { name: 'MatchRegexp', t: match({ patterns: [{ type: 'regexp', regexp: '^foo.*$', result: 'Hello World' }] }), i: 'foobar', want: { o: 'Hello World' } },
  {
    name: 'ErrMissingRegexp',
    t: match({ patterns: [{ type: 'regexp' }] }),
    i: undefined,
    want: { err: 'cannot match pattern at index 0: regexp is required by type regexp' },
  },
  {
    name: 'ErrInvalidRegexp',
    t: match({ patterns: [{ type: 'regexp', regexp: '?=' }] }),
    i: undefined,
    want: { err: 'cannot match pattern at index 0: cannot compile regexp: error parsing regexp: missing argument to repetition operator: `?`' },
  },
  {
    name: 'ErrMissingLiteral',
    t: match({ patterns: [{ type: 'literal' }] }),
    i: undefined,
    want: { err: 'cannot match pattern at index 0: literal is required by type literal' },
  },
];

// Upstream compares field errors with Detail and BadValue cleared; the full texts here are ValidateMathTransform's.
const TestMathResolve: Case[] = [
  { name: 'InvalidType', t: math({ type: 'bad' }), i: 25, want: { err: 'type: Invalid value: "bad": unknown math transform type' } },
  {
    name: 'NonNumberInput',
    t: math({ type: 'Multiply', multiply: 2 }),
    i: 'ola',
    want: { err: 'input is required to be a number for math transformer, got string' },
  },
  {
    name: 'MultiplyNoConfig',
    t: math({ type: 'Multiply' }),
    i: 25,
    want: { err: 'multiply: Required value: must specify a value if a multiply math transform is specified' },
  },
  { name: 'MultiplySuccess', t: math({ type: 'Multiply', multiply: 2 }), i: 3, want: { o: 6, type: 'int64' } },
  { name: 'MultiplySuccessInt64', t: math({ type: 'Multiply', multiply: 2 }), i: 3, want: { o: 6, type: 'int64' } },
  { name: 'ClampMinSuccess', t: math({ type: 'ClampMin', clampMin: 2 }), i: 1, want: { o: 2, type: 'int64' } },
  { name: 'ClampMinSuccessNoChangeInt', t: math({ type: 'ClampMin', clampMin: 2 }), i: 3, want: { o: 3 } },
  { name: 'ClampMinSuccessNoChangeInt64', t: math({ type: 'ClampMin', clampMin: 2 }), i: 3, want: { o: 3, type: 'int64' } },
  { name: 'ClampMinSuccessInt64', t: math({ type: 'ClampMin', clampMin: 2 }), i: 1, want: { o: 2, type: 'int64' } },
  {
    name: 'ClampMinNoConfig',
    t: math({ type: 'ClampMin' }),
    i: 25,
    want: { err: 'clampMin: Required value: must specify a value if a clamp min math transform is specified' },
  },
  { name: 'ClampMaxSuccess', t: math({ type: 'ClampMax', clampMax: 2 }), i: 3, want: { o: 2, type: 'int64' } },
  { name: 'ClampMaxSuccessNoChange', t: math({ type: 'ClampMax', clampMax: 2 }), i: 1, want: { o: 1, type: 'int64' } },
  { name: 'ClampMaxSuccessInt64', t: math({ type: 'ClampMax', clampMax: 2 }), i: 3, want: { o: 2, type: 'int64' } },
  {
    name: 'ClampMaxNoConfig',
    t: math({ type: 'ClampMax' }),
    i: 25,
    want: { err: 'clampMax: Required value: must specify a value if a clamp max math transform is specified' },
  },
];

const TestStringResolve: Case[] = [
  { name: 'NotSupportedType', t: str({ type: 'Something' }), i: 'value', want: { err: 'type Something is not supported for string transform type' } },
  { name: 'FmtFailed', t: str({ type: 'Format' }), i: 'value', want: { err: 'string transform of type Format fmt is not set' } },
  { name: 'FmtString', t: str({ type: 'Format', fmt: 'verycool%s' }), i: 'thing', want: { o: 'verycoolthing' } },
  { name: 'FmtInteger', t: str({ type: 'Format', fmt: 'the largest %d' }), i: 8, want: { o: 'the largest 8' } },
  { name: 'ConvertNotSet', t: str({ type: 'Convert' }), i: 'crossplane', want: { err: 'string transform of type Convert convert is not set' } },
  {
    name: 'ConvertTypFailed',
    t: str({ type: 'Convert', convert: 'Something' }),
    i: 'crossplane',
    want: { err: 'type Something is not supported for string convert' },
  },
  { name: 'ConvertToUpper', t: str({ type: 'Convert', convert: 'ToUpper' }), i: 'crossplane', want: { o: 'CROSSPLANE' } },
  { name: 'ConvertToLower', t: str({ type: 'Convert', convert: 'ToLower' }), i: 'CrossPlane', want: { o: 'crossplane' } },
  { name: 'ConvertToBase64', t: str({ type: 'Convert', convert: 'ToBase64' }), i: 'CrossPlane', want: { o: 'Q3Jvc3NQbGFuZQ==' } },
  { name: 'ConvertFromBase64', t: str({ type: 'Convert', convert: 'FromBase64' }), i: 'Q3Jvc3NQbGFuZQ==', want: { o: 'CrossPlane' } },
  {
    name: 'ConvertFromBase64Error',
    t: str({ type: 'Convert', convert: 'FromBase64' }),
    i: 'ThisStringIsNotBase64',
    want: { err: 'string is not valid base64: illegal base64 data at input byte 20' },
  },
  { name: 'ConvertToSha1', t: str({ type: 'Convert', convert: 'ToSha1' }), i: 'Crossplane', want: { o: '3b683dc8ff44122b331a5e4f253dd69d90726d75' } },
  {
    name: 'ConvertToSha256',
    t: str({ type: 'Convert', convert: 'ToSha256' }),
    i: 'Crossplane',
    want: { o: '19c8a7c24ed0067f606815b59e5b82d92935ff69deed04171457a55018e31224' },
  },
  {
    name: 'ConvertToSha512',
    t: str({ type: 'Convert', convert: 'ToSha512' }),
    i: 'Crossplane',
    want: { o: '0016037c62c92b5cc4a282fbe30cdd228fa001624b26fd31baa9fcb76a9c60d48e2e7a16cf8729a2d9cba3d23e1d846e7721a5381b9a92dd813178e9a6686205' },
  },
  {
    name: 'ConvertToSha512Int',
    t: str({ type: 'Convert', convert: 'ToSha512' }),
    i: 1234,
    want: { o: 'd404559f602eab6fd602ac7680dacbfaadd13630335e951f097af3900e9de176b6db28512f2e000b9d04fba5133e8b1c6e8df59db3a8ab9d60be4b97cc9e81db' },
  },
  {
    name: 'ConvertToSha512IntStr',
    t: str({ type: 'Convert', convert: 'ToSha512' }),
    i: '1234',
    want: { o: 'd404559f602eab6fd602ac7680dacbfaadd13630335e951f097af3900e9de176b6db28512f2e000b9d04fba5133e8b1c6e8df59db3a8ab9d60be4b97cc9e81db' },
  },
  { name: 'ConvertToAdler32', t: str({ type: 'Convert', convert: 'ToAdler32' }), i: 'Crossplane', want: { o: '373097499' } },
  { name: 'ConvertToAdler32Unicode', t: str({ type: 'Convert', convert: 'ToAdler32' }), i: '⡌⠁⠧⠑ ⠼⠁⠒  ⡍⠜⠇⠑⠹⠰⠎ ⡣⠕⠌', want: { o: '4110427190' } },
  { name: 'TrimPrefix', t: str({ type: 'TrimPrefix', trim: 'https://' }), i: 'https://crossplane.io', want: { o: 'crossplane.io' } },
  { name: 'TrimSuffix', t: str({ type: 'TrimSuffix', trim: '-test' }), i: 'my-string-test', want: { o: 'my-string' } },
  { name: 'TrimPrefixWithoutMatch', t: str({ type: 'TrimPrefix', trim: 'https://' }), i: 'crossplane.io', want: { o: 'crossplane.io' } },
  { name: 'TrimSuffixWithoutMatch', t: str({ type: 'TrimSuffix', trim: '-test' }), i: 'my-string', want: { o: 'my-string' } },
  {
    name: 'RegexpNotCompiling',
    t: str({ type: 'Regexp', regexp: { match: '[a-z' } }),
    i: 'my-string',
    want: { err: 'could not compile regexp: error parsing regexp: missing closing ]: `[a-z`' },
  },
  { name: 'RegexpSimpleMatch', t: str({ type: 'Regexp', regexp: { match: '[0-9]' } }), i: 'my-1-string', want: { o: '1' } },
  { name: 'RegexpCaptureGroup', t: str({ type: 'Regexp', regexp: { match: 'my-([0-9]+)-string', group: 1 } }), i: 'my-1-string', want: { o: '1' } },
  {
    name: 'RegexpNoSuchCaptureGroup',
    t: str({ type: 'Regexp', regexp: { match: 'my-([0-9]+)-string', group: 2 } }),
    i: 'my-1-string',
    want: { err: 'regexp "my-([0-9]+)-string" had no matches for group 2' },
  },
  { name: 'ConvertToJSONSuccess', t: str({ type: 'Convert', convert: 'ToJson' }), i: { foo: 'bar' }, want: { o: '{"foo":"bar"}' } },
  { name: 'JoinString', t: str({ type: 'Join', join: { separator: ',' } }), i: ['cross', 'plane'], want: { o: 'cross,plane' } },
  { name: 'JoinStringEmptySeparator', t: str({ type: 'Join', join: { separator: '' } }), i: ['cross', 'plane'], want: { o: 'crossplane' } },
  { name: 'JoinStringDifferentTypes', t: str({ type: 'Join', join: { separator: '-' } }), i: ['cross', 'plane', 42], want: { o: 'cross-plane-42' } },
  { name: 'ReplaceFound', t: str({ type: 'Replace', replace: { search: 'Cr', replace: 'B' } }), i: 'Crossplane', want: { o: 'Bossplane' } },
  { name: 'ReplaceNotFound', t: str({ type: 'Replace', replace: { search: 'xx', replace: 'zz' } }), i: 'Crossplane', want: { o: 'Crossplane' } },
  { name: 'ReplaceRemove', t: str({ type: 'Replace', replace: { search: 'ss', replace: '' } }), i: 'Crossplane', want: { o: 'Croplane' } },
];

const TestConvertResolve: Case[] = [
  { name: 'StringToBool', t: convert('bool'), i: 'true', want: { o: true } },
  { name: 'StringToFloat64', t: convert('float64'), i: '1000', want: { o: 1000.0, type: 'float64' } },
  { name: 'StringToQuantityFloat64', t: convert('float64', 'quantity'), i: '1000m', want: { o: 1.0, type: 'float64' } },
  {
    name: 'StringToQuantityFloat64InvalidFormat',
    t: convert('float64', 'quantity'),
    i: '1000 blabla',
    want: { err: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'" },
  },
  { name: 'SameTypeNoOp', t: convert('bool'), i: true, want: { o: true } },
  { name: 'IntAliasToInt64', t: convert('int'), i: 1, want: { o: 1, type: 'int64' } },
  { name: 'StringToObject', t: convert('object', 'json'), i: '{"foo":"bar"}', want: { o: { foo: 'bar' } } },
  { name: 'StringToList', t: convert('array', 'json'), i: '["foo", "bar", "baz"]', want: { o: ['foo', 'bar', 'baz'] } },
  // Upstream's input is a Go []int; a resource's array is []interface {}.
  { name: 'InputTypeNotSupported', t: convert('string'), i: [64], want: { err: 'invalid input type []interface {}' } },
  {
    name: 'ConversionPairFormatNotSupported',
    t: convert('string', 'quantity'),
    i: 100,
    want: { err: 'conversion from int64 to string is not supported with format quantity' },
  },
  { name: 'ConversionPairNotSupported', t: convert('[]int'), i: '[64]', want: { err: 'toType: Invalid value: "[]int": invalid type' } },
  { name: 'ConversionPairSupportedFloat64Int64', t: convert('int64'), i: 1.1, want: { o: 1, type: 'int64' } },
  // TestConvertTransformGetConversionFunc, through Resolve.
  { name: 'IntToString', t: convert('string'), i: 1, want: { o: '1' } },
  { name: 'IntToFloat', t: convert('float64'), i: 1, want: { o: 1, type: 'float64' } },
  { name: 'BoolToInt', t: convert('int'), i: true, want: { o: 1, type: 'int64' } },
  { name: 'StringToObjectMissingFormat', t: convert('object'), i: '{}', want: { err: 'conversion from string to object is not supported with format none' } },
  // Upstream's GetConversionFunc test skips validation; ResolveConvert validates the format first.
  { name: 'StringToIntInvalidFormat', t: convert('int', 'wrong'), i: '1', want: { err: 'format: Invalid value: "wrong": invalid format' } },
];

describe.each([
  ['TestMapResolve', TestMapResolve],
  ['TestMatchResolve', TestMatchResolve],
  ['TestMathResolve', TestMathResolve],
  ['TestStringResolve', TestStringResolve],
  ['TestConvertResolve', TestConvertResolve],
])('pt/transforms_test.go %s', (_suite, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
});

test('whole-valued float64 results stay float64 inside a transform chain', () => expect(resolve(map({ a: 2 }), 'a')).toEqual(new Float64(2)));
