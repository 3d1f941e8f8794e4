import { JobName, JOBS } from './queues';

/**
 * Job ids, set in one place. An outbox row's jobs are named after the row and the job, so
 * publishing a row twice (a relay retry, two relays racing) enqueues each once. BullMQ ids
 * may not contain ':'.
 */
export function outboxJobId(outboxId: string, job: JobName): string {
  return `outbox-${outboxId}-${job}`;
}

/**
 * A full rebuild asked for at a given moment; two asks in the same second are one job. The
 * base of the id: once its job has finished, the next ask takes `<id>-2` (`JobProducer`).
 */
export function reindexJobId(now = new Date()): string {
  return `${JOBS.REINDEX_ALL}-${secondOf(now)}`;
}

/** A full rescore run (the base of its id, as for a rebuild) and its per-cluster children. */
export function rescoreRunId(now = new Date()): string {
  return `${JOBS.RESCORE_ALL}-${secondOf(now)}`;
}

export function rescoreClusterJobId(runId: string, cluster: string): string {
  return `${runId}-${cluster}`;
}

/** The UTC second of `now` as `yyyymmddhhmmss`. */
function secondOf(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/[-:T]/g, '');
}
