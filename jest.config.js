/** Tests run through swc (no type-check here: `tsc --noEmit` is its own step of `npm test`). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  // Engine unit tests live beside their files in lib/; the product's, the tools' and the integration tests in test/.
  roots: ['<rootDir>/lib', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 30000,
  // Jest's default on a 2-core machine is one worker (cores - 1): the files would run one after another.
  maxWorkers: 2,
};
