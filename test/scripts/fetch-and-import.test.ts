/** scripts/fetch-crds.sh and scripts/import.sh, run as a user runs them, offline and fast. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const bash = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync('bash', [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });

describe('scripts/fetch-crds.sh', () => {
  test('stops at the first connection failure with a clear message, writing nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fetch-crds-'));
    const lock = path.join(dir, 'crds.lock');
    // Port 9 (discard) on the loopback refuses at once: the network is unreachable as it is offline.
    fs.writeFileSync(lock, [1, 2, 3].map((i) => `p/f${i}.yaml\thttp://127.0.0.1:9/f${i}.yaml\t${'0'.repeat(40)}`).join('\n') + '\n');
    const started = Date.now();
    const r = bash('fetch-crds.sh', [path.join(dir, 'dest')], { CRDS_LOCK: lock });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      '[1/3] stopped: could not connect to the host (offline, or a firewall?): http://127.0.0.1:9/f1.yaml (curl exit 7)\n' +
        `no file was written to ${path.join(dir, 'dest')}; check the network (or HTTPS_PROXY) and run again\n`,
    );
    expect(fs.existsSync(path.join(dir, 'dest'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a lock file that cannot be read is a setup error', () => {
    const r = bash('fetch-crds.sh', [], { CRDS_LOCK: '/nonexistent/crds.lock' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('fetch-crds: cannot read the lock file /nonexistent/crds.lock\n');
  });
});

describe('scripts/import.sh (npm run import)', () => {
  test('reads PRODUCTION_NETWORK_CRDS, as the rest of the project does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-crds-'));
    const r = bash('import.sh', ['--print-crds-dir'], { PRODUCTION_NETWORK_CRDS: dir, CRDS_DIR: '' });
    expect(r.stdout).toBe(`${dir}\n`);
    expect(r.status).toBe(0);
    const missing = bash('import.sh', ['--print-crds-dir'], { PRODUCTION_NETWORK_CRDS: path.join(dir, 'nope'), CRDS_DIR: '' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`import: PRODUCTION_NETWORK_CRDS=${path.join(dir, 'nope')} is not a directory\n`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('without it, ../shared/crds or .crds/, the directories crdsDir() looks in (compositions/production-network/crds.ts), in the same order', () => {
    const r = bash('import.sh', ['--print-crds-dir'], { PRODUCTION_NETWORK_CRDS: '', CRDS_DIR: '' });
    const found = ['../shared/crds', '.crds'].find((d) => fs.existsSync(path.join(ROOT, d)));
    if (found) expect(r.stdout).toBe(`${found}\n`);
    else {
      // Neither is there (a fresh clone whose CRDs come from PRODUCTION_NETWORK_CRDS): a setup error that says where it looked.
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('import: upstream CRDs not found (looked in ../shared/crds, .crds): set PRODUCTION_NETWORK_CRDS or run scripts/fetch-crds.sh\n');
    }
  });
});
