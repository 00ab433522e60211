/**
 * Test files run in bare Node.js (jest-light-runner), TypeScript loaded by tsx, the loader `npm run synth` uses
 * too; there is no type-check here: `tsc --noEmit` is its own step of `npm test`.
 *
 * Why not Jest's default runner: it evaluates every test file in its own vm context, where each lookup of a
 * global (`Array.isArray`, `Object.keys`) is an interceptor call. The renderer walks objects with exactly those,
 * and ran three to twenty times slower there than in plain Node.js (a converged render of the reference claim:
 * 60–90 ms against about 22 ms); every file also loaded and warmed up the whole engine again. In bare Node.js the
 * suite takes less than half the time. What it gives up is per-file module isolation: test files of one worker
 * share loaded modules, so a test that changes process state (an environment variable, a global) restores it.
 * The child-process runtime, not worker threads: tsx's hooks, registered by the setup file, load `.ts` in a child
 * process but not in a worker thread on Node 20.
 */
module.exports = {
  testEnvironment: 'node',
  runner: 'jest-light-runner/child-process',
  setupFiles: [require.resolve('tsx')],
  // The runner ignores `testTimeout` and per-test timeouts: the limits (30 s unless a test says otherwise) are
  // enforced by wrapping the test globals.
  setupFilesAfterEnv: ['<rootDir>/test/support/time-limits.ts'],
  // Engine unit tests live beside their files in lib/; the product's, the tools' and the integration tests in test/.
  roots: ['<rootDir>/lib', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Jest's default on a 2-core machine is one worker (cores - 1): the files would run one after another.
  maxWorkers: 2,
};
