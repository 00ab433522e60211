import * as path from 'path';
import { readDocuments } from '../render';
import { renderClaim } from '../simulate/converge';
import { pinnedCrds } from '../../compositions/production-network/crds';
import * as fs from 'fs';
import * as os from 'os';
import { CACHE_ENV, CODE_VERSION } from '../cache';
import { pruneToValue, shapeKey } from './prune';
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
      const key = `${r.apiVersion}/${r.kind}\0${shapeKey(catalog.schema(r.apiVersion, r.kind), r)}`;
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

describe('validators of schemas cut to the value (prune.ts)', () => {
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
    const cut = pruneToValue(schema, value);
    expect(cut.properties.list.items.properties.a.properties).toEqual({ x: { type: 'string' }, y: { type: 'string' } });
    expect(cut.properties.list.items.properties.b).toEqual({});
    expect(cut.properties.map.additionalProperties.properties).toEqual({ p: { type: 'integer' }, q: {} });
    expect(schemaValidator(schema)({ list: [{ a: { x: 1 } }, { a: { y: 2 } }], map: { one: { p: 'p' } } }).map((i) => i.path)).toEqual([
      'list[0].a.x',
      'list[1].a.y',
      'map.one.p',
    ]);
  });

  test('shapeKey is equal exactly when the cut schemas are', () => {
    const bySchema = new Map<any, Map<string, string>>();
    for (const o of objects) {
      const schema = catalog.schema(o.apiVersion, o.kind);
      if (!bySchema.has(schema)) bySchema.set(schema, new Map());
      const seen = bySchema.get(schema)!;
      const key = shapeKey(schema, o);
      const cut = JSON.stringify(pruneToValue(schema, o));
      if (seen.has(key)) expect(cut).toBe(seen.get(key));
      seen.set(key, cut);
    }
    for (const seen of bySchema.values()) expect(new Set(seen.values()).size).toBe(seen.size);
    const vpc = objects.find((o) => o.kind === 'VPC');
    const schema = catalog.schema(vpc.apiVersion, vpc.kind);
    // The values do not matter, the fields do.
    expect(shapeKey(schema, { ...vpc, metadata: { ...vpc.metadata, name: 'other' } })).toBe(shapeKey(schema, vpc));
    expect(shapeKey(schema, { ...vpc, spec: { ...vpc.spec, initProvider: {} } })).not.toBe(shapeKey(schema, vpc));
  });
});
