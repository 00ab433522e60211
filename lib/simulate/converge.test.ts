import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CACHE_ENV, CODE_VERSION } from '../cache';
import { claimToComposite, readDocuments } from '../render';
import { renderClaim, renderConverged, renderKept } from './converge';

const ROOT = path.resolve(__dirname, '..', '..');
const doc = (f: string) => readDocuments(path.join(ROOT, f))[0];

describe('converged renders kept on disk', () => {
  const xrd = doc('dist/claim/definition.yaml');
  const composition = doc('dist/claim/composition.yaml');
  const claim = doc('examples/production-network.yaml');
  const saved = process.env[CACHE_ENV];
  let dir: string;
  const entries = () => (fs.existsSync(path.join(dir, 'render')) ? fs.readdirSync(path.join(dir, 'render')).sort() : []);
  const setCode = (v: string | undefined) => ((globalThis as any)[CODE_VERSION] = v);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-render-'));
    process.env[CACHE_ENV] = dir;
    setCode('code-1');
  });
  afterEach(() => {
    setCode(undefined);
    if (saved === undefined) delete process.env[CACHE_ENV];
    else process.env[CACHE_ENV] = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the second render of a claim is read back, equal to the first', () => {
    const first = renderClaim(claim, xrd, composition);
    expect(entries()).toHaveLength(1);
    expect(first.resources).toHaveLength(57);
    const file = path.join(dir, 'render', entries()[0]);
    // The render is kept; the composite it becomes is made again from the claim and the kept status.
    const { xr, ...kept } = first;
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(kept);
    expect(xr.status).toEqual(first.composite.status);
    // Proof that the entry is what is read: an entry planted under its name is returned.
    fs.writeFileSync(file, JSON.stringify({ ...kept, resources: first.resources.slice(0, 3) }));
    const again = renderClaim(claim, xrd, composition);
    expect(again.resources).toHaveLength(3);
    expect(again.xr).toEqual(xr);
  });

  test('a changed claim, Composition, option or code has its own entry; an XRD change the composite does not show shares it', () => {
    const base = renderClaim(claim, xrd, composition);
    const oneNat = { ...claim, spec: { ...claim.spec, parameters: { ...claim.spec.parameters, natGateways: 'Single' } } };
    expect(renderClaim(oneNat, xrd, composition).resources.length).toBeLessThan(base.resources.length);
    const edited = structuredClone(composition);
    edited.spec.pipeline[0].input.resources = edited.spec.pipeline[0].input.resources.filter((r: any) => r.name !== 'flow-log');
    expect(renderClaim(claim, xrd, edited).resources).toHaveLength(base.resources.length - 1);
    expect(entries()).toHaveLength(3);
    // The render is computed from the composite the claim becomes, not from the XRD itself.
    renderClaim(claim, { ...xrd, metadata: { ...xrd.metadata, labels: { changed: 'yes' } } }, composition);
    expect(entries()).toHaveLength(3);
    renderClaim(claim, xrd, composition, { accountId: '210987654321' });
    setCode('code-2');
    renderClaim(claim, xrd, composition);
    expect(entries()).toHaveLength(5);
  });

  test('a corrupt or foreign entry is ignored and replaced', () => {
    const first = renderClaim(claim, xrd, composition);
    const { xr: _xr, ...kept } = first;
    const file = path.join(dir, 'render', entries()[0]);
    for (const bad of ['{"composite": {', 'null', '[]', JSON.stringify({ ...kept, resources: 'none' }), JSON.stringify({ ...kept, context: undefined })]) {
      fs.writeFileSync(file, bad);
      expect(renderClaim(claim, xrd, composition)).toEqual(first);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(kept);
    }
  });

  test("the render CLI's views are kept too: one pass and converged apart, each input its own, corrupt entries replaced", () => {
    const input = { composite: claimToComposite(claim, xrd), composition };
    const once = renderKept(input, 'once');
    const converged = renderKept(input, 'converged');
    expect(once.resources.length).toBeLessThan(converged.resources.length); // resources that wait appear in later rounds
    expect(entries()).toHaveLength(2);
    expect(renderKept(input, 'once')).toEqual(once);
    expect(entries()).toHaveLength(2);
    // What is read is the entry: one planted under the one-pass render's name is returned.
    const onceFile = entries()
      .map((e) => path.join(dir, 'render', e))
      .find((f) => JSON.parse(fs.readFileSync(f, 'utf8')).resources.length === once.resources.length)!;
    fs.writeFileSync(onceFile, JSON.stringify({ ...once, resources: once.resources.slice(0, 2) }));
    expect(renderKept(input, 'once').resources).toHaveLength(2);
    fs.writeFileSync(onceFile, '{"composite": {');
    expect(renderKept(input, 'once')).toEqual(once);
    renderKept({ ...input, context: { note: 'another input' } }, 'once');
    expect(entries()).toHaveLength(3);
    setCode(undefined); // from the sources: rendered, not kept
    expect(renderKept({ ...input, context: { note: 'unkept' } }, 'once')).toBeDefined();
    expect(entries()).toHaveLength(3);
  });

  test('nothing is kept when the code is unknown (run from the sources) or the cache is off', () => {
    setCode(undefined);
    const fromSources = renderClaim(claim, xrd, composition);
    expect(entries()).toEqual([]);
    setCode('code-1');
    process.env[CACHE_ENV] = '';
    expect(renderClaim(claim, xrd, composition)).toEqual(fromSources);
    expect(entries()).toEqual([]);
  });
});

const xr = () => ({
  apiVersion: 'example.org/v1',
  kind: 'XApp',
  metadata: { name: 'app-abcde', uid: 'u-1' },
  spec: { size: 'small' },
});

/** A bucket, and a policy that waits (Required) for the bucket's ARN: it appears in the second round. */
const composition = () => ({
  apiVersion: 'apiextensions.crossplane.io/v1',
  kind: 'Composition',
  metadata: { name: 'app' },
  spec: {
    compositeTypeRef: { apiVersion: 'example.org/v1', kind: 'XApp' },
    mode: 'Pipeline',
    pipeline: [
      {
        step: 'patch-and-transform',
        functionRef: { name: 'function-patch-and-transform' },
        input: {
          apiVersion: 'pt.fn.crossplane.io/v1beta1',
          kind: 'Resources',
          resources: [
            {
              name: 'bucket',
              base: { apiVersion: 's3.aws.upbound.io/v1beta1', kind: 'Bucket', spec: { forProvider: { region: 'eu-west-1' } } },
              patches: [
                { fromFieldPath: 'spec.size', toFieldPath: 'metadata.labels[example.org/size]' },
                { type: 'ToCompositeFieldPath', fromFieldPath: 'status.atProvider.arn', toFieldPath: 'status.bucketArn' },
              ],
            },
            {
              name: 'policy',
              base: { apiVersion: 's3.aws.upbound.io/v1beta1', kind: 'BucketPolicy', spec: { forProvider: { region: 'eu-west-1' } } },
              patches: [{ fromFieldPath: 'status.bucketArn', toFieldPath: 'spec.forProvider.policy', policy: { fromFieldPath: 'Required' } }],
            },
          ],
        },
      },
    ],
  },
});

const names = (out: { resources: any[] }) => out.resources.map((r) => r.metadata.annotations['crossplane.io/composition-resource-name']);

describe('renderConverged', () => {
  test('renders until resources waiting on observed state appear', () => {
    const out = renderConverged({ composite: xr(), composition: composition() });
    expect(names(out)).toEqual(['bucket', 'policy']);
    expect(out.resources[1].spec.forProvider.policy).toMatch(/^arn:aws:s3:::/);
  });

  test('the same input again gives an equal result that the caller may change freely', () => {
    const first = renderConverged({ composite: xr(), composition: composition() });
    first.resources[0].metadata.labels['example.org/size'] = 'changed by the caller';
    first.resources.pop();
    const again = renderConverged({ composite: xr(), composition: composition() });
    expect(names(again)).toEqual(['bucket', 'policy']);
    expect(again.resources[0].metadata.labels['example.org/size']).toBe('small');
  });

  test('an input changed in place is rendered anew, never answered from an earlier render', () => {
    const input = { composite: xr(), composition: composition() };
    expect(renderConverged(input).resources[0].metadata.labels['example.org/size']).toBe('small');
    input.composite.spec.size = 'large';
    expect(renderConverged(input).resources[0].metadata.labels['example.org/size']).toBe('large');
    (input.composition.spec.pipeline[0].input.resources as unknown[]).pop();
    expect(names(renderConverged(input))).toEqual(['bucket']);
    expect(names(renderConverged(input, { maxRounds: 1 }))).toEqual(['bucket']);
  });

  test('options are part of what a render is made from', () => {
    const input = { composite: xr(), composition: composition() };
    expect(names(renderConverged(input, { maxRounds: 1 }))).toEqual(['bucket']);
    expect(names(renderConverged(input))).toEqual(['bucket', 'policy']);
  });
});
