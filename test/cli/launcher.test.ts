/**
 * The tools as `npm run render|validate|audit` start them (node scripts/cli.js <tool>): a real process, its exit
 * code and its streams, the bundle rebuilt when a source is newer, and caches that never serve a stale result.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { CrdCatalog } from '../../lib/crds';
import { compileCached } from '../../lib/schema/compile-cache';
import { goRegExpEngine } from '../../lib/schema/go-regexp';

const ROOT = path.resolve(__dirname, '..', '..');
const tool = (args: string[], input?: string) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'cli.js'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

describe('node scripts/cli.js (what npm run render, validate and audit run)', () => {
  test('exit codes and messages come through the process: empty standard input is a setup error, a bad flag a usage error', () => {
    const empty = tool(['validate', '-'], '');
    expect(empty.stderr).toBe('error: standard input holds no Kubernetes object (it is empty or only comments)\n');
    expect(empty.status).toBe(2);
    const bad = tool(['render', '--bogus', 'x.yaml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: Unknown option '--bogus'/);
    const unknown = tool(['nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('usage: node scripts/cli.js <render|validate|audit> [args...] | --build\n');
  });

  test('renders a claim from standard input, JSON.parse reads the output', () => {
    const r = tool(['render', '--format', 'json', '-'], fs.readFileSync(path.join(ROOT, 'examples/minimal.yaml'), 'utf8'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].kind).toBe('XProductionNetwork');
  });

  test('exits as soon as its output is written, with all of it: a render larger than a pipe buffer arrives whole', () => {
    const r = tool(['render', '--format', 'json', 'examples/production-network.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(64 * 1024); // more than a Linux pipe holds at once
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(50);
  });

  (fs.existsSync('/dev/full') ? test : test.skip)('output that cannot be written is a failure, a reader that went away is not', () => {
    const fd = fs.openSync('/dev/full', 'w');
    try {
      const full = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'cli.js'), 'validate', 'examples/production-network.yaml'], {
        cwd: ROOT,
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(full.stderr).toMatch(/^error: writing the output failed: ENOSPC/m);
      expect(full.status).toBe(1);
    } finally {
      fs.closeSync(fd);
    }
    // pipefail: the status is the tool's, head's own is 0.
    const head = spawnSync(
      'bash',
      ['-c', 'set -o pipefail; node scripts/cli.js render --format json examples/production-network.yaml | head -c 10 >/dev/null'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(head.stderr).not.toContain('EPIPE');
    expect(head.status).toBe(0);
  });

  test('a render is kept: the same claim again prints the same, read back; with the cache off, the same again', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-render-kept-'));
    try {
      const run = (dir: string) =>
        spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'cli.js'), 'render', 'examples/production-network.yaml'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, PRODUCTION_NETWORK_CACHE: dir },
          timeout: 60_000,
        });
      const first = run(cache);
      expect(first.status).toBe(0);
      expect(fs.readdirSync(path.join(cache, 'render'))).toHaveLength(1);
      for (const again of [run(cache), run('')]) {
        expect(again.stdout).toBe(first.stdout);
        expect(again.stderr).toBe(first.stderr); // the first-render note too
        expect(again.status).toBe(0);
      }
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  test('the bundled validate carries everything it reads: a valid example passes, AWS rules name what AWS refuses', () => {
    const r = tool(['validate', 'examples/production-network.yaml', 'test/production-network/testdata/aws-refuses.yaml']);
    expect(r.stdout).toMatch(/^VALID {3}examples\/production-network\.yaml/m);
    expect(r.stdout).toMatch(/^INVALID test\/production-network\/testdata\/aws-refuses\.yaml/m);
    expect(r.stdout).toMatch(/t3\.humongous.*\[AWS rule /);
    expect(r.status).toBe(1);
  });

  test("the bundle's content hash is its identity for the caches of what it computes (lib/cache codeVersion)", () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-launch-'));
    try {
      const run = () =>
        spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'cli.js'), 'validate', 'examples/production-network.yaml'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, PRODUCTION_NETWORK_CACHE: cache },
        });
      const cold = run();
      expect(cold.status).toBe(0);
      expect(fs.readdirSync(path.join(cache, 'render'))).toHaveLength(1); // the converged render, keyed by the code too
      const warm = run();
      expect(warm.stdout).toBe(cold.stdout);
      const { bundles } = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'cli', 'inputs.json'), 'utf8'));
      const bundle = fs.readFileSync(path.join(ROOT, 'build', 'cli', 'validate.js'));
      expect(bundles.validate.sha256).toBe(createHash('sha256').update(bundle).digest('hex'));
      expect(bundles.validate.size).toBe(bundle.length);
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  test('a source newer than the bundle is rebuilt before the tool runs', () => {
    const inputs = path.join(ROOT, 'build', 'cli', 'inputs.json');
    tool(['render', '--help']);
    const source = path.join(ROOT, 'cli', 'manifest-yaml.ts');
    const future = new Date(Date.now() + 5_000);
    const { atime, mtime } = fs.statSync(source);
    fs.utimesSync(source, future, future);
    try {
      const r = tool(['render', '--help']);
      expect(r.status).toBe(0);
      expect(fs.statSync(inputs).mtimeMs).toBeGreaterThanOrEqual(future.getTime() - 5_000);
      expect(JSON.parse(fs.readFileSync(inputs, 'utf8')).inputs).toContain('cli/manifest-yaml.ts');
    } finally {
      fs.utimesSync(source, atime, mtime);
    }
  });
});

describe('caches are keyed by content', () => {
  let dir: string;
  const saved = process.env.PRODUCTION_NETWORK_CACHE;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-cache-'));
    process.env.PRODUCTION_NETWORK_CACHE = path.join(dir, 'cache');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PRODUCTION_NETWORK_CACHE;
    else process.env.PRODUCTION_NETWORK_CACHE = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a compiled validator is reused across instances, and a changed schema gets its own', () => {
    const fresh = () => new Ajv({ allErrors: true, code: { source: true } });
    const schema = { type: 'object', properties: { size: { type: 'string', maxLength: 3 } }, additionalProperties: false };
    const first = compileCached(fresh(), schema);
    expect(first({ size: 'abcd' })).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'cache', 'ajv')).filter((f) => f.endsWith('.js'))).toHaveLength(1);
    const again = compileCached(fresh(), schema); // from the cache
    expect(again({ size: 'abc' })).toBe(true);
    expect(again({ size: 'abcd' })).toBe(false);
    expect(again.errors?.[0]).toEqual(expect.objectContaining({ keyword: 'maxLength', instancePath: '/size' }));
    const changed = compileCached(fresh(), { ...schema, properties: { size: { type: 'string', maxLength: 5 } } });
    expect(changed({ size: 'abcd' })).toBe(true);
  });

  test('a validator with a Go (RE2) pattern is served from the cache, not compiled again', () => {
    // The pattern engine's code requires re2js: a cached validator must be able to load it (it once could not, so
    // every validate compiled every schema again).
    const fresh = () => new Ajv({ allErrors: true, unicodeRegExp: false, code: { source: true, regExp: goRegExpEngine } });
    const schema = { type: 'string', pattern: '^[\\p{L}_]+$' };
    expect(compileCached(fresh(), schema)('straße_x')).toBe(true);
    const second = fresh();
    const compile = jest.spyOn(second, 'compile');
    const cached = compileCached(second, schema);
    expect(compile).not.toHaveBeenCalled();
    expect(cached('straße_x')).toBe(true);
    expect(cached('a&b')).toBe(false);
  });

  test('a CRD edited after its lookup was cached is read again', () => {
    const crds = path.join(dir, 'crds');
    fs.mkdirSync(crds);
    const crd = (type: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: things.example.org}
spec:
  group: example.org
  scope: Cluster
  names:
    kind: Thing
    plural: things
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          size: {type: ${type}}
`;
    const file = path.join(crds, 'example.org_things.yaml');
    fs.writeFileSync(file, crd('string'));
    expect(new CrdCatalog(crds).schema('example.org/v1', 'Thing').properties.size.type).toBe('string');
    expect(new CrdCatalog(crds).schema('example.org/v1', 'Thing').properties.size.type).toBe('string'); // cached
    fs.writeFileSync(file, crd('number'));
    fs.utimesSync(file, new Date(Date.now() + 2_000), new Date(Date.now() + 2_000));
    expect(new CrdCatalog(crds).schema('example.org/v1', 'Thing').properties.size.type).toBe('number');
  });
});
