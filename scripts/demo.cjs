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
    // A clean exit most often means a Ctrl-C reached the whole group: the other one has it too.
    shutdown(code ?? 1, code !== 0);
  });
  return child;
});

/** How long the api and the worker get to stop on a signal they have had already. */
const GRACE_MS = 3000;
let stopping = false;
/**
 * Stops the api and the worker and exits once they have. A Ctrl-C reaches every process in
 * the terminal's group, so after SIGINT they are stopping already: a second signal would make
 * them exit at once (graceful-shutdown.ts) instead of finishing the jobs in hand. They are
 * signalled only if still running after GRACE_MS, or at once when told so (SIGTERM to this
 * script alone, or a child that crashed).
 */
function shutdown(code, signalNow = true) {
  if (stopping) return;
  stopping = true;
  const running = () => children.filter((c) => c.exitCode === null && c.signalCode === null);
  const signal = () => {
    for (const child of running()) child.kill('SIGTERM');
  };
  const later = setTimeout(signal, signalNow ? 0 : GRACE_MS);
  Promise.all(running().map((c) => new Promise((resolve) => c.once('exit', resolve)))).then(() => {
    clearTimeout(later);
    process.exit(code);
  });
}
process.on('SIGINT', () => shutdown(0, false));
process.on('SIGTERM', () => shutdown(0, true));

// Seeding wrote the organizations straight into PostgreSQL: the search index and the partner
// suggestions are asked for through the API, as the demo administrator (demo-accounts).
const base = `http://127.0.0.1:${port}`;
const { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } = require(
  path.join(ROOT, 'dist/libs/database/src/cli/demo-credentials.js'),
);
console.log('\n▶ search index and partner suggestions (prepare-demo)');
const prepare = spawn(
  process.execPath,
  [
    'dist/apps/api/src/cli/prepare-demo.js',
    ...['--url', base, '--email', DEMO_ADMIN_EMAIL, '--password', DEMO_PASSWORD],
  ],
  { cwd: ROOT, stdio: 'inherit', env },
);
children.push(prepare);
prepare.on('exit', (code, signal) => {
  if (stopping || signal) return;
  console.log(`\n✔ Cluster Match demo is running
  GraphQL API and IDE   ${base}/graphql
  Health                ${base}/health
  Meilisearch           ${env.MEILI_URL}${
    code === 0 ? '' : '\n  (search index or suggestions not prepared: see prepare-demo above)'
  }
  Stop with Ctrl-C (services stay up; npm run stack:down stops the Meilisearch it started)\n`);
});
