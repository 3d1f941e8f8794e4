import { InjectQueue, OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { Environment } from '@app/config';
import { JobName, JobPayloads, JobProducer, JOBS, QUEUES } from '@app/jobs';
import { MatchingEngine, Suggestion } from '@app/matching';
import { DispatchingProcessor } from '../jobs/dispatching-processor';
import { JobHandler } from '../jobs/job-handler.decorator';
import { WorkerMetrics } from '../ops/worker-metrics';
import { OutboxAck } from '../outbox/outbox-ack.service';
import { EngineHolder } from './engine-holder';
import { MatchProfileReader, pairKey } from './match-profile.reader';
import { toPairRow } from './pair-rows';
import { PairRow, SuggestionWriter } from './suggestion.writer';

/** Partners looked at beyond an organization's own top K when it changes, as multiples of K. */
const WIDER = 3;
/** Organizations of a rescore child scored per write; one write is in flight while the next is scored. */
const WRITE_SLICE = 1000;
/** A rescore child lets I/O through after this many organizations scored. */
const YIELD_EVERY = 25;

/** Scores partners and keeps the suggestion table current. */
@Processor(QUEUES.MATCHING)
export class MatchingProcessor extends DispatchingProcessor {
  constructor(
    private readonly engines: EngineHolder,
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
  ): Promise<{ partners: number }> {
    const engine = await this.engines.current();
    const partners = await this.rescoreAround(engine, [job.data.organizationId]);
    if (job.data.outboxId) await this.ack.processed(job.data.outboxId, JOBS.SCORE_ORGANIZATION);
    return { partners };
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
    const engine = await this.engines.forRun(runId);
    const exclude = await this.excluder();
    const members = (await this.reader.idsInCluster(cluster)).filter((id) => engine.has(id));
    const engineMs = performance.now() - t;
    // Scoring and writing overlap: a slice's rows are written (PostgreSQL's work, on its own
    // connection) while the next slice is scored. Scoring yields to the event loop every few
    // organizations so that the write's round trips go on meanwhile. One write at a time.
    const computedAt = new Date(job.data.computedAt);
    let scoreMs = 0;
    let writeMs = 0;
    let pairs = 0;
    let writing: Promise<void> = Promise.resolve();
    for (let i = 0; i < members.length; i += WRITE_SLICE) {
      const rows: PairRow[] = [];
      for (let j = i; j < Math.min(i + WRITE_SLICE, members.length); j += 1) {
        if (j % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
        t = performance.now();
        const id = members[j]!;
        for (const s of engine.topK(id, { exclude })) rows.push(toPairRow(id, s));
        scoreMs += performance.now() - t;
      }
      pairs += rows.length;
      t = performance.now();
      await writing;
      writeMs += performance.now() - t;
      writing = this.writer.upsert(rows, computedAt);
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
  ): Promise<{ clusters: number; retired: number }> {
    const children = Object.keys(await job.getChildrenValues()).length;
    const retired = await this.writer.deactivateNotComputedSince(new Date(job.data.computedAt));
    await job.updateProgress({ done: children, total: children });
    return { clusters: children, retired };
  }

  /** Rescore of chosen organizations (a cluster or one), asked for by an administrator. */
  @JobHandler(JOBS.RESCORE_ORGANIZATIONS)
  async rescoreOrganizations(
    job: Job<JobPayloads[typeof JOBS.RESCORE_ORGANIZATIONS]>,
  ): Promise<{ partners: number }> {
    const engine = await this.engines.current();
    const ids = job.data.cluster
      ? await this.reader.idsInCluster(job.data.cluster)
      : (job.data.organizationIds ?? []);
    let partners = 0;
    for (let i = 0; i < ids.length; i += 100) {
      partners += await this.rescoreAround(engine, ids.slice(i, i + 100));
      await job.updateProgress({ done: Math.min(i + 100, ids.length), total: ids.length });
    }
    return { partners };
  }

  /** The nightly schedule's job: it plans a full rescore flow. */
  @JobHandler(JOBS.SCHEDULE_RESCORE)
  async scheduleRescore(): Promise<{ jobId: string }> {
    const clusters = await this.reader.clusterCodes();
    const status = await this.producer.requestRescoreAll(clusters, null, null);
    return { jobId: status.id };
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    const outboxId = (job?.data as { outboxId?: string } | undefined)?.outboxId;
    if (job && outboxId)
      await this.ack.failed(outboxId, job.name as JobName, error.message).catch(() => undefined);
  }

  /**
   * Recomputes the pairs of `ids`: a pair stays suggested while it is in the top K of either
   * side. Partners of each id — old ones, its new top K and a wider ring — are looked at from
   * their side too, which is how an organization enters or leaves their lists.
   */
  private async rescoreAround(engine: MatchingEngine, ids: string[]): Promise<number> {
    const exclude = await this.excluder();
    const tops = new Map<string, Suggestion[]>();
    const top = (id: string, k?: number) => {
      const key = k ? `${id}#${k}` : id;
      if (!tops.has(key))
        tops.set(key, engine.has(id) ? engine.topK(id, { exclude, ...(k ? { k } : {}) }) : []);
      return tops.get(key)!;
    };
    const rows: PairRow[] = [];
    const keep = new Set<string>();
    for (const id of ids) {
      if (!engine.has(id)) continue;
      const own = top(id);
      const around = new Set([
        ...own.map((s) => s.partnerId),
        ...top(id, engine.config.k * WIDER).map((s) => s.partnerId),
        ...(await this.writer.partnersOf(id)),
      ]);
      for (const s of own) {
        rows.push(toPairRow(id, s));
        keep.add(pairKey(id, s.partnerId));
      }
      for (const partner of around) {
        const theirs = top(partner).find((s) => s.partnerId === id);
        if (theirs) {
          rows.push(toPairRow(partner, theirs));
          keep.add(pairKey(id, partner));
        }
      }
    }
    await this.writer.upsert(rows, new Date());
    await this.writer.deactivateOthers(ids, keep);
    return keep.size;
  }

  /**
   * The rejected pairs as an engine `exclude`, or undefined when there are none. Called for
   * every candidate the engine scores, so it looks up by id instead of building a pair key.
   */
  private async excluder(): Promise<((a: string, b: string) => boolean) | undefined> {
    const rejected = await this.reader.rejectedPairs();
    if (rejected.size === 0) return undefined;
    const partners = new Map<string, Set<string>>();
    for (const key of rejected) {
      const [a, b] = key.split('|') as [string, string];
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const set = partners.get(x) ?? new Set<string>();
        set.add(y);
        partners.set(x, set);
      }
    }
    return (a, b) => partners.get(a)?.has(b) === true;
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
