import { mergeOptionsFor, mergeValue } from './merge';

// Semantics of crossplane-runtime fieldpath.MergeValue (mergo) with P&T's policy mapping.
describe('mergeValue', () => {
  const dst = { keep: 'old', list: ['a'], nested: { x: 1 }, empty: '' };
  const src = { keep: 'new', list: ['b'], nested: { y: 2 }, empty: 'filled', added: true };
  it('Replace replaces', () => expect(mergeValue(dst, src, mergeOptionsFor('Replace'))).toEqual(src));
  it('MergeObjects keeps existing values, fills empty ones, replaces no arrays', () =>
    expect(mergeValue(dst, src, mergeOptionsFor('MergeObjects'))).toEqual({ keep: 'old', list: ['a'], nested: { x: 1, y: 2 }, empty: 'filled', added: true }));
  it('MergeObjectsAppendArrays appends', () =>
    expect(mergeValue(dst, src, mergeOptionsFor('MergeObjectsAppendArrays'))).toEqual({
      keep: 'old',
      list: ['a', 'b'],
      nested: { x: 1, y: 2 },
      empty: 'filled',
      added: true,
    }));
  it('ForceMergeObjects overwrites', () =>
    expect(mergeValue(dst, src, mergeOptionsFor('ForceMergeObjects'))).toEqual({
      keep: 'new',
      list: ['b'],
      nested: { x: 1, y: 2 },
      empty: 'filled',
      added: true,
    }));
  it('ForceMergeObjectsAppendArrays overwrites and appends', () =>
    expect(mergeValue(dst, src, mergeOptionsFor('ForceMergeObjectsAppendArrays'))).toEqual({
      keep: 'new',
      list: ['a', 'b'],
      nested: { x: 1, y: 2 },
      empty: 'filled',
      added: true,
    }));
  it('deprecated names map to their successors', () => {
    expect(mergeOptionsFor('MergeObject')).toEqual(mergeOptionsFor('MergeObjects'));
    expect(mergeOptionsFor('AppendArray')).toEqual(mergeOptionsFor('ForceMergeObjectsAppendArrays'));
  });
  it('appending top-level arrays drops duplicates', () => expect(mergeValue(['a', 'b'], ['b', 'c'], mergeOptionsFor('AppendArray'))).toEqual(['a', 'b', 'c']));
  it('keeping applies to scalars too', () => expect(mergeValue('old', 'new', mergeOptionsFor('MergeObjects'))).toBe('old'));
  it('an absent target takes the value', () => expect(mergeValue(undefined, { a: 1 }, mergeOptionsFor('MergeObjects'))).toEqual({ a: 1 }));
  it('unknown policies are errors', () => expect(() => mergeOptionsFor('Nope')).toThrow('invalid patch policy Nope'));
});
