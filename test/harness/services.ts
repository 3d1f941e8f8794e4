// Typed access to the plain-JS launcher in docker/local (it runs before any build).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const services = require('../../docker/local/services.cjs') as {
  ensurePostgres(url: string): Promise<void>;
  ensureDatabase(url: string): Promise<void>;
  dropDatabase(url: string): Promise<void>;
  ensureRedis(url: string): Promise<void>;
  ensureMeilisearch(url: string, key?: string): Promise<boolean>;
  startMeilisearch(opts: { masterKey?: string; port?: number }): Promise<MeiliHandle>;
  freePort(): Promise<number>;
};

export interface MeiliHandle {
  url: string;
  masterKey: string;
  pid: number;
  stop(): Promise<void>;
}

export default services;

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
