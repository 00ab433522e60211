import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CACHE_ENV } from '../cache';
import { CrdCatalog, withoutDescriptions } from '.';

/** A CRD whose schema has descriptions at every level, a field named `description`, and defaults holding one. */
const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.org
spec:
  group: example.org
  names:
    kind: Widget
    plural: widgets
  scope: Cluster
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          description: A widget.
          type: object
          properties:
            spec:
              description: What the widget should be.
              type: object
              default: { description: kept as written }
              properties:
                description:
                  description: The widget's own description field.
                  type: string
                  enum: [plain]
                parts:
                  type: array
                  items:
                    description: One part.
                    type: object
                    x-kubernetes-validations:
                      - rule: has(self.name)
                        message: a part has a name
                    properties:
                      name: { type: string, description: Its name. }
                labels:
                  type: object
                  additionalProperties: { type: string, description: A value. }
                either:
                  anyOf:
                    - { type: integer, description: A number. }
                    - { type: string, not: { description: Never this., enum: [x] } }
`;

describe('CrdCatalog', () => {
  let dir: string;
  let cache: string;
  let saved: string | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-crds-'));
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-crds-cache-'));
    fs.writeFileSync(path.join(dir, 'example.org_widgets.yaml'), CRD);
    saved = process.env[CACHE_ENV];
    process.env[CACHE_ENV] = cache;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[CACHE_ENV];
    else process.env[CACHE_ENV] = saved;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cache, { recursive: true, force: true });
  });

  test('schemas come without descriptions, and with every field, rule, enum and default as written', () => {
    const schema = new CrdCatalog(dir).schema('example.org/v1', 'Widget');
    expect(JSON.stringify(schema)).not.toMatch(/A widget|What the widget|own description|One part|Its name|A value|A number|Never this/);
    const spec = schema.properties.spec;
    expect(spec.default).toEqual({ description: 'kept as written' });
    expect(spec.properties.description).toEqual({ type: 'string', enum: ['plain'] });
    expect(spec.properties.parts.items['x-kubernetes-validations']).toEqual([{ rule: 'has(self.name)', message: 'a part has a name' }]);
    expect(spec.properties.parts.items.properties.name).toEqual({ type: 'string' });
    expect(spec.properties.labels.additionalProperties).toEqual({ type: 'string' });
    expect(spec.properties.either.anyOf).toEqual([{ type: 'integer' }, { type: 'string', not: { enum: ['x'] } }]);
  });

  test('a lookup the cache answers gives the same schema as one that parsed the file', () => {
    const parsed = new CrdCatalog(dir).find('example.org', 'Widget');
    expect(fs.readdirSync(path.join(cache, 'crds'))).toHaveLength(1);
    const cached = new CrdCatalog(dir).find('example.org', 'Widget');
    expect(cached).toEqual(parsed);
  });

  test('withoutDescriptions leaves values that are not schema nodes alone', () => {
    expect(withoutDescriptions(true)).toBe(true);
    expect(withoutDescriptions(['x'])).toEqual(['x']);
    expect(withoutDescriptions({ type: 'object', additionalProperties: false, description: 'd' })).toEqual({ type: 'object', additionalProperties: false });
  });
});
