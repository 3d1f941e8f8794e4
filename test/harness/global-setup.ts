import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as Database from '../../libs/database/src';
import type * as Reference from '../../libs/database/src/seed/reference-data';
import services, { MeiliHandle, withDatabase } from './services';

/**
 * Global setup runs outside Jest's module system (no path aliases, no ESM transform), so it
 * uses the build that `npm test` makes first.
 */
function fromBuild<T>(file: string): T {
  const path = join(__dirname, '../../dist', file);
  if (!existsSync(path))
    throw new Error(`${path} is missing: run npm run build (npm test does it first)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as T;
}

declare global {
  var __CM_MEILI__: MeiliHandle | undefined;
}

/**
 * Once per test run: makes sure PostgreSQL and Redis are up, starts a Meilisearch of the
 * run's own, and builds a migrated and seeded template database that every e2e file
 * clones (CREATE DATABASE … TEMPLATE), so that no two files share state.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redis = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  await services.ensurePostgres(server);
  await services.ensureRedis(redis);

  const { createDataSource, seedReferenceData } = fromBuild<typeof Database>(
    'libs/database/src/index.js',
  );
  const { REFERENCE_DATA } = fromBuild<typeof Reference>(
    'libs/database/src/seed/reference-data.js',
  );

  const template = withDatabase(server, `cm_test_${run}_template`);
  await services.dropDatabase(template);
  await services.ensureDatabase(template);
  const ds = createDataSource(template);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    await seedReferenceData(ds, REFERENCE_DATA);
  } finally {
    await ds.destroy();
  }

  let meiliUrl = process.env.TEST_MEILI_URL;
  let meiliKey = process.env.TEST_MEILI_MASTER_KEY;
  if (!meiliUrl) {
    const meili = await services.startMeilisearch({ masterKey: randomBytes(16).toString('hex') });
    globalThis.__CM_MEILI__ = meili;
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
  }

  // Workers are forked after this, so they inherit these.
  Object.assign(process.env, {
    CM_TEST_RUN: run,
    CM_TEST_SERVER_URL: server,
    CM_TEST_TEMPLATE_URL: template,
    CM_TEST_REDIS_URL: redis,
    CM_TEST_MEILI_URL: meiliUrl,
    CM_TEST_MEILI_MASTER_KEY: meiliKey,
  });
}
