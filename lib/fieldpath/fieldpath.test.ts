import { expandWildcards, formatFieldPath, formatSegments, getValue, getValueOrThrow, isNotFound, parseFieldPath, setValue } from '.';

// Cases from crossplane-runtime pkg/fieldpath/fieldpath_test.go and paved_test.go.
describe('parseFieldPath', () => {
  it.each([
    ['metadata.name', [{ field: 'metadata' }, { field: 'name' }]],
    ['spec.containers[0].name', [{ field: 'spec' }, { field: 'containers' }, { index: 0 }, { field: 'name' }]],
    ['data[.config.yml]', [{ field: 'data' }, { field: '.config.yml' }]],
    ["metadata.annotations['crossplane.io/external-name']", [{ field: 'metadata' }, { field: 'annotations' }, { field: 'crossplane.io/external-name' }]],
    ['metadata.labels["a.b/c"]', [{ field: 'metadata' }, { field: 'labels' }, { field: 'a.b/c' }]],
    ['spec.items[0][8]', [{ field: 'spec' }, { field: 'items' }, { index: 0 }, { index: 8 }]],
    ['[42]', [{ index: 42 }]],
    ['a[-1]', [{ field: 'a' }, { field: '-1' }]],
    ['a[*].b', [{ field: 'a' }, { field: '*' }, { field: 'b' }]],
  ])('%s', (path, want) => expect(parseFieldPath(path)).toEqual(want));

  it.each(['.metadata.name', 'metadata..name', 'metadata.name.', 'spec.containers[]', 'spec.containers.[0].name', 'a[b', 'a]b', 'a[b[c]]'])(
    'rejects %s',
    (path) => expect(() => parseFieldPath(path)).toThrow(/cannot parse path/),
  );
});

describe('getValueOrThrow', () => {
  const obj = { spec: { list: ['a'], s: 'x', n: null, m: {} } };
  it('reads values', () => expect(getValueOrThrow(obj, 'spec.list[0]')).toBe('a'));
  it('missing field and element are not-found errors', () => {
    for (const p of ['spec.nope', 'spec.list[3]', 'spec.m.deep']) {
      let err: unknown;
      try {
        getValueOrThrow(obj, p);
      } catch (e) {
        err = e;
      }
      expect(isNotFound(err)).toBe(true);
    }
    expect(() => getValueOrThrow(obj, 'spec.nope')).toThrow('spec.nope: no such field');
  });
  it('reading through the wrong kind is a plain error', () => {
    for (const [p, msg] of [
      ['spec.s.x', 'spec.s: not an object'],
      ['spec.n[0]', 'spec.n: not an array'],
      ['spec.m[0]', 'spec.m: not an array'],
    ]) {
      let err: any;
      try {
        getValueOrThrow(obj, p);
      } catch (e) {
        err = e;
      }
      expect(err.message).toBe(msg);
      expect(isNotFound(err)).toBe(false);
    }
  });
  it('reading a field of null is "not found" (paved.go getValueFromInterface: `case nil`)', () => {
    let err: any;
    try {
      getValueOrThrow(obj, 'spec.n.x');
    } catch (e) {
      err = e;
    }
    expect(err.message).toBe('spec.n: expected map, got nil');
    expect(isNotFound(err)).toBe(true);
  });
  it('getValue answers undefined wherever getValueOrThrow throws, and the value wherever it does not', () => {
    const paths = [
      'spec.s.x',
      'spec.n[0]',
      'spec.m[0]',
      'spec.n.x',
      'spec.nope',
      'spec.list[9]',
      'spec',
      'spec.s',
      'spec.n',
      'spec.m',
      'spec.list',
      'spec.list[0]',
      'spec.list[0].a',
      'x[0]',
    ];
    for (const p of paths) {
      let expected: unknown;
      try {
        expected = getValueOrThrow(obj, p);
      } catch {
        expected = undefined;
      }
      expect({ p, value: getValue(obj, p) }).toEqual({ p, value: expected });
    }
    expect(getValue(null, 'a')).toBeUndefined();
    expect(getValue('text', '[0]')).toBeUndefined();
  });
});

describe('setValue', () => {
  it('creates objects and pads arrays with null', () => {
    const o: any = {};
    setValue(o, 'spec.list[2].name', 'x');
    expect(o).toEqual({ spec: { list: [null, null, { name: 'x' }] } });
    setValue(o, 'metadata.annotations[crossplane.io/external-name]', 'n');
    expect(o.metadata.annotations['crossplane.io/external-name']).toBe('n');
  });
  it('refuses to replace a value of the wrong kind', () => {
    const o: any = { spec: { s: 'x' } };
    expect(() => setValue(o, 'spec.s.y', 1)).toThrow('spec.s is not an object');
    expect(() => setValue(o, 'spec[0]', 1)).toThrow('spec is not an array');
  });
});

describe('expandWildcards', () => {
  const data = { spec: { containers: [{ args: ['a', 'b'] }, { args: ['c'] }] } };
  it('expands arrays', () =>
    expect(expandWildcards(data, 'spec.containers[*].args[*]').map(formatSegments)).toEqual([
      'spec.containers[0].args[0]',
      'spec.containers[0].args[1]',
      'spec.containers[1].args[0]',
    ]));
  it('a missing prefix expands to nothing', () => expect(expandWildcards(data, 'spec.nope[*].x')).toEqual([]));
  it('a wildcard on a scalar is an error', () => expect(() => expandWildcards({ a: 1 }, 'a[*]')).toThrow(/unexpected wildcard usage/));
});

it('formatFieldPath quotes names that need it', () =>
  expect(formatFieldPath([{ field: 'metadata' }, { field: 'labels' }, { field: 'a.b/c' }, { index: 1 }])).toBe('metadata.labels["a.b/c"][1]'));
