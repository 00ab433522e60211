/** scripts/test.sh (`npm test`): tsc, Prettier and jest at once, and an exit code that only all three passing makes 0. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'test.sh');

/** Runs the script in a project whose tsc, prettier and jest are stand-ins exiting with the given codes. */
function run(codes: { tsc: number; prettier: number; jest: number }, args: string[] = []) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-test-'));
  try {
    fs.mkdirSync(path.join(root, 'scripts'));
    fs.copyFileSync(SCRIPT, path.join(root, 'scripts', 'test.sh'));
    const bin = path.join(root, 'node_modules', '.bin');
    fs.mkdirSync(bin, { recursive: true });
    for (const [tool, code] of Object.entries(codes)) {
      fs.writeFileSync(path.join(bin, tool), `#!/usr/bin/env bash\necho "${tool} ran with: $*"\nexit ${code}\n`, { mode: 0o755 });
    }
    return spawnSync('bash', [path.join(root, 'scripts', 'test.sh'), ...args], { encoding: 'utf8' });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

test('all three pass: exit 0, and jest gets the arguments', () => {
  const r = run({ tsc: 0, prettier: 0, jest: 0 }, ['test/dist.test.ts']);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('jest ran with: test/dist.test.ts');
  expect(r.stdout).toContain('npm test: the type-check, the formatting check and the tests passed');
  expect(r.stderr).toBe('');
});

test.each([
  ['the type-check', { tsc: 2, prettier: 0, jest: 0 }, /the type-check failed \(tsc --noEmit\):\ntsc ran with: --noEmit/],
  ['formatting', { tsc: 0, prettier: 1, jest: 0 }, /formatting differs from Prettier's \(run npm run format\):\nprettier ran with: --check/],
  ['a test', { tsc: 0, prettier: 0, jest: 1 }, /^$/],
])('%s failing makes npm test fail, with what failed printed', (_what, codes, stderr) => {
  const r = run(codes);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(stderr);
  expect(r.stdout).not.toContain('passed');
});
