/** test/support/time-limits.ts: the time limits jest-light-runner leaves out, put back. */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { TIME_LIMITED, withTimeLimit } from '../support/time-limits';

const ROOT = path.resolve(__dirname, '..', '..');

test('a function that never settles is failed at its limit, with Jest’s wording', async () => {
  const start = Date.now();
  await expect(withTimeLimit(() => new Promise(() => {}), 50, 'a test')()).rejects.toThrow('Exceeded timeout of 50 ms for a test.');
  expect(Date.now() - start).toBeLessThan(2_000);
});

test('values, errors and arguments pass through', async () => {
  await expect(withTimeLimit((a: number, b: number) => a + b, 1_000, 'a test')(2, 3)).resolves.toBe(5);
  await expect(withTimeLimit(async () => Promise.reject(new Error('boom')), 1_000, 'a test')()).rejects.toThrow('boom');
  await expect(
    withTimeLimit(
      () => {
        throw new Error('thrown');
      },
      1_000,
      'a test',
    )(),
  ).rejects.toThrow('thrown');
});

test('the globals every test file uses are the time-limited ones', () => {
  for (const g of [test, it, test.only, beforeAll, afterAll, beforeEach, afterEach]) expect((g as any)[TIME_LIMITED]).toBe(true);
});

test('a test file whose tests hang fails them at their limit and finishes (a jest of its own)', () => {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--roots', '<rootDir>/test/scripts/testdata', '--testMatch', '**/never-settles.ts'],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/Tests: +3 failed, 1 passed, 4 total/);
  expect(r.stderr.match(/Exceeded timeout of 300 ms for a test\./g)).toHaveLength(3);
});
