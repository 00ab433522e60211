/** dist/ is committed (the rendered-manifests pattern): it must be exactly what `npm run synth` writes. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { settingsFromEnv, synth } from '../app';
import { validateAgainstXrd } from '../lib/validate';

/** The project root (this file is test/dist.test.ts). */
const ROOT = path.resolve(__dirname, '..');
const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-'));
const files = synth({ ...settingsFromEnv({}), outdir: fresh }).map((f) => path.relative(fresh, f));
afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

function committed(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? committed(path.join(dir, e.name)).map((f) => path.join(e.name, f)) : [e.name]));
}

test('dist/ is up to date: run `npm run synth` and commit dist/ when this fails', () => {
  expect(committed(path.join(ROOT, 'dist')).sort()).toEqual([...files].sort());
  for (const f of files) {
    expect({ file: f, same: fs.readFileSync(path.join(fresh, f), 'utf8') === fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8') }).toEqual({
      file: f,
      same: true,
    });
  }
});

test('both flavours and the examples are synthesized, each in its own folder', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'claim/definition.yaml',
      'claim/composition.yaml',
      'namespaced/definition.yaml',
      'namespaced/composition.yaml',
      'examples/production-network.yaml',
      'examples/namespaced/production-network.yaml',
    ]),
  );
});

test('dist/examples/ holds the files of examples/ under the same names', () => {
  const list = (dir: string, rel = ''): string[] =>
    fs
      .readdirSync(path.join(dir, rel), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? list(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]));
  expect(list(path.join(fresh, 'examples')).sort()).toEqual(list(path.join(ROOT, 'examples')).sort());
});

test('settings: a bad group or flavour is a clear error', () => {
  expect(() => settingsFromEnv({ PRODUCTION_NETWORK_GROUP: 'Network' })).toThrow(/not a DNS subdomain/);
  expect(() => settingsFromEnv({ PRODUCTION_NETWORK_FLAVOURS: 'claim,v3' })).toThrow(/unknown flavour "v3"/);
  expect(settingsFromEnv({ PRODUCTION_NETWORK_FLAVOURS: 'claim' }).flavours).toEqual(['claim']);
});

test('settings: the installation defaults to "default", must be a DNS label, and reaches the composition', () => {
  expect(settingsFromEnv({}).installation).toBe('default');
  expect(settingsFromEnv({ PRODUCTION_NETWORK_INSTALLATION: 'prod-eu' }).installation).toBe('prod-eu');
  expect(() => settingsFromEnv({ PRODUCTION_NETWORK_INSTALLATION: 'Prod EU' })).toThrow(/PRODUCTION_NETWORK_INSTALLATION "Prod EU" is not a DNS label/);
  const composition = fs.readFileSync(path.join(fresh, 'claim/composition.yaml'), 'utf8');
  expect(composition).toContain('default/claim/%s/%s');
});

describe('dist/render: inputs for the real crossplane render', () => {
  const docs = (f: string) => parseAllDocuments(fs.readFileSync(path.join(fresh, f), 'utf8')).map((d) => d.toJS());

  test('a file of Function objects only (crossplane render rejects anything else), named as the functionRefs', () => {
    const functions = docs('render/functions.yaml');
    expect(functions.every((f) => f.apiVersion === 'pkg.crossplane.io/v1' && f.kind === 'Function')).toBe(true);
    const refs = ['claim', 'namespaced'].flatMap((f) => docs(`${f}/composition.yaml`)[0].spec.pipeline.map((s: any) => s.functionRef.name));
    expect(functions.map((f) => f.metadata.name).sort()).toEqual([...new Set(refs)].sort());
  });

  test.each([
    ['render/production-claim-xr.yaml', 'claim/definition.yaml'],
    ['render/minimal-claim-xr.yaml', 'claim/definition.yaml'],
    ['render/production-namespaced-xr.yaml', 'namespaced/definition.yaml'],
  ])('%s is an XR its XRD accepts', (xrFile, xrdFile) => {
    const [xr] = docs(xrFile);
    expect(validateAgainstXrd(xr, docs(xrdFile)[0])).toEqual([]);
  });
});

test('an empty PRODUCTION_NETWORK_FLAVOURS is a setup error (exit 2) of `npm run synth`, and nothing is written', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-empty-'));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PRODUCTION_NETWORK_FLAVOURS: ' , ', PRODUCTION_NETWORK_OUTDIR: outdir },
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('synth: PRODUCTION_NETWORK_FLAVOURS is empty: name at least one of claim, namespaced (or unset it for both)\n');
  expect(r.status).toBe(2);
  expect(fs.readdirSync(outdir)).toEqual([]);
  fs.rmSync(outdir, { recursive: true, force: true });
});

test('`npx cdk8s synth --no-check-upgrade`, the README’s cdk8s CLI path, is quiet offline and writes the same files', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-synth-'));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s'), 'synth', '--no-check-upgrade', '--output', outdir], {
    cwd: ROOT,
    env: { ...process.env, PRODUCTION_NETWORK_OUTDIR: outdir },
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(fs.existsSync(path.join(outdir, 'claim', 'composition.yaml'))).toBe(true);
  fs.rmSync(outdir, { recursive: true, force: true });
});
