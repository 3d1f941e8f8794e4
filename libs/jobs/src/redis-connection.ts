import { Redis, RedisOptions } from 'ioredis';

/**
 * Options for every ioredis connection of the platform. BullMQ needs
 * maxRetriesPerRequest: null on connections its workers block on.
 */
export function redisOptions(url: string, extra: RedisOptions = {}): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    ...extra,
  };
}

export function createRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(redisOptions(url, extra));
}
