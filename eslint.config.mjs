import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const libsNeverImportApps = { group: ['**/apps/**'], message: 'libs never import apps' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.stack/**', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libsNeverImportApps] }] },
  },
  {
    // The engine and the shared vocabulary stay plain TypeScript: no framework, no I/O.
    files: ['libs/matching/**/*.ts', 'libs/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: pureLibraryImports() }] },
  },
  {
    // Their tests may take the demo data generator and the reference data as fixtures (pure
    // data, built from libs/domain); nothing else of libs/database.
    files: ['libs/matching/**/*.spec.ts', 'libs/domain/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: pureLibraryImports('(?!/seed/)') }],
    },
  },
);

/** What libs/domain and libs/matching may not import; `databaseAllowed` a lookahead after `@app/database`. */
function pureLibraryImports(databaseAllowed = '') {
  const message = 'libs/domain and libs/matching depend on nothing but libs/domain';
  return [
    libsNeverImportApps,
    {
      group: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'meilisearch', 'pg', 'node:*'],
      message: 'libs/domain and libs/matching stay framework-free and do no I/O',
    },
    { regex: `^@app/database${databaseAllowed}`, message },
    { group: ['@app/search', '@app/jobs', '@app/config'], message },
    // Nor around the aliases by a relative path.
    {
      group: ['**/database/src/**', '**/search/src/**', '**/jobs/src/**', '**/config/src/**'],
      message,
    },
  ];
}
