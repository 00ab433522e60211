import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CACHE_ENV, CODE_VERSION } from '../cache';
import { readDocuments } from '../render';
import { renderClaim } from './converge';

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
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(first);
    // Proof that the entry is what is read: an entry planted under its name is returned.
    fs.writeFileSync(file, JSON.stringify({ ...first, resources: first.resources.slice(0, 3) }));
    expect(renderClaim(claim, xrd, composition).resources).toHaveLength(3);
  });

  test('a changed claim, XRD, Composition, option or code has its own entry', () => {
    const base = renderClaim(claim, xrd, composition);
    const oneNat = { ...claim, spec: { ...claim.spec, parameters: { ...claim.spec.parameters, natGateways: 'Single' } } };
    expect(renderClaim(oneNat, xrd, composition).resources.length).toBeLessThan(base.resources.length);
    const edited = structuredClone(composition);
    edited.spec.pipeline[0].input.resources = edited.spec.pipeline[0].input.resources.filter((r: any) => r.name !== 'flow-log');
    expect(renderClaim(claim, xrd, edited).resources).toHaveLength(base.resources.length - 1);
    renderClaim(claim, { ...xrd, metadata: { ...xrd.metadata, labels: { changed: 'yes' } } }, composition);
    renderClaim(claim, xrd, composition, { accountId: '210987654321' });
    setCode('code-2');
    renderClaim(claim, xrd, composition);
    expect(entries()).toHaveLength(6);
  });

  test('a corrupt or foreign entry is ignored and replaced', () => {
    const first = renderClaim(claim, xrd, composition);
    const file = path.join(dir, 'render', entries()[0]);
    for (const bad of ['{"composite": {', 'null', '[]', JSON.stringify({ ...first, resources: 'none' }), JSON.stringify({ ...first, xr: undefined })]) {
      fs.writeFileSync(file, bad);
      expect(renderClaim(claim, xrd, composition)).toEqual(first);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(first);
    }
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
