#!/usr/bin/env node
'use strict';
// `npm run demo`: services up (reused or started), build, migrate, reference data and demo
// organizations, then api and worker side by side until Ctrl-C.
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');
const { stackEnv } = require('./with-stack-env.cjs');

const ROOT = path.resolve(__dirname, '..');
const DEMO_ORGS = process.env.DEMO_ORGS ?? '2000';
const DEMO_SEED = process.env.DEMO_SEED ?? '2010';

function step(title, cmd, args, env) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`✖ ${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

step('services (docker/local/stack.cjs up)', process.execPath, ['docker/local/stack.cjs', 'up']);
const env = { ...stackEnv(), ...process.env };
step('build', 'npm', ['run', '-s', 'build'], env);
step('migrate', process.execPath, ['dist/libs/database/src/cli/migrate.js'], env);
step(
  `reference data and ${DEMO_ORGS} demo organizations`,
  process.execPath,
  ['dist/libs/database/src/cli/seed.js', '--demo', DEMO_ORGS, '--seed', DEMO_SEED],
  env,
);
step('demo accounts', process.execPath, ['dist/libs/database/src/cli/demo-accounts.js'], env);

const port = env.PORT ?? '3000';
const children = [
  ['api', 'dist/apps/api/src/main.js'],
  ['worker', 'dist/apps/worker/src/main.js'],
].map(([name, file]) => {
  const child = spawn(process.execPath, [file], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...env, PORT: port },
  });
  child.on('exit', (code, signal) => {
    console.log(`${name} exited (${code ?? signal})`);
    shutdown(code ?? 1);
  });
  return child;
});

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => shutdown(0));

setTimeout(() => {
  const base = `http://127.0.0.1:${port}`;
  console.log(`\n✔ Cluster Match demo is running
  GraphQL API and IDE   ${base}/graphql
  Health                ${base}/health
  Meilisearch           ${env.MEILI_URL}
  Stop with Ctrl-C (services stay up; npm run stack:down stops the Meilisearch it started)\n`);
}, 3000);
