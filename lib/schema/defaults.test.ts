import { applyDefaults } from './defaults';

describe('applyDefaults', () => {
  const schema = {
    type: 'object',
    properties: {
      region: { type: 'string', default: 'us-west-2' },
      nat: {
        type: 'object',
        default: {},
        properties: { mode: { type: 'string', default: 'PerZone' }, count: { type: 'integer' } },
      },
      zones: { type: 'array', items: { type: 'object', properties: { public: { type: 'boolean', default: false } } } },
      tags: { type: 'object', additionalProperties: { type: 'object', properties: { keep: { type: 'boolean', default: true } } } },
      note: { type: 'string', nullable: true, default: 'n' },
    },
  };

  it('fills missing fields, recursing into defaults, items and map values', () => {
    expect(applyDefaults(schema, { zones: [{}, { public: true }], tags: { a: {} } })).toEqual({
      region: 'us-west-2',
      nat: { mode: 'PerZone' },
      zones: [{ public: false }, { public: true }],
      tags: { a: { keep: true } },
      note: 'n',
    });
  });

  it('prunes nulls that are not nullable, defaulting them when it can, and keeps nullable nulls', () => {
    expect(applyDefaults(schema, { region: null, nat: { count: null }, note: null })).toEqual({
      region: 'us-west-2',
      nat: { mode: 'PerZone' },
      note: null,
    });
  });

  it('never modifies its input and copies defaults', () => {
    const input = { nat: { count: 1 } };
    const out = applyDefaults(schema, input);
    expect(input).toEqual({ nat: { count: 1 } });
    expect(out.nat).toEqual({ count: 1, mode: 'PerZone' });
    (applyDefaults(schema, {}) as any).nat.mode = 'changed';
    expect(schema.properties.nat.default).toEqual({});
  });

  // Upstream: defaulting/prunenulls.go PruneNonNullableNullsWithoutDefaults (properties and additionalProperties
  // only) and algorithm.go Default (a non-nullable null list item takes the items' default).
  it('defaults null list items from the items schema, keeps them without a default, and never creates parents', () => {
    const s = {
      type: 'object',
      properties: {
        withDefault: { type: 'array', items: { type: 'object', default: { port: 80 }, properties: { port: { type: 'integer' } } } },
        without: { type: 'array', items: { type: 'string' } },
        parent: { type: 'object', properties: { child: { type: 'string', default: 'c' } } },
        map: { type: 'object', additionalProperties: { type: 'string', default: 'v' } },
      },
    };
    expect(applyDefaults(s, { withDefault: [null, { port: 1 }], without: ['a', null], map: { a: null } })).toEqual({
      withDefault: [{ port: 80 }, { port: 1 }],
      without: ['a', null],
      map: { a: 'v' },
    });
  });
});
