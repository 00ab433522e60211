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
});
