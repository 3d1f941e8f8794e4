// Nest 12, Meilisearch and friends ship ES modules only. Node 20 can require() them, but
// Jest's own module loader cannot before Node 24.9, so node_modules go through SWC too
// (cached after the first run) and the code base stays CommonJS.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const aliases = {
  '^@app/(domain|config|database|search|jobs|matching)$': '<rootDir>/libs/$1/src',
  '^@app/(domain|database)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js|mjs|cjs)$': ['@swc/jest', swc] },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|meilisearch|@apollo|@as-integrations|graphql)/)',
  ],
  moduleNameMapper: aliases,
};
module.exports = {
  maxWorkers: 2,
  // In-process APIs and workers close their connections, but a library timer left behind must
  // not hold a CI run for its whole time limit.
  forceExit: true,
  // e2e suites boot real services; a unit test that takes this long is broken anyway.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
    },
  ],
};
