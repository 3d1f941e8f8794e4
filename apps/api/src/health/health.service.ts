import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { Environment } from '@app/config';
import { createRedis } from '@app/jobs';
import { MEILISEARCH } from '@app/search';

export type ServiceStatus = { status: 'up'; latencyMs: number } | { status: 'down'; error: string };

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  checks: { postgres: ServiceStatus; redis: ServiceStatus; meilisearch: ServiceStatus };
}

const CHECK_TIMEOUT_MS = 2000;

async function timed(check: () => Promise<unknown>): Promise<ServiceStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks each backing service on its own. PostgreSQL down means the API cannot answer
 * ("down"); Redis or Meilisearch down means some features wait ("degraded").
 */
@Injectable()
export class HealthService implements OnModuleDestroy {
  // A connection of its own that fails fast instead of queueing commands while Redis is away.
  private readonly redis: Redis;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    env: Environment,
  ) {
    this.redis = createRedis(env.REDIS_URL, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: CHECK_TIMEOUT_MS,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.redis.on('error', () => undefined);
  }

  async check(): Promise<HealthReport> {
    const [postgres, redis, meilisearch] = await Promise.all([
      timed(() => this.ds.query('SELECT 1')),
      timed(async () => {
        if (this.redis.status === 'wait') await this.redis.connect();
        await this.redis.ping();
      }),
      timed(async () => {
        const { status } = await this.meili.health();
        if (status !== 'available') throw new Error(`status ${status}`);
      }),
    ]);
    const status =
      postgres.status === 'down'
        ? 'down'
        : redis.status === 'down' || meilisearch.status === 'down'
          ? 'degraded'
          : 'ok';
    return { status, checks: { postgres, redis, meilisearch } };
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}
