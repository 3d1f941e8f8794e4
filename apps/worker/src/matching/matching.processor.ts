import { InjectQueue, OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { DelayedError, Job, Queue } from 'bullmq';
import { Environment } from '@app/config';
import { JobPayloads, JobProducer, JOBS, QUEUES } from '@app/jobs';
import { Exclude } from '@app/matching';
import { DispatchingProcessor } from '../jobs/dispatching-processor';
import { JobHandler } from '../jobs/job-handler.decorator';
import { WORKER_NAME } from '../jobs/worker-name';
import { WorkerMetrics } from '../ops/worker-metrics';
import { OutboxAck } from '../outbox/outbox-ack.service';
import { EngineHolder } from './engine-holder';
import { FullRescoreRuns, FullRescoreWriting } from './full-rescore-runs';
import { IncrementalRescore, RescoreAround } from './incremental-rescore';
import { endOf, ListEnd } from './list-ends';
import { MatchProfileReader } from './match-profile.reader';
import { PairRow, toPairRow } from './pair-rows';
import { RejectedPairs } from './rejected-pairs';
import { SuggestionWriter } from './suggestion.writer';

/** Organizations of a rescore child scored per write; one write is in flight while the next is scored. */
const WRITE_SLICE = 1000;
/** A rescore child lets I/O through after this many organizations scored. */
const YIELD_EVERY = 25;
/** How long an incremental rescore waits before looking again whether a full rescore ended. */
const DEFER_MS = 2000;

/**
 * How long a job's lock lasts without renewal. Building an engine holds the event loop (about
 * 13 s at 100,000 organizations, longer when both workers and PostgreSQL share two cores):
 * with BullMQ's 30 s a rescore child was once taken for stalled and run a second time.
 */
const LOCK_MS = 120_000;

/** Scores partners and keeps the suggestion table current. */
@Processor(QUEUES.MATCHING, { lockDuration: LOCK_MS, name: WORKER_NAME })
export class MatchingProcessor extends DispatchingProcessor {
  constructor(
    private readonly engines: EngineHolder,
    private readonly runs: FullRescoreRuns,
    private readonly incremental: IncrementalRescore,
    private readonly reader: MatchProfileReader,
    private readonly writer: SuggestionWriter,
    private readonly ack: OutboxAck,
    private readonly producer: JobProducer,
    @InjectQueue(QUEUES.MATCHING) private readonly queue: Queue,
    metrics: WorkerMetrics,
    env: Environment,
  ) {
    super(metrics, env.WORKER_CONCURRENCY);
  }

  /**
   * After a profile change: the organization's own partners afresh, and its place in the top K
   * of the partners around it (entering a list it now belongs to, leaving one it no longer does).
   */
  @JobHandler(JOBS.SCORE_ORGANIZATION)
  async scoreOrganization(
    job: Job<JobPayloads[typeof JOBS.SCORE_ORGANIZATION]>,
  ): Promise<RescoreAround> {
    const result = await this.unlessFullRescoreWrites(job, () =>
      this.incremental.rescore([job.data.organizationId]),
    );
    if (job.data.outboxId) await this.ack.processed(job.data.outboxId, JOBS.SCORE_ORGANIZATION);
    return result;
  }

  /** One cluster's share of a full rescore: the top K of each of its organizations. */
  @JobHandler(JOBS.RESCORE_CLUSTER)
  async rescoreCluster(job: Job<JobPayloads[typeof JOBS.RESCORE_CLUSTER]>): Promise<{
    organizations: number;
    pairs: number;
    ms: { engine: number; score: number; write: number };
  }> {
    const { runId, cluster } = job.data;
    let t = performance.now();
    // From here on incremental rescores wait for the run; one already going is let finish.
    await this.runs.begin(runId);
    await this.writer.exclusively(() => Promise.resolve());
    const engine = await this.engines.forRun(runId);
    const earlier = this.engines.listsWrittenInRun(runId, engine);
    const exclude = await this.excluder();
    const members: number[] = [];
    for (const id of await this.reader.idsInCluster(cluster)) {
      const slot = engine.slotOf(id);
      if (slot !== undefined) members.push(slot);
    }
    const engineMs = performance.now() - t;
    // Scoring and writing overlap: a slice's rows are written (PostgreSQL's work, on its own
    // connection) while the next slice is scored. Scoring yields to the event loop every few
    // organizations so that the write's round trips go on meanwhile. One write at a time.
    const computedAt = new Date(job.data.computedAt);
    let scoreMs = 0;
    let writeMs = 0;
    let pairs = 0;
    let writing: Promise<void> = Promise.resolve();
    // A pair of two members in each other's top K would be explained, encoded and sent twice,
    // the second time for PostgreSQL to find it written already. The first member to list it
    // writes it; `writtenFor` holds the later member's position × n + the earlier's, for the
    // later member to skip it (a number: a million keys built as strings were ≈ 2 s a worker).
    // Members and partners go by engine slot (see `slotOf`); -1: not a member.
    const position = new Int32Array(engine.slotCapacity).fill(-1);
    members.forEach((slot, at) => (position[slot] = at));
    const n = members.length;
    const writtenFor = new Set<number>();
    for (let i = 0; i < members.length; i += WRITE_SLICE) {
      const rows: PairRow[] = [];
      const ends = new Map<string, ListEnd>();
      const lists = new Map<number, number[]>();
      for (let j = i; j < Math.min(i + WRITE_SLICE, members.length); j += 1) {
        if (j % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
        t = performance.now();
        const slot = members[j]!;
        const id = engine.idAt(slot);
        const ranked = engine.topKRanked(id, { exclude });
        const fresh = ranked.filter((r) => {
          const at = position[r.slot]!;
          if (at < 0) return !earlier.holds(r.slot, slot);
          if (at < j) return !writtenFor.delete(j * n + at);
          writtenFor.add(at * n + j);
          return true;
        });
        for (const s of engine.explainRanked(id, fresh)) rows.push(toPairRow(id, s));
        ends.set(id, endOf(ranked, engine.config.k));
        lists.set(
          slot,
          ranked.map((r) => r.slot),
        );
        scoreMs += performance.now() - t;
      }
      pairs += rows.length;
      t = performance.now();
      await writing;
      writeMs += performance.now() - t;
      writing = Promise.all([
        this.writer.upsert(rows, computedAt),
        this.writer.setListEnds(ends),
      ]).then(() => {
        for (const [slot, list] of lists) earlier.record(slot, list);
      });
      // Not awaited yet: a failure surfaces at the next await, and the job fails.
      writing.catch(() => undefined);
    }
    t = performance.now();
    await writing;
    writeMs += performance.now() - t;
    await this.reportToParent(job);
    const ms = {
      engine: Math.round(engineMs),
      score: Math.round(scoreMs),
      write: Math.round(writeMs),
    };
    return { organizations: members.length, pairs, ms };
  }

  /**
   * The parent of a full rescore runs once every cluster is done: proposed pairs the run did
   * not compute are no longer anyone's top K.
   */
  @JobHandler(JOBS.RESCORE_ALL)
  async rescoreAll(
    job: Job<JobPayloads[typeof JOBS.RESCORE_ALL]>,
  ): Promise<{ clusters: number; retired: number; ms: { retire: number; statistics: number } }> {
    const children = Object.keys(await job.getChildrenValues()).length;
    let t = performance.now();
    const retired = await this.writer.deactivateNotComputedSince(new Date(job.data.computedAt));
    const retireMs = performance.now() - t;
    await this.runs.end(job.data.runId);
    // A full run rewrote most of the table: the review queue's plans need fresh statistics.
    t = performance.now();
    await this.writer.refreshStatistics();
    const statisticsMs = performance.now() - t;
    await job.updateProgress({ done: children, total: children });
    const ms = { retire: Math.round(retireMs), statistics: Math.round(statisticsMs) };
    return { clusters: children, retired, ms };
  }

  /** Rescore of chosen organizations (a cluster or one), asked for by an administrator. */
  @JobHandler(JOBS.RESCORE_ORGANIZATIONS)
  async rescoreOrganizations(
    job: Job<JobPayloads[typeof JOBS.RESCORE_ORGANIZATIONS]>,
  ): Promise<{ partners: number }> {
    const ids = job.data.cluster
      ? await this.reader.idsInCluster(job.data.cluster)
      : (job.data.organizationIds ?? []);
    return this.unlessFullRescoreWrites(job, async () => {
      let partners = 0;
      for (let i = 0; i < ids.length; i += 100) {
        partners += (await this.incremental.rescore(ids.slice(i, i + 100))).partners;
        await job.updateProgress({ done: Math.min(i + 100, ids.length), total: ids.length });
      }
      return { partners };
    });
  }

  /** The nightly schedule's job: it plans a full rescore flow. */
  @JobHandler(JOBS.SCHEDULE_RESCORE)
  async scheduleRescore(): Promise<{ jobId: string }> {
    const clusters = await this.reader.clusterCodes();
    const status = await this.producer.requestRescoreAll(clusters, null, null);
    return { jobId: status.id };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): Promise<void> {
    return this.ack.jobFailed(job, error);
  }

  /**
   * Runs an incremental rescore, or puts its job back in the queue for a while when a full
   * rescore is writing (its work is done again from the start; it is idempotent).
   */
  private async unlessFullRescoreWrites<T>(job: Job, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof FullRescoreWriting)) throw error;
      await job.moveToDelayed(Date.now() + DEFER_MS, job.token);
      throw new DelayedError();
    }
  }

  /** Every rejected pair, as an engine `exclude` (undefined when there are none). */
  private async excluder(): Promise<Exclude | undefined> {
    return new RejectedPairs().add(await this.reader.rejectedPairs()).excluder;
  }

  private async reportToParent(job: Job): Promise<void> {
    const parentId = job.parent?.id;
    if (!parentId) return;
    const parent = await Job.fromId(this.queue, parentId);
    if (!parent) return;
    const counts = await parent.getDependenciesCount({ processed: true, unprocessed: true });
    const done = counts.processed ?? 0;
    await parent.updateProgress({ done, total: done + (counts.unprocessed ?? 0) });
  }
}
