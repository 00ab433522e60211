import * as path from 'path';
import { readDocuments } from '../render';
import { renderClaim } from '../simulate/converge';
import { pinnedCrds } from '../../compositions/production-network/crds';
import * as fs from 'fs';
import * as os from 'os';
import { CACHE_ENV, CODE_VERSION } from '../cache';
import { toJsonSchema } from './structural';
import { schemaValidator } from './validator';

const ROOT = path.resolve(__dirname, '..', '..');
const doc = (f: string) => readDocuments(path.join(ROOT, f))[0];

/** Every composed resource of the examples, and each broken in the ways a validator must report. */
function corpus(): any[] {
  const xrd = doc('dist/claim/definition.yaml');
  const composition = doc('dist/claim/composition.yaml');
  // One resource per kind and shape: the four examples compose mostly the same resources, and a second one of the
  // same fields would check nothing new (its broken variants below differ from it in values and fields).
  const catalog = pinnedCrds();
  const shapes = new Set<string>();
  const resources = ['production-network', 'minimal', 'cost-optimized', 'high-availability']
    .flatMap((name) => renderClaim(doc(`examples/${name}.yaml`), xrd, composition).resources)
    .filter((r) => {
      const key = `${r.apiVersion}/${r.kind}\0${JSON.stringify(toJsonSchema(catalog.schema(r.apiVersion, r.kind), { cutTo: { value: r } }))}`;
      return !shapes.has(key) && !!shapes.add(key);
    });
  const broken = resources.flatMap((r) => {
    const fp = r.spec?.forProvider ?? {};
    return [
      { ...r, spec: { ...r.spec, forProvider: { ...fp, tagz: { a: 1 } } } }, // unknown field
      { ...r, spec: { ...r.spec, forProvider: { ...fp, region: 7, tags: { Name: 3, ok: 'x' } } } }, // wrong types, a map value
      { ...r, spec: { ...r.spec, forProvider: { ...fp, timeouts: [{}], cidrBlock: ['x'] } } }, // fields the original lacks
      { ...r, spec: { ...r.spec, initProvider: { ...fp }, forProvider: {} } }, // initProvider, whose schema is otherwise cut
      { ...r, metadata: { ...r.metadata, name: 'Not_A_Name', labels: { 'bad key!': 'v', ok: 'x'.repeat(64) } } },
      { ...r, spec: { ...r.spec, providerConfigRef: { name: 'default', policy: { resolution: 'Sometimes', extra: true } } } },
      { ...r, spec: undefined, status: { atProvider: { id: 1 } } },
    ];
  });
  return [...resources, ...broken];
}

describe('validators of schemas cut to the value (structural.ts toJsonSchema cutTo)', () => {
  const objects = corpus();
  const catalog = pinnedCrds();

  test('report exactly what the whole schema reports, on valid and broken objects of every composed kind', () => {
    let withIssues = 0;
    for (const o of objects) {
      const schema = catalog.schema(o.apiVersion, o.kind);
      for (const strict of [true, false]) {
        const cut = schemaValidator(schema, { strict, cut: true })(o);
        expect(cut).toEqual(schemaValidator(schema, { strict, cut: false })(o));
        if (cut.length) withIssues++;
      }
    }
    expect(objects.length).toBeGreaterThan(200);
    expect(withIssues).toBeGreaterThan(objects.length); // the broken ones fail in both modes, most of them
  });

  test('cut in the bundled tools (a published code version), whole from the sources, unless asked', () => {
    const vpc = objects.find((o) => o.kind === 'VPC');
    const schema = JSON.parse(JSON.stringify(catalog.schema(vpc.apiVersion, vpc.kind))); // a schema object of its own
    const shapes = [vpc, { ...vpc, spec: { ...vpc.spec, forProvider: { ...vpc.spec.forProvider, instanceTenancy: 'default' } } }];
    /** Validators compiled for two values of different shapes, counted by the files the compile cache writes. */
    const compiledFor = (codeVersion: string | undefined, options: { cut?: boolean } = {}) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-cut-'));
      const saved = process.env[CACHE_ENV];
      process.env[CACHE_ENV] = dir;
      (globalThis as any)[CODE_VERSION] = codeVersion;
      try {
        const validate = schemaValidator(JSON.parse(JSON.stringify(schema)), { ...options });
        expect(shapes.map((v) => validate(v).map((i) => i.path))).toEqual([[], []]);
        return fs.readdirSync(path.join(dir, 'ajv')).filter((f) => f.endsWith('.js')).length;
      } finally {
        delete (globalThis as any)[CODE_VERSION];
        if (saved === undefined) delete process.env[CACHE_ENV];
        else process.env[CACHE_ENV] = saved;
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    expect(compiledFor(undefined)).toBe(1); // from the sources: the whole schema
    expect(compiledFor('bundle-hash')).toBe(2); // the bundled tools: one per shape
    expect(compiledFor(undefined, { cut: true })).toBe(2);
    expect(compiledFor('bundle-hash', { cut: false })).toBe(1);
  });

  test('arrays and maps keep every field any element has, at every depth', () => {
    const schema = {
      type: 'object',
      properties: {
        list: {
          type: 'array',
          items: {
            type: 'object',
            properties: { a: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } } }, b: { type: 'string' } },
          },
        },
        map: { type: 'object', additionalProperties: { type: 'object', properties: { p: { type: 'integer' }, q: { type: 'integer' } } } },
      },
    };
    const value = { list: [{ a: { x: 'x' } }, { a: { y: 'y' } }], map: { one: { p: 1 }, two: {} } };
    const cut = toJsonSchema(schema, { cutTo: { value } });
    expect(cut.properties.list.items.properties.a.properties).toEqual({ x: { type: 'string' }, y: { type: 'string' } });
    expect(cut.properties.list.items.properties.b).toEqual({});
    expect(cut.properties.map.additionalProperties.properties).toEqual({ p: { type: 'integer' }, q: {} });
    expect(cut.properties.metadata).toEqual({}); // implied at the root, and not reached
    expect(schemaValidator(schema)({ list: [{ a: { x: 1 } }, { a: { y: 2 } }], map: { one: { p: 'p' } } }).map((i) => i.path)).toEqual([
      'list[0].a.x',
      'list[1].a.y',
      'map.one.p',
    ]);
  });

  test('the cut translation is the whole translation with every subschema the value does not reach made {}', () => {
    let compared = 0;
    for (const o of objects) {
      const schema = catalog.schema(o.apiVersion, o.kind);
      for (const strict of [true, false]) {
        // Same text, key order included: the compiled-validator cache is keyed by it, and ajv reports in that order.
        expect(JSON.stringify(toJsonSchema(schema, { strict, cutTo: { value: o } }))).toBe(
          JSON.stringify(unreachedEmptied(toJsonSchema(schema, { strict }), [o])),
        );
        compared++;
      }
    }
    expect(compared).toBe(objects.length * 2);
    const vpc = objects.find((o) => o.kind === 'VPC');
    const schema = catalog.schema(vpc.apiVersion, vpc.kind);
    const cutFor = (value: unknown) => JSON.stringify(toJsonSchema(schema, { cutTo: { value } }));
    // The values do not matter, the fields do.
    expect(cutFor({ ...vpc, metadata: { ...vpc.metadata, name: 'other' } })).toBe(cutFor(vpc));
    expect(cutFor({ ...vpc, spec: { ...vpc.spec, initProvider: {} } })).not.toBe(cutFor(vpc));
  });
});

/**
 * The oracle: a translated JSON schema walked after the fact, every subschema under `properties`, `items` and
 * `additionalProperties` that no value reaches replaced by `{}` (ajv applies each only to the values there are).
 */
function unreachedEmptied(schema: any, values: unknown[]): any {
  const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(schema)) return schema;
  const out: any = { ...schema };
  const below = (pick: (v: any) => unknown[]) => values.flatMap((v) => (isObject(v) || Array.isArray(v) ? pick(v) : []));
  const properties = isObject(schema.properties) ? schema.properties : undefined;
  if (properties) {
    out.properties = {};
    for (const [name, sub] of Object.entries(properties)) {
      const reach = below((v) => (isObject(v) && Object.prototype.hasOwnProperty.call(v, name) ? [v[name]] : []));
      out.properties[name] = reach.length ? unreachedEmptied(sub, reach) : {};
    }
  }
  if (isObject(schema.items)) {
    const reach = below((v) => (Array.isArray(v) ? v : []));
    out.items = reach.length ? unreachedEmptied(schema.items, reach) : {};
  }
  if (isObject(schema.additionalProperties)) {
    const reach = below((v) =>
      isObject(v)
        ? Object.keys(v)
            .filter((k) => !properties || !Object.hasOwn(properties, k))
            .map((k) => v[k])
        : [],
    );
    out.additionalProperties = reach.length ? unreachedEmptied(schema.additionalProperties, reach) : {};
  }
  return out;
}
