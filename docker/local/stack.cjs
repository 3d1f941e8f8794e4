#!/usr/bin/env node
'use strict';
// The local service stack without Docker:
//   node docker/local/stack.cjs up|down|status [--env-file .stack/env]
// `up` reuses whatever DATABASE_URL / REDIS_URL / MEILI_URL already reach and starts the
// rest; the resolved URLs go to the env file that the npm scripts load.

const fs = require('node:fs');
const path = require('node:path');
const services = require('./services.cjs');

const ROOT = path.resolve(__dirname, '..', '..');
const STACK_DIR = path.join(ROOT, '.stack');
const PID_FILE = path.join(STACK_DIR, 'meilisearch.pid');
const LOG_FILE = path.join(STACK_DIR, 'meilisearch.log');
const DATA_DIR = path.join(STACK_DIR, 'meili-data');
const DEFAULTS = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/cluster_match',
  REDIS_URL: 'redis://127.0.0.1:6379',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'local-dev-master-key-change-me',
};

function parseArgs(argv) {
  const [command, ...rest] = argv;
  let envFile = path.join(STACK_DIR, 'env');
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--env-file' && rest[i + 1]) envFile = path.resolve(rest[++i]);
    else if (rest[i].startsWith('--env-file=')) envFile = path.resolve(rest[i].slice(11));
    else throw new Error(`unknown argument ${rest[i]}`);
  }
  if (!['up', 'down', 'status'].includes(command)) {
    throw new Error('usage: node docker/local/stack.cjs up|down|status [--env-file .stack/env]');
  }
  return { command, envFile };
}

const { readEnvFile } = services;

// `up` looks only at the environment, so a stale env file never pins an old choice;
// `status`/`down` also read the file, to see what `up` resolved.
function config(fileEnv = {}) {
  const cfg = {};
  for (const key of Object.keys(DEFAULTS))
    cfg[key] = process.env[key] || fileEnv[key] || DEFAULTS[key];
  return cfg;
}

const redact = (u) => u.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

/** The pid of the Meilisearch that `up` started, if it still runs. */
function managedPid() {
  if (!fs.existsSync(PID_FILE)) return null;
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8').trim());
  if (!pid || !services.pidAlive(pid)) return null;
  // The pid may have been recycled since; never signal a process that is not ours.
  try {
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('meilisearch')) return null;
  } catch {
    /* no /proc (macOS): trust the pid file */
  }
  return pid;
}

function printTable(rows) {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows)
    console.log(
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
}

async function up(envFile) {
  const cfg = config();
  const rows = [['SERVICE', 'STATE', 'URL']];

  const pg = await services.ensurePostgres(cfg.DATABASE_URL);
  const created = await services.ensureDatabase(cfg.DATABASE_URL);
  rows.push(['postgresql', pg, redact(cfg.DATABASE_URL) + (created ? '  (database created)' : '')]);

  rows.push(['redis', await services.ensureRedis(cfg.REDIS_URL), redact(cfg.REDIS_URL)]);

  const meili = new URL(cfg.MEILI_URL);
  const ownPid = managedPid();
  if (await services.ensureMeilisearch(cfg.MEILI_URL, cfg.MEILI_MASTER_KEY)) {
    rows.push(['meilisearch', ownPid ? `running (pid ${ownPid})` : 'reused', cfg.MEILI_URL]);
  } else if (!services.isLoopback(meili.hostname) || meili.protocol !== 'http:') {
    throw new Error(
      `Meilisearch at MEILI_URL (${cfg.MEILI_URL}) is unreachable, and only a plain http loopback URL can be started here`,
    );
  } else {
    if (ownPid) await services.stopPid(ownPid); // alive but unhealthy: start afresh
    fs.mkdirSync(STACK_DIR, { recursive: true });
    const m = await services.startMeilisearch({
      port: Number(meili.port) || 7700,
      dataDir: DATA_DIR,
      masterKey: cfg.MEILI_MASTER_KEY,
      logFile: LOG_FILE,
      detached: true, // outlives this CLI; `down` stops it through the pid file
    });
    fs.writeFileSync(PID_FILE, `${m.pid}\n`);
    cfg.MEILI_URL = m.url; // 127.0.0.1, not "localhost", which may resolve to ::1
    rows.push([
      'meilisearch',
      `started (pid ${m.pid})`,
      `${m.url}  (log ${path.relative(ROOT, LOG_FILE)})`,
    ]);
  }

  fs.mkdirSync(path.dirname(envFile), { recursive: true });
  fs.writeFileSync(
    envFile,
    Object.entries(cfg)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  printTable(rows);
  console.log(`\nwrote ${path.relative(process.cwd(), envFile) || envFile}`);
}

async function down() {
  const pid = managedPid();
  if (pid) {
    await services.stopPid(pid);
    console.log(`meilisearch  stopped (pid ${pid})`);
  } else {
    console.log('meilisearch  nothing to stop (not started by `stack up`)');
  }
  fs.rmSync(PID_FILE, { force: true });
  // PostgreSQL and Redis are the machine's shared services: they stay up.
  console.log('postgresql, redis  left running (shared machine services)');
}

async function status(envFile) {
  const cfg = config(readEnvFile(envFile));
  const pid = managedPid();
  const checks = await Promise.all([
    services.pingPostgres(cfg.DATABASE_URL),
    services.pingRedis(cfg.REDIS_URL),
    services.ensureMeilisearch(cfg.MEILI_URL, cfg.MEILI_MASTER_KEY).catch((e) => e.message),
  ]);
  const state = (ok) => (ok === true ? 'up' : ok ? `up, but ${ok}` : 'down');
  printTable([
    ['SERVICE', 'STATE', 'URL'],
    ['postgresql', state(checks[0]), redact(cfg.DATABASE_URL)],
    ['redis', state(checks[1]), redact(cfg.REDIS_URL)],
    ['meilisearch', state(checks[2]) + (pid ? ` (pid ${pid})` : ''), cfg.MEILI_URL],
  ]);
  // Like `systemctl status`: non-zero when something is not usable, for scripts.
  return checks.every((c) => c === true) ? 0 : 3;
}

async function main() {
  const { command, envFile } = parseArgs(process.argv.slice(2));
  if (command === 'up') return up(envFile);
  if (command === 'down') return down();
  return status(envFile);
}

main().then(
  (code) => process.exit(code || 0),
  (err) => {
    console.error(`stack: ${err.message}`);
    process.exit(1);
  },
);
