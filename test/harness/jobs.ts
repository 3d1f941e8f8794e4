import { DataSource } from 'typeorm';
import { TestApi } from './test-api';
import { eventually } from './test-worker';

export interface FinishedJob {
  /** As the API gives it: `<queue>/<BullMQ id>`. */
  id: string;
  state: string;
  percent: number;
  result: string;
  failedReason: string;
}

/** Asks for a full rescore through the API, as an administrator would, and waits for it. */
export async function rescoreAll(api: TestApi, adminToken: string): Promise<FinishedJob> {
  const res = await api.gql<{ requestRescore: { id: string } }>(
    `mutation { requestRescore(scope: { all: true }) { id } }`,
    {},
    adminToken,
  );
  if (!res.data?.requestRescore) throw new Error(`rescore refused: ${JSON.stringify(res.errors)}`);
  return jobCompleted(api, adminToken, res.data.requestRescore.id, 'rescore-all completed');
}

/** Waits, through the API's `job(id)`, until the job completes; its failure fails the wait. */
export async function jobCompleted(
  api: TestApi,
  adminToken: string,
  id: string,
  what = `job ${id} completed`,
): Promise<FinishedJob> {
  return eventually(
    async () => {
      const job = (
        await api.gql<{ job: FinishedJob }>(
          `query($id: ID!) { job(id: $id) { id state percent result failedReason } }`,
          { id },
          adminToken,
        )
      ).data!.job;
      if (job.state === 'failed') throw new Error(job.failedReason);
      return job.state === 'completed' ? job : undefined;
    },
    what,
    120_000,
  );
}

/** Waits until every outbox row is processed: every change has gone through its jobs. */
export async function outboxDrained(
  ds: DataSource,
  what = 'every outbox row processed',
  timeoutMs = 60_000,
): Promise<void> {
  await eventually(
    async () => {
      const [{ open }] = await ds.query(
        `SELECT count(*)::int AS open FROM outbox WHERE processed_at IS NULL`,
      );
      return open === 0 ? true : undefined;
    },
    what,
    timeoutMs,
  );
}
