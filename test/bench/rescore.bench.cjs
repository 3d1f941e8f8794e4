'use strict';
// Full rescore end to end: N demo organizations in PostgreSQL, W worker processes (the built
// dist/apps/worker), one rescore-all flow (a child per cluster), timed from the request to
// the parent's completion — engine builds, scoring and writing the suggestions included.
const path = require('node:path');
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { changeProfile, jobFinished } = require('./profile-change.cjs');
const { WORKER_READY } = require('./worker-ready.cjs');

const ROOT = path.resolve(__dirname, '..', '..');

module.exports = async function rescoreBench({ ds, dist, options }) {
  const count = Number(options.orgs ?? 100000);
  const workers = Number(options.workers ?? 2);
  // Extra node flags for the worker processes, e.g. --worker-args "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const workerArgs = (options['worker-args'] ?? '').split(' ').filter(Boolean);
  const { seedDemoOrganizations } = dist('libs/database/src/seed/demo/seed-demo-organizations.js');
  const { JOBS, QUEUES, rescoreRunId, rescoreClusterJobId } = dist('libs/jobs/src/index.js');
  const { FlowProducer, Queue } = require('bullmq');

  const t = Date.now();
  await seedDemoOrganizations(ds, { count, seed: 2010 });
  console.error(`  seeded ${count} organizations in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const { clusterCodesLargestFirst } = dist('libs/database/src/index.js');
  // As the API and the nightly schedule order them.
  const clusters = await clusterCodesLargestFirst(ds);

  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `cmbench-${randomBytes(3).toString('hex')}`;
  const env = {
    ...process.env,
    DATABASE_URL: ds.options.url,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    WORKER_METRICS_PORT: '0',
    WORKER_CONCURRENCY: '1',
    // `--warm yes`: the run is asked for once every worker is ready (it analyses the profiles
    // and builds its live engine as it starts), as a nightly run finds them; the log line says when.
    LOG_LEVEL: options.warm ? 'info' : 'warn',
  };
  const procs = [];
  const peak = new Map();
  for (let i = 0; i < workers; i++) {
    const child = spawn(
      process.execPath,
      [...workerArgs, path.join(ROOT, 'dist/apps/worker/src/main.js')],
      {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    procs.push({ child, out: () => out });
  }
  await Promise.all(
    procs.map(
      (p) =>
        new Promise((resolve, reject) => {
          const timer = setInterval(() => {
            if (p.out().includes('worker: processing jobs')) {
              clearInterval(timer);
              resolve();
            } else if (p.child.exitCode !== null) {
              clearInterval(timer);
              reject(new Error(p.out()));
            }
          }, 100);
        }),
    ),
  );
  if (options.warm) {
    const t0 = Date.now();
    await Promise.all(
      procs.map(
        (p) =>
          new Promise((resolve) => {
            const timer = setInterval(() => {
              if (WORKER_READY.test(p.out())) {
                clearInterval(timer);
                resolve();
              }
            }, 100);
          }),
      ),
    );
    console.error(
      `  workers ready (every profile analysed, live engine built) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const sampler = setInterval(() => {
    for (const p of procs) {
      try {
        const status = require('node:fs').readFileSync(`/proc/${p.child.pid}/status`, 'utf8');
        const rss = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
        peak.set(p.child.pid, Math.max(peak.get(p.child.pid) ?? 0, rss));
      } catch {
        /* exited */
      }
    }
  }, 500);

  const flows = new FlowProducer({ connection: { url: redisUrl }, prefix });
  const queue = new Queue(QUEUES.MATCHING, { connection: { url: redisUrl }, prefix });
  // CPU time of each worker process (user + system): less sensitive than wall time to what
  // else the machine runs. PostgreSQL's own CPU is not in it.
  const workerCpu = () =>
    procs.map((p) => {
      try {
        const stat = require('node:fs').readFileSync(`/proc/${p.child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ
      } catch {
        return NaN;
      }
    });

  /** One full rescore flow, from the request to the parent's completion. */
  async function rescoreOnce() {
    const now = new Date();
    const runId = rescoreRunId(now);
    const run = { runId, computedAt: now.toISOString(), requestId: null };
    const t = Date.now();
    const machineBefore = machineCpuSeconds();
    const postgresBefore = postgresCpuSeconds();
    const cpuBefore = workerCpu();
    await flows.add({
      name: JOBS.RESCORE_ALL,
      queueName: QUEUES.MATCHING,
      data: { ...run, requestedBy: null },
      opts: { jobId: runId },
      children: clusters.map((cluster) => ({
        name: JOBS.RESCORE_CLUSTER,
        queueName: QUEUES.MATCHING,
        data: { ...run, cluster },
        opts: { jobId: rescoreClusterJobId(runId, cluster), failParentOnFailure: true },
      })),
    });
    for (;;) {
      const job = await queue.getJob(runId);
      const state = job ? await job.getState() : 'missing';
      if (state === 'completed') break;
      if (state === 'failed') throw new Error(`rescore failed: ${job.failedReason}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const seconds = (Date.now() - t) / 1000;
    const cpu = workerCpu().map((c, i) => c - cpuBefore[i]);
    const machine = machineCpuSeconds() - machineBefore;
    const postgres = postgresCpuSeconds() - postgresBefore;
    const workersCpu = cpu.reduce((sum, c) => sum + c, 0);
    console.error(`  ${runId}: ${seconds.toFixed(1)} s`);
    console.error(`  worker CPU time: ${cpu.map((c) => `${c.toFixed(1)} s`).join(', ')}`);
    console.error(
      `  machine CPU time over the run: ${machine.toFixed(1)} s of ${(seconds * require('node:os').cpus().length).toFixed(1)} s available; not in the workers: ${(machine - workersCpu).toFixed(1)} s, of which PostgreSQL ${postgres.toFixed(1)} s`,
    );
    const jobs = (await queue.getJobs(['completed'], 0, 1000)).filter(
      (j) => j.data.runId === runId,
    );
    const split = { engine: 0, score: 0, write: 0 };
    // The run's timeline: when each job started and finished (s from the request), its attempts.
    const at = (ms) => ((ms - t) / 1000).toFixed(1);
    for (const job of [...jobs].sort((x, y) => x.processedOn - y.processedOn)) {
      console.error(
        `  ${job.name} ${job.data.cluster ?? ''} ${at(job.processedOn)}–${at(job.finishedOn)} s, attempts ${job.attemptsMade}, ${JSON.stringify(job.returnvalue)}`,
      );
    }
    for (const child of jobs.filter((j) => j.name === JOBS.RESCORE_CLUSTER)) {
      for (const key of Object.keys(split)) split[key] += child.returnvalue?.ms?.[key] ?? 0;
    }
    console.error(
      `  summed over cluster jobs: waiting for the engine ${split.engine} ms, scoring ${split.score} ms, writing ${split.write} ms`,
    );
    return { seconds, cpu, postgres };
  }

  // `--runs N`: N runs one after the other with the same workers. The first finds an empty
  // table; the next ones are the nightly case, after a day's profile changes: `--between M`
  // changes (default 20), each rescored by its own job before the next run. With none, a
  // worker scores the next run with its last engine (nothing to build), which a night after
  // a day of changes does not.
  const between = Number(options.between ?? 20);
  const results = [];
  for (let i = 0; i < Number(options.runs ?? 1); i += 1) {
    if (i > 0 && between > 0) {
      const changed = await ds.query(
        `SELECT id FROM organization WHERE deleted_at IS NULL ORDER BY md5(id::text || $1) LIMIT $2`,
        [String(i), between],
      );
      for (const { id } of changed) await jobFinished(queue, await changeProfile(ds, JOBS, id));
      console.error(`  ${between} profile changes rescored before run ${i + 1}`);
    }
    results.push(await rescoreOnce());
  }
  clearInterval(sampler);
  // What the workers warned about (a stalled job, a failed attempt): worth seeing beside the times.
  for (const p of procs)
    for (const line of p
      .out()
      .split('\n')
      .filter((l) =>
        /"level":(40|50|60)|stalled|engine built|engine ready|serves incremental|analysed \d+/.test(
          l,
        ),
      ))
      console.error(`  worker ${p.child.pid}: ${line.slice(0, 300)}`);
  const [{ pairs, orgs }] = await ds.query(
    `SELECT count(*)::int AS pairs,
            (SELECT count(DISTINCT x) FROM (SELECT organization_a_id AS x FROM suggestion WHERE active
               UNION SELECT organization_b_id FROM suggestion WHERE active) u)::int AS orgs
       FROM suggestion WHERE active`,
  );
  // `--worker-log FILE` keeps what each worker printed, as FILE.1, FILE.2… (e.g. with
  // --worker-args --trace-gc).
  if (options['worker-log'])
    procs.forEach((p, i) =>
      require('node:fs').writeFileSync(`${options['worker-log']}.${i + 1}`, p.out()),
    );
  for (const p of procs) p.child.kill('SIGTERM');
  await Promise.all(
    procs.map((p) => new Promise((r) => (p.child.exitCode !== null ? r() : p.child.on('exit', r)))),
  );
  await flows.close();
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  const peaks = [...peak.values()].map((b) => `${Math.round(b / 2 ** 20)} MiB`).join(', ');
  return results.map((r, i) => ({
    name: `full rescore of ${count.toLocaleString('en')} organizations, top 20, ${workers} worker processes${results.length > 1 ? `, run ${i + 1} of ${results.length}` : ''}`,
    result: `${r.seconds.toFixed(1)} s`,
    detail: `${pairs.toLocaleString('en')} suggestion rows active for ${orgs.toLocaleString('en')} organizations at the end; worker CPU ${r.cpu.map((c) => c.toFixed(1)).join(' + ')} s, PostgreSQL ${r.postgres.toFixed(1)} s; engine build included; peak RSS per worker ${peaks}`,
  }));
};

/** Busy CPU seconds of the whole machine since boot (every core, idle and I/O wait left out). */
function machineCpuSeconds() {
  const line = require('node:fs').readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const [user, nice, system, , , irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

/**
 * CPU seconds of PostgreSQL's processes: the live ones (backends, WAL writer, checkpointer…)
 * plus what the postmaster has collected from children that exited (autovacuum workers).
 */
function postgresCpuSeconds() {
  const fs = require('node:fs');
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime; the postmaster (parent not postgres) also its reaped children's.
      ticks += Number(fields[11]) + Number(fields[12]);
      const parent = fields[1];
      const parentComm = fs.existsSync(`/proc/${parent}/comm`)
        ? fs.readFileSync(`/proc/${parent}/comm`, 'utf8').trim()
        : '';
      if (parentComm !== 'postgres') ticks += Number(fields[13]) + Number(fields[14]);
    } catch {
      /* exited meanwhile */
    }
  }
  return ticks / 100;
}
