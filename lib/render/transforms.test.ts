import { Float64 } from './govalue';
import { resolve, resolveTransforms, type Transform } from './transforms';

const run = (t: Transform, input: unknown) => resolve(t, input);
const fails = (t: Transform, input: unknown) => {
  try {
    run(t, input);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
};

// Expectations follow function-patch-and-transform pt/transforms_test.go (v0.10.x).
describe('map', () => {
  it('maps strings', () => expect(run({ type: 'map', map: { us: 'us-east-1' } }, 'us')).toBe('us-east-1'));
  it('numbers in results are float64 (encoding/json)', () => expect(run({ type: 'map', map: { a: 5 } }, 'a')).toEqual(new Float64(5)));
  it('a missing key is an error', () =>
    expect(fails({ type: 'map', map: { a: 'b' } }, 'x')).toBe('map transform could not resolve: key x is not found in map'));
  it('only strings are looked up', () =>
    expect(fails({ type: 'map', map: { a: 'b' } }, 5)).toBe('map transform could not resolve: type int64 is not supported for map transform'));
});

describe('match', () => {
  const match = (m: Transform['match']): Transform => ({ type: 'match', match: m });
  it('literal', () => expect(run(match({ patterns: [{ type: 'literal', literal: 'a', result: 'A' }] }), 'a')).toBe('A'));
  it('regexp', () => expect(run(match({ patterns: [{ type: 'regexp', regexp: '^eu-', result: 'EU' }] }), 'eu-west-1')).toBe('EU'));
  it('first match wins', () =>
    expect(
      run(
        match({
          patterns: [
            { type: 'regexp', regexp: '.*', result: 1 },
            { literal: 'a', result: 2 },
          ],
        }),
        'a',
      ),
    ).toEqual(new Float64(1)));
  it('fallbackValue', () => expect(run(match({ patterns: [{ type: 'literal', literal: 'a', result: 1 }], fallbackValue: 'none' }), 'b')).toBe('none'));
  it('no fallback value is null', () => expect(run(match({ patterns: [{ type: 'literal', literal: 'a', result: 1 }] }), 'b')).toBeNull());
  it('fallbackTo Input', () => expect(run(match({ patterns: [{ type: 'literal', literal: 'a', result: 1 }], fallbackTo: 'Input' }), 'b')).toBe('b'));
  it('fallbackTo Input with a fallbackValue is an error', () =>
    expect(fails(match({ patterns: [{ type: 'literal', literal: 'a' }], fallbackTo: 'Input', fallbackValue: 'x' }), 'b')).toBe(
      'match transform could not resolve: cannot set both a fallback value and the fallback to input flag',
    ));
  it('a pattern without type is an error at run time (upstream Matches switches on the raw type)', () =>
    expect(fails(match({ patterns: [{ literal: 'a', result: 1 }] }), 'a')).toBe(
      "match transform could not resolve: cannot match pattern at index 0: unsupported pattern type ''",
    ));
  it('non-string input is an error', () =>
    expect(fails(match({ patterns: [{ type: 'literal', literal: 'a' }] }), 1)).toBe(
      "match transform could not resolve: cannot match pattern at index 0: unsupported input type 'int64'",
    ));
});

describe('math', () => {
  it('multiplies ints as int64', () => expect(run({ type: 'math', math: { type: 'Multiply', multiply: 3 } }, 4)).toBe(12));
  it('multiplies floats as float64', () => expect(run({ type: 'math', math: { type: 'Multiply', multiply: 2 } }, 2.5)).toEqual(new Float64(5)));
  it('clamps', () => {
    expect(run({ type: 'math', math: { type: 'ClampMin', clampMin: 10 } }, 3)).toBe(10);
    expect(run({ type: 'math', math: { type: 'ClampMax', clampMax: 10 } }, 30)).toBe(10);
    expect(run({ type: 'math', math: { type: 'ClampMax', clampMax: 10 } }, 3.5)).toBe(3.5);
  });
  it('needs a number', () =>
    expect(fails({ type: 'math', math: { type: 'Multiply', multiply: 2 } }, '3')).toBe(
      'math transform could not resolve: input is required to be a number for math transformer, got string',
    ));
});

describe('string', () => {
  const str = (s: Transform['string']): Transform => ({ type: 'string', string: s });
  it('Format uses Go verbs', () => {
    expect(run(str({ type: 'Format', fmt: 'vpc-%s' }), 'a')).toBe('vpc-a');
    expect(run(str({ type: 'Format', fmt: '%d' }), 7)).toBe('7');
    expect(run(str({ type: 'Format', fmt: '%s' }), 7)).toBe('%!s(int64=7)');
  });
  it.each<[string, unknown, string]>([
    ['ToUpper', 'abc', 'ABC'],
    ['ToLower', 'ABC', 'abc'],
    ['ToBase64', 'hello', 'aGVsbG8='],
    ['FromBase64', 'aGVsbG8=', 'hello'],
    ['ToJson', { b: 1, a: '<x>' }, '{"a":"\\u003cx\\u003e","b":1}'],
    ['ToSha1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['ToSha256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['ToAdler32', 'abc', '38600999'],
  ])('Convert %s', (convert, input, want) => expect(run(str({ type: 'Convert', convert }), input)).toBe(want));
  it('ToSha512 hashes JSON of non-strings', () => expect(run(str({ type: 'Convert', convert: 'ToSha512' }), { a: 1 })).toHaveLength(128));
  it('FromBase64 rejects invalid input', () =>
    expect(fails(str({ type: 'Convert', convert: 'FromBase64' }), 'aGVsbG8')).toBe(
      'string transform could not resolve: string is not valid base64: illegal base64 data at input byte 4',
    ));
  it('Trim', () => {
    expect(run(str({ type: 'TrimPrefix', trim: 'arn:' }), 'arn:x')).toBe('x');
    expect(run(str({ type: 'TrimSuffix', trim: '.com' }), 'a.com')).toBe('a');
  });
  it('Regexp with group', () => {
    expect(run(str({ type: 'Regexp', regexp: { match: 'subnet-(\\w+)', group: 1 } }), 'id subnet-abc')).toBe('abc');
    expect(run(str({ type: 'Regexp', regexp: { match: 'sub.+' } }), 'a subnet')).toBe('subnet');
    expect(fails(str({ type: 'Regexp', regexp: { match: 'x(y)', group: 1 } }), 'abc')).toBe(
      'string transform could not resolve: regexp "x(y)" had no matches for group 1',
    );
  });
  it('Join', () => {
    // Upstream (pt/transforms.go stringJoinTransform) trims only the last byte of the trailing separator.
    expect(run(str({ type: 'Join', join: { separator: ', ' } }), ['a', 1, true])).toBe('a, 1, true,');
    expect(run(str({ type: 'Join', join: { separator: '-' } }), ['a', 1, true])).toBe('a-1-true');
    expect(run(str({ type: 'Join', join: { separator: '-' } }), [])).toBe('');
    expect(fails(str({ type: 'Join', join: { separator: ',' } }), 'a')).toBe('string transform could not resolve: could not parse input array');
  });
  it('Replace', () => expect(run(str({ type: 'Replace', replace: { search: '-', replace: '_' } }), 'a-b-c')).toBe('a_b_c'));
});

describe('convert', () => {
  const to = (toType: string, format?: string): Transform => ({ type: 'convert', convert: { toType, format } });
  it.each<[string, string | undefined, unknown, unknown]>([
    ['int64', undefined, '42', 42],
    ['int', undefined, '-3', -3],
    ['bool', undefined, 'true', true],
    ['bool', undefined, 'T', true],
    ['float64', undefined, '1.5', 1.5],
    ['float64', 'quantity', '1Gi', new Float64(1073741824)],
    ['float64', 'quantity', '500m', 0.5],
    ['string', undefined, 42, '42'],
    ['string', undefined, 2.5, '2.5'],
    ['string', undefined, true, 'true'],
    ['bool', undefined, 1, true],
    ['float64', undefined, 3, new Float64(3)],
    ['int64', undefined, 3.9, 3],
    ['int64', undefined, true, 1],
    ['object', 'json', '{"a":1}', { a: new Float64(1) }],
    ['array', 'json', '["a"]', ['a']],
    ['string', undefined, 'same', 'same'],
  ])('to %s (format %s) from %j', (toType, format, input, want) => expect(run(to(toType, format), input)).toEqual(want));

  it('parse errors are Go strconv errors', () =>
    expect(fails(to('int64'), 'abc')).toBe('convert transform could not resolve: strconv.ParseInt: parsing "abc": invalid syntax'));
  it('unsupported pairs name the types and format', () =>
    expect(fails(to('object'), '{}')).toBe('convert transform could not resolve: conversion from string to object is not supported with format none'));
  it('objects are not convertible', () =>
    expect(fails(to('string'), { a: 1 })).toBe('convert transform could not resolve: invalid input type map[string]interface {}'));
  it('bad quantities', () => expect(fails(to('float64', 'quantity'), '1Gx')).toMatch(/quantities must match the regular expression/));
});

it('resolveTransforms names the failing transform', () =>
  expect(() =>
    resolveTransforms(
      [
        { type: 'string', string: { type: 'Format', fmt: '%s' } },
        { type: 'map', map: { a: 'b' } },
      ],
      'x',
    ),
  ).toThrow('transform at index 1 returned error: map transform could not resolve: key x is not found in map'));

it('an unknown transform type is an error', () => expect(fails({ type: 'nope' } as Transform, 1)).toBe('transform type nope is not supported'));
