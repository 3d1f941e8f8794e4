'use strict';
// One organization's incremental rescore end to end, on the suggestions a full rescore left
// in this run's database (`npm run bench -- rescore incremental --orgs N`): one worker process,
// M profile changes written as the API writes them (the row and its outbox row in one
// transaction), each timed as its score-organization job ran (BullMQ processedOn → finishedOn:
// engine catch-up, the organization's list, the lists it entered or left, the writes).
const path = require('node:path');
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { changeProfile, jobFinished } = require('./profile-change.cjs');
const { WORKER_READY } = require('./worker-ready.cjs');

const ROOT = path.resolve(__dirname, '..', '..');

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

module.exports = async function incrementalBench({ ds, dist, options }) {
  const changes = Number(options.changes ?? 30);
  const [{ pairs }] = await ds.query(`SELECT count(*)::int AS pairs FROM suggestion WHERE active`);
  if (pairs === 0)
    throw new Error('no suggestions: run it after rescore, e.g. -- rescore incremental');
  // `--rejected N`: N more active pairs rejected first, as coordinators' decisions pile up
  // (taken out of every list, as their rescores would leave them); they stay in a kept database.
  if (options.rejected) {
    const [, count] = await ds.query(
      `UPDATE suggestion SET status = 'REJECTED', active = false, updated_at = now()
        WHERE id IN (SELECT id FROM suggestion WHERE active AND status = 'PROPOSED'
                      ORDER BY md5(id::text) LIMIT $1)`,
      [Number(options.rejected)],
    );
    console.error(`  rejected ${count} more pairs`);
    // As every full rescore's parent does: statistics current with the table.
    await ds.query(`ANALYZE suggestion`);
  }
  const [{ rejected }] = await ds.query(
    `SELECT count(*)::int AS rejected FROM suggestion WHERE status = 'REJECTED'`,
  );
  const { JOBS, QUEUES } = dist('libs/jobs/src/index.js');
  const { Queue } = require('bullmq');
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `cmbench-${randomBytes(3).toString('hex')}`;
  // Extra node flags for the worker, as in the rescore bench: --worker-args "--trace-gc".
  const workerArgs = (options['worker-args'] ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...workerArgs, path.join(ROOT, 'dist/apps/worker/src/main.js')],
    {
      env: {
        ...process.env,
        DATABASE_URL: ds.options.url,
        REDIS_URL: redisUrl,
        REDIS_PREFIX: prefix,
        WORKER_METRICS_PORT: '0',
        // Info: the line that says the worker is ready (profiles analysed, live engine built).
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const queue = new Queue(QUEUES.MATCHING, { connection: { url: redisUrl }, prefix });
  try {
    // As a worker that has been up a while: ready, its live engine built and searched.
    while (!WORKER_READY.test(out)) {
      if (child.exitCode !== null) throw new Error(out);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The first change is not counted: it is the worker's first catch-up with PostgreSQL.
    // `--pick S` picks other organizations (each run on a kept database changes the same ones
    // again otherwise, and a keyword added twice moves few lists).
    const orgs = await ds.query(
      `SELECT o.id FROM organization o WHERE o.deleted_at IS NULL
        ORDER BY md5(o.id::text || $2) LIMIT $1`,
      [changes + 1, options.pick ?? ''],
    );
    const durations = [];
    const work = [];
    for (const [i, { id }] of orgs.entries()) {
      const job = await jobFinished(queue, await changeProfile(ds, JOBS, id));
      if (i > 0) {
        durations.push(job.finishedOn - job.processedOn);
        work.push(job.returnvalue);
      }
    }
    const median = (key) => percentile(work.map(key), 50);
    const p95 = (key) => percentile(work.map(key), 95);
    // The job's time outside the rescore itself: the lock, the engine's catch-up with
    // PostgreSQL (the changed profile read and analysed), the outbox acknowledgement.
    const outside = durations.map((d, i) => d - work[i].ms.total);
    const slowest = durations.indexOf(Math.max(...durations));
    console.error(`  slowest change: ${durations[slowest]} ms, ${JSON.stringify(work[slowest])}`);
    console.error(
      `  median per change: ${median((w) => w.neighbours)} neighbours, ${median((w) => w.listsComputed)} lists computed, ${median((w) => w.retired)} pairs retired, reading ${median((w) => w.ms.read)} ms, engine ${median((w) => w.ms.engine)} ms, writing ${median((w) => w.ms.write)} ms of ${median((w) => w.ms.total)} ms`,
    );
    console.error(
      `  p95 of each part: reading ${p95((w) => w.ms.read)} ms, engine ${p95((w) => w.ms.engine)} ms, writing ${p95((w) => w.ms.write)} ms, outside the rescore ${percentile(outside, 95)} ms (median ${percentile(outside, 50)} ms)`,
    );
    if (options.details)
      for (const [i, d] of durations.entries())
        console.error(`  change ${i + 1}: ${d} ms, ${JSON.stringify(work[i])}`);
    return [
      {
        name: `incremental rescore of one organization (score-organization job), ${changes} changes`,
        result: `p50 ${percentile(durations, 50)} ms, p95 ${percentile(durations, 95)} ms, max ${Math.max(...durations)} ms`,
        detail: `one worker; its list, the lists it entered or left, the writes; ${pairs.toLocaleString('en')} active pairs, ${rejected.toLocaleString('en')} rejected`,
      },
    ];
  } finally {
    // `--worker-log FILE` keeps what the worker printed (e.g. with --worker-args --trace-gc).
    if (options['worker-log']) require('node:fs').writeFileSync(options['worker-log'], out);
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
};
