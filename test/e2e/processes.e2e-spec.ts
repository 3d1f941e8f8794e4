import { Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import { JOBS, QUEUES } from '@app/jobs';
import { startProcess } from '../harness/processes';
import { createTestEnv, TestEnv } from '../harness/test-env';

describe('api and worker processes', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv();
  });

  afterAll(async () => {
    await env?.dispose();
  });

  it.each([
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://nowhere/db'],
    ['MEILI_MASTER_KEY', 'short'],
  ])('the api refuses to start with a malformed %s and names it', async (variable, value) => {
    const api = startProcess('apps/api/src/main.js', { ...env.vars, [variable]: value });
    const { code } = await api.exited();
    expect(code).toBe(1);
    expect(api.output()).toMatch(new RegExp(`Invalid environment:[\\s\\S]*${variable}: `));
  });

  it('the worker refuses a production start without a JWT secret of its own', async () => {
    const worker = startProcess('apps/worker/src/main.js', { ...env.vars, NODE_ENV: 'production' });
    expect((await worker.exited()).code).toBe(1);
    expect(worker.output()).toContain('JWT_SECRET');
  });

  it('the api starts as a process and answers /health', async () => {
    const api = startProcess('apps/api/src/main.js', { ...env.vars, PORT: '0' });
    try {
      await api.waitFor(/api: GraphQL (http:\/\/\S+)\/graphql/);
      const base = /api: GraphQL (http:\/\/\S+)\/graphql/.exec(api.output())![1];
      const res = await fetch(`${base.replace('localhost', '127.0.0.1')}/health`);
      expect(res.status).toBe(200);
    } finally {
      api.child.kill('SIGTERM');
      expect((await api.exited()).code).toBe(0);
    }
  });

  it('the worker finishes the job in hand on SIGTERM, then exits cleanly', async () => {
    const connection = { url: env.redisUrl };
    const queue = new Queue(QUEUES.MAINTENANCE, { connection, prefix: env.redisPrefix });
    const events = new QueueEvents(QUEUES.MAINTENANCE, { connection, prefix: env.redisPrefix });
    const db = new Client({ connectionString: env.databaseUrl });
    await db.connect();
    const worker = startProcess('apps/worker/src/main.js', env.vars);
    try {
      await worker.waitFor('worker: processing jobs');
      await events.waitUntilReady();
      // Hold the outbox table so that the job blocks mid-way: it is "in hand" when SIGTERM comes.
      await db.query('BEGIN');
      await db.query('LOCK TABLE outbox IN ACCESS EXCLUSIVE MODE');
      const job = await queue.add(JOBS.CLEANUP_OUTBOX, { olderThanDays: 14 });
      await new Promise<void>((resolve) => {
        const poll = async () =>
          (await job.getState()) === 'active' ? resolve() : setTimeout(poll, 50);
        void poll();
      });
      worker.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      expect(worker.child.exitCode).toBeNull();
      await db.query('COMMIT');
      const { code } = await worker.exited(15000);
      expect(code).toBe(0);
      expect(await job.getState()).toBe('completed');
      expect((await queue.getJob(job.id!))?.returnvalue).toEqual({ deleted: 0 });
    } finally {
      if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
      await db.end();
      await events.close();
      await queue.close();
    }
  });
});
