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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            libsNeverImportApps,
            {
              group: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'meilisearch', 'pg', 'node:*'],
              message: 'libs/domain and libs/matching stay framework-free and do no I/O',
            },
            {
              group: ['@app/database', '@app/search', '@app/jobs', '@app/config'],
              message: 'libs/domain and libs/matching depend on nothing but libs/domain',
            },
          ],
        },
      ],
    },
  },
);
