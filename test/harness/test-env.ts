import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import services, { withDatabase } from './services';

function need(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run e2e tests through jest (npm test), whose global setup sets it`,
    );
  return value;
}

export interface TestEnv {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  meiliUrl: string;
  meiliKey: string;
  meiliIndexPrefix: string;
  /** The variables a process of the platform needs to run in this environment. */
  vars: Record<string, string>;
  dispose(): Promise<void>;
}

/**
 * A database cloned from the run's template, a Redis key prefix and a Meilisearch index
 * prefix of one's own: what one e2e file needs to run beside the others.
 */
export async function createTestEnv(): Promise<TestEnv> {
  const id = `${need('CM_TEST_RUN')}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const databaseUrl = withDatabase(need('CM_TEST_SERVER_URL'), `cm_test_${id}`);
  const template = new URL(need('CM_TEST_TEMPLATE_URL')).pathname.slice(1);
  const admin = new Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "cm_test_${id}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const redisUrl = need('CM_TEST_REDIS_URL');
  const redisPrefix = `cmtest-${id}`;
  const vars = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    MEILI_URL: need('CM_TEST_MEILI_URL'),
    MEILI_MASTER_KEY: need('CM_TEST_MEILI_MASTER_KEY'),
    MEILI_INDEX_PREFIX: `t${id}_`,
    LOG_LEVEL: 'warn',
    WORKER_METRICS_PORT: '0',
  };
  return {
    databaseUrl,
    redisUrl,
    redisPrefix,
    meiliUrl: vars.MEILI_URL,
    meiliKey: vars.MEILI_MASTER_KEY,
    meiliIndexPrefix: vars.MEILI_INDEX_PREFIX,
    vars,
    async dispose() {
      await services.dropDatabase(databaseUrl);
      const redis = new Redis(redisUrl);
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}:*`, 'COUNT', 1000);
          if (keys.length > 0) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}
