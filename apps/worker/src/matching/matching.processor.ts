import { InjectQueue, OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { DelayedError, Job, Queue } from 'bullmq';
import { Environment } from '@app/config';
import { JobPayloads, JobProducer, JOBS, QUEUES } from '@app/jobs';
import { Exclude, MatchingEngine, RankedPartner, Suggestion } from '@app/matching';
import { DispatchingProcessor } from '../jobs/dispatching-processor';
import { JobHandler } from '../jobs/job-handler.decorator';
import { WORKER_NAME } from '../jobs/worker-name';
import { WorkerMetrics } from '../ops/worker-metrics';
import { OutboxAck } from '../outbox/outbox-ack.service';
import { EngineHolder } from './engine-holder';
import { FullRescoreRuns, FullRescoreWriting } from './full-rescore-runs';
import { MatchProfileReader, pairKey } from './match-profile.reader';
import { PairRow, toPairRow } from './pair-rows';
import { RejectedPairs } from './rejected-pairs';
import { SuggestionWriter } from './suggestion.writer';

/** Organizations of a rescore child scored per write; one write is in flight while the next is scored. */
const WRITE_SLICE = 1000;
/** A rescore child lets I/O through after this many organizations scored. */
const YIELD_EVERY = 25;
/** How long an incremental rescore waits before looking again whether a full rescore ended. */
const DEFER_MS = 2000;

/** Where a computed list ends: its K-th score, or 0 while it holds fewer than K. */
function endOf(list: readonly { score: number }[], k: number): number {
  return list.length < k ? 0 : list[k - 1]!.score;
}

/** Where a stored list ends: its K-th best score, or 0 while it holds fewer than K. */
function listEnd(partners: Map<string, number>, k: number): number {
  if (partners.size < k) return 0;
  return [...partners.values()].sort((x, y) => y - x)[k - 1]!;
}

/** What an incremental rescore did, as its job's result. */
interface RescoreAround {
  partners: number;
  /** Organizations looked at around the changed ones, and lists computed again. */
  neighbours?: number;
  listsComputed?: number;
  retired?: number;
  /** Milliseconds: reading stored pairs and rejections, engine work, writes. */
  ms?: { read: number; engine: number; write: number; total: number };
}

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
      this.rescoreAround([job.data.organizationId]),
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
      const ends = new Map<string, number>();
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
        partners += (await this.rescoreAround(ids.slice(i, i + 100))).partners;
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

  private rescoreAround(ids: string[]): Promise<RescoreAround> {
    // One incremental rescore at a time, across jobs and worker processes: each settles lists
    // against what the one before it stored, with an engine that has every change before it.
    // None while a full rescore writes: a cluster child takes this lock once before it starts.
    return this.writer.exclusively(async () => {
      if (await this.runs.writing()) throw new FullRescoreWriting();
      return this.rescoreAroundNow(await this.engines.current(true), ids);
    });
  }

  /**
   * A pair is suggested while it is in the top K of either side. A change of `ids` rewrites
   * their own lists, and settles every list they entered or left: entering pushes the list's
   * last partner out, leaving lets another in. Which lists: those a changed organization now
   * reaches (`listsReachedBy`, against where each recorded list ends), plus its stored
   * partners; each list computed is recorded again.
   */
  private async rescoreAroundNow(engine: MatchingEngine, ids: string[]): Promise<RescoreAround> {
    const started = performance.now();
    let readMs = 0;
    const read = async <T>(query: Promise<T>): Promise<T> => {
      const t = performance.now();
      const result = await query;
      readMs += performance.now() - t;
      return result;
    };
    // A removed organization (deleted) is a change too: its pairs go, its partners' lists settle.
    const changed = new Set(ids);
    // Rejected pairs are read for the organizations looked at, as they come into view: a list
    // is searched only once its organization's are known. All of them, read by every job, made
    // a job's cost grow with every rejection ever made.
    const rejected = new RejectedPairs();
    const [changedRejected, changedPartners] = await read(
      Promise.all([
        this.reader.rejectedPairsOf([...changed]),
        this.writer.activePartners([...changed]),
      ]),
    );
    let exclude = rejected.add(changedRejected).excluder;
    const k = engine.config.k;
    // Lists are first ranked (ids and scores); explanations only for rows that are written.
    // A search told a floor its K-th score cannot fall below prunes far more. Exact either way:
    // if K partners score at least the floor, the top K are among them; if fewer do, the
    // floor was wrong and the list is searched again without it.
    const search = <T extends { score: number }>(
      find: (options: { exclude?: Exclude; minScore?: number }) => T[],
      floor: number,
    ): T[] => {
      const list =
        floor > 0 ? find({ exclude, minScore: Math.max(floor, engine.config.minScore) }) : [];
      return list.length >= k ? list : find({ exclude });
    };
    const ranked = new Map<string, RankedPartner[]>();
    const rank = (id: string, floor = 0) => {
      if (!ranked.has(id))
        ranked.set(id, engine.has(id) ? search((o) => engine.topKRanked(id, o), floor) : []);
      return ranked.get(id)!;
    };
    /** The changed organizations' own lists: every pair of theirs is written, explained. */
    const explained = new Map<string, Suggestion[]>();
    /**
     * Whether y's own top K holds p, once every list this change alters is ranked (y's is one
     * exactly when y is in `around` and touched). A ranked list answers. Otherwise y's list is
     * the stored one, so where it is full its recorded end answers: p is in it when the pair
     * scores above the end, not when below (p is in `around`: the pair's rejection is known).
     * At the end itself (a tie the list broke by id), or where the list is not full: undefined,
     * for a search once y's rejected pairs are read.
     */
    const heldByList = (y: string, p: string): boolean | undefined => {
      const known = ranked.get(y);
      if (known) return known.some((s) => s.partnerId === p);
      if (!engine.has(y) || !engine.has(p)) return false;
      if (exclude?.(y, p)) return false;
      const pair = engine.score(y, p, { explain: false });
      if (!pair.eligible) return false;
      const end = engine.listEndOf(y);
      return end > 0 && pair.score !== end ? pair.score > end : undefined;
    };
    /**
     * y's list searched only down to the pair's own score: the best K scoring at least that
     * are y's top K where K reach it, and all of it where fewer do, so p is among them exactly
     * when it is in y's list — and a floor that high prunes most of the search.
     */
    const heldBySearch = (y: string, p: string): boolean => {
      const score = engine.score(y, p, { explain: false }).score;
      const minScore = Math.max(score, engine.config.minScore);
      return engine.topKRanked(y, { exclude, minScore }).some((s) => s.partnerId === p);
    };
    /** Score of a changed organization with a neighbour whose list it reaches. */
    const reach = new Map<string, number>();
    const around = new Set<string>();
    // No list recorded yet (before the first full rescore): only the changed lists are written.
    if (this.engines.listsRecorded) {
      for (const id of ids.filter((i) => engine.has(i))) {
        for (const s of engine.listsReachedBy(id, { exclude })) {
          around.add(s.partnerId);
          reach.set(pairKey(id, s.partnerId), s.score);
        }
      }
    }
    for (const [, partners] of changedPartners)
      for (const partner of partners.keys()) around.add(partner);
    for (const id of changed) around.delete(id);

    const reading = Promise.all([
      this.writer.activePartners([...around]),
      this.reader.rejectedPairsOf([...around]),
    ]);
    reading.catch(() => undefined); // surfaces at the await below
    const rows: PairRow[] = [];
    const keep = new Set<string>();
    const retire: string[] = [];
    // While PostgreSQL reads the stored pairs, the changed organizations' own lists.
    for (const id of changed) {
      const list = engine.has(id) ? engine.topK(id, { exclude }) : [];
      explained.set(id, list);
      for (const s of list) {
        rows.push(toPairRow(id, s));
        keep.add(pairKey(id, s.partnerId));
      }
    }
    // Reading counts only the wait left once that is done.
    const [stored, aroundRejected] = await read(reading);
    exclude = rejected.add(aroundRejected).excluder;
    /** Partners pushed out of a list: [the partner, the list's organization]. */
    const pushedOut: [string, string][] = [];
    for (const [p, had] of stored) {
      const end = listEnd(had, k);
      const touched = [...changed].some(
        (x) => had.has(x) || (reach.get(pairKey(x, p)) ?? -1) >= end,
      );
      if (!touched) continue;
      // The stored pairs hold the old list: its K best (ties by id, as the engine breaks them).
      const oldList = new Set(
        [...had]
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
          .slice(0, k)
          .map(([id]) => id),
      );
      // Entered (or kept) by the changed organizations and left by none: its end can only rise.
      const left = [...changed].some(
        (x) => oldList.has(x) && !((reach.get(pairKey(x, p)) ?? -1) >= end),
      );
      const list = rank(p, left ? 0 : end);
      const inList = new Set(list.map((s) => s.partnerId));
      const written = (partner: string) => changed.has(partner) || !oldList.has(partner);
      // Only the partners written are explained: explaining is most of a list's cost, and a
      // change entering a list writes one or two of its K.
      const fresh = list.filter((s) => written(s.partnerId));
      for (const s of fresh.length > 0 ? engine.explainRanked(p, fresh) : []) {
        rows.push(toPairRow(p, s));
        if (changed.has(s.partnerId)) keep.add(pairKey(p, s.partnerId));
      }
      for (const y of oldList) if (!inList.has(y) && !changed.has(y)) pushedOut.push([y, p]);
    }
    // Pushed out of a list: retired unless the other side's own list holds the pair.
    const undecided: [string, string][] = [];
    for (const [y, p] of pushedOut) {
      const held = heldByList(y, p);
      if (held === undefined) undecided.push([y, p]);
      else if (!held) retire.push(pairKey(p, y));
    }
    if (undecided.length > 0) {
      const ys = [...new Set(undecided.map(([y]) => y))];
      exclude = rejected.add(await read(this.reader.rejectedPairsOf(ys))).excluder;
      for (const [y, p] of undecided) if (!heldBySearch(y, p)) retire.push(pairKey(p, y));
    }
    const listEnds = new Map<string, number>();
    for (const [id, list] of ranked) listEnds.set(id, endOf(list, k));
    for (const [id, list] of explained) listEnds.set(id, endOf(list, k));
    const scoredAt = performance.now();
    const now = new Date();
    await this.writer.upsert(rows, now);
    await this.writer.deactivateOthers([...changed], keep);
    await this.writer.deactivatePairs(retire);
    const recorded = new Map([...listEnds].filter(([id]) => engine.has(id)));
    await this.writer.setListEnds(
      recorded,
      [...changed].filter((id) => !engine.has(id)),
    );
    this.engines.recordListEnds(recorded);
    return {
      partners: keep.size,
      neighbours: stored.size,
      listsComputed: new Set([...ranked.keys(), ...explained.keys()]).size,
      retired: retire.length,
      ms: {
        read: Math.round(readMs),
        engine: Math.round(scoredAt - started - readMs),
        write: Math.round(performance.now() - scoredAt),
        total: Math.round(performance.now() - started),
      },
    };
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
