import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Environment } from '@app/config';
import {
  DEFAULT_MATCHING_CONFIG,
  MatchingConfigInput,
  MatchingEngine,
  MatchProfile,
  ProfileAnalyser,
  resolveConfig,
} from '@app/matching';
import { ListEnd } from './list-ends';
import { MatchProfileReader } from './match-profile.reader';
import { WrittenLists } from './written-lists';

/**
 * The worker's engines. A long-lived one serves incremental rescoring and is brought up to
 * date with PostgreSQL before each use (every change, whichever worker handled it). A full
 * rescore builds a fresh engine for its run, so every worker of the run scores against the
 * same snapshot with the same IDF: that is what makes two workers agree with one. When
 * nothing changed since the worker's last build, that build is the engine a new one would be,
 * and the run takes it as it is. The live engine also holds where every recorded top-K list
 * ends, to find the lists a change enters.
 * Builds share one analyser: a profile version analysed by one build is not read or analysed
 * again by the next (a nightly run reads and analyses only what changed since the last).
 *
 * One engine at a time, most of the time: a run lets the live engine go as it builds its own
 * (incremental rescoring waits while a run writes), and once no run writes, the run's engine
 * becomes the live one, caught up from the run's snapshot. So the live engine's IDF is as
 * fresh as the last full rescore (upserts let it drift), and the first change after a run
 * costs a catch-up instead of a build.
 */
@Injectable()
export class EngineHolder implements OnApplicationBootstrap {
  private readonly logger = new Logger(EngineHolder.name);
  private live: Live | undefined;
  private run: { id: string; built: Promise<Live>; listsWritten?: WrittenLists } | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly analyser = new ProfileAnalyser();
  /** The last build: organizations in it, and how many of them were read and analysed. */
  lastBuild: { organizations: number; analysed: number } | undefined;
  /** Builds run one at a time: one may forget analyses another has counted on. */
  private builds: Promise<unknown> = Promise.resolve();

  private readonly config: MatchingConfigInput;

  constructor(
    private readonly reader: MatchProfileReader,
    env: Environment,
  ) {
    const weights = Object.fromEntries(
      env.MATCH_WEIGHTS.split(',')
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string])
        .map(([name, value]) => [name, Number(value)]),
    );
    const unknown = Object.keys(weights).filter(
      (name) => !(name in DEFAULT_MATCHING_CONFIG.weights),
    );
    if (unknown.length > 0) {
      throw new Error(
        `MATCH_WEIGHTS: unknown factor ${unknown.join(', ')}; known: ${Object.keys(DEFAULT_MATCHING_CONFIG.weights).join(', ')}`,
      );
    }
    // resolveConfig checks the values, so a bad weight stops the worker at start-up.
    this.config = resolveConfig({ k: env.MATCH_TOP_K, weights });
  }

  /**
   * Gets ready as the worker starts, before any job needs an engine: analyses every profile
   * (in the background, a few hundred at a time), so that no build after it reads texts, then
   * builds the live engine and runs a few searches on it, so that the first profile change
   * after a start waits neither for a build (seconds at 100,000 organizations) nor for the
   * compiler (the first jobs after a lazy build took 2–5× the usual time). V8's first major
   * collection after the build may still pause one early job (up to 200 ms seen). Forcing it
   * here was tried (--expose-gc set at run time, one full collection): the worker's full
   * rescores then scored ≈ 7 % slower, which of the two it was is not known.
   */
  onApplicationBootstrap(): void {
    this.ready = this.afterBuilds(() => this.analyseAll())
      .then(() => this.liveAtStart())
      .catch((error: Error) =>
        this.logger.warn(`getting the engine ready at start-up failed: ${error.message}`),
      );
  }

  /** Settles once the start-up work is done (or failed: the engine is then built on demand). */
  ready: Promise<void> = Promise.resolve();

  private async liveAtStart(): Promise<void> {
    // A run that began meanwhile builds its own engine; a live one would only hold memory.
    if (this.run) return;
    const started = Date.now();
    const engine = await this.current();
    const searches = warmUp(engine);
    this.logger.log(
      `live engine ready: built and warmed up (${searches} searches) in ${Date.now() - started} ms`,
    );
  }

  /** Organizations whose analysis this worker holds. */
  get analysed(): number {
    return this.analyser.size;
  }

  private async analyseAll(): Promise<void> {
    const started = Date.now();
    const analyser = this.analyser;
    const profiles = await this.reader.all((id, v) => analyser.has(id, v));
    let count = 0;
    for (const profile of profiles) {
      if (profile.textsOmitted) continue;
      analyser.analyse(profile);
      count += 1;
      if (count % ANALYSE_BETWEEN_YIELDS === 0) await new Promise((r) => setImmediate(r));
    }
    this.logger.log(`analysed ${count} organizations in ${Date.now() - started} ms`);
  }

  /**
   * The long-lived engine, current with PostgreSQL. Calls are serialised. `noRunWrites`: the
   * caller knows no full rescore is writing, so the last run's engine may become the live one.
   */
  current(noRunWrites = false): Promise<MatchingEngine> {
    const next = this.queue.then(() => this.catchUp(noRunWrites));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * The engine of a full rescore run, built once per run and process, or the last build if
   * nothing changed since (`unchangedSinceBuilt`). The live engine goes as the run starts:
   * nothing uses it while the run writes, and the run's replaces it after.
   */
  forRun(runId: string): Promise<MatchingEngine> {
    if (this.run?.id !== runId) {
      const previous = this.run;
      const built = this.afterBuilds(async () => {
        const latest = previous ? await previous.built.catch(() => undefined) : this.live;
        this.live = undefined;
        // Nothing applies changes to it meanwhile: incremental rescores wait while a run writes,
        // and its children record the run and take their lock before they ask for this.
        if (latest && (await this.unchangedSinceBuilt(latest)) && latest.builtFrom) {
          this.logger.log(`run ${runId} scores with the last engine built: nothing changed since`);
          return latest;
        }
        return this.buildNow(false);
      });
      const run = { id: runId, built };
      built.catch(() => {
        if (this.run === run) this.run = undefined;
      });
      this.run = run;
    }
    return this.run.built.then(({ engine }) => engine);
  }

  /**
   * Whether `live` is what a build would make now: a build nothing was applied to since, with
   * no organization changed since its snapshot (a change inside the horizon that the build
   * did read counts too: a rebuild then is only work not saved; reference data, which the
   * engine also reads, changes only with a seed, which the live engine ignores as well). A
   * worker that just started, or ran the last full rescore and saw no change since, scores
   * its next run without building (seconds at 100,000 organizations); both ways give the
   * same engine, so workers that reuse and workers that build agree.
   */
  private async unchangedSinceBuilt(live: Live): Promise<boolean> {
    return live.builtFrom !== undefined && !(await this.reader.anyChangedSince(live.builtFrom));
  }

  /**
   * The lists this worker has written in the run whose engine (`engine`, from `forRun`) gave:
   * a pair found from both sides, in two children this worker ran, is explained and written
   * once (a second writer would write the same row; the writer leaves it alone, but the
   * explanation, the encoding and PostgreSQL's lookup were work for nothing). Let go with
   * the run's engine; if that went already (another run took its place), a fresh record:
   * nothing remembered is only work not saved.
   */
  listsWrittenInRun(runId: string, engine: MatchingEngine): WrittenLists {
    const fresh = () => new WrittenLists(engine.slotCapacity, engine.config.k);
    if (this.run?.id !== runId) return fresh();
    this.run.listsWritten ??= fresh();
    return this.run.listsWritten;
  }

  /**
   * Whether any top-K list was recorded when the live engine last caught up (before the first
   * rescore there are none, and an incremental rescore only writes the changed lists).
   */
  get listsRecorded(): boolean {
    return this.live?.listsRecorded ?? false;
  }

  private async catchUp(noRunWrites: boolean): Promise<MatchingEngine> {
    if (noRunWrites && this.run) await this.takeRunEngine(this.run);
    if (!this.live) {
      this.live = await this.build(true);
      return this.live.engine;
    }
    const live = this.live;
    const horizon = await this.reader.horizon();
    // An engine that holds no list end yet (a run's, just taken over) reads them all.
    const since = live.listsRecorded ? live.syncedAt : undefined;
    const ends = this.reader.listEnds(since);
    ends.catch(() => undefined); // surfaces at the await below
    const changes = await this.reader.changedSince(live.syncedAt);
    // A change stays inside the horizon until older transactions end: apply each version once.
    const fresh = changes.filter((c) => live.applied.get(c.id) !== c.version);
    if (fresh.length > 0) {
      // From here on the engine is no longer what a build would make.
      live.builtFrom = undefined;
      const ids = fresh.map((c) => c.id);
      const profiles = await this.reader.byIds(ids);
      const present = new Set(profiles.map((p) => p.id));
      for (const profile of profiles) live.engine.upsert(profile);
      for (const id of ids) if (!present.has(id) && live.engine.has(id)) live.engine.remove(id);
    }
    live.applied = new Map(changes.map((c) => [c.id, c.version]));
    this.applyListEnds(live, await ends);
    live.syncedAt = horizon;
    return live.engine;
  }

  /**
   * The run's engine becomes the live one (the run's lists were written from it, so its IDF is
   * theirs); the catch-up that follows brings in what changed since its snapshot and every
   * list end the run recorded. A run whose build failed leaves the live engine to be built.
   */
  private async takeRunEngine(run: { built: Promise<Live> }): Promise<void> {
    this.run = undefined;
    const live = await run.built.catch(() => undefined);
    if (!live) return;
    this.live = live;
    this.logger.log('the last full rescore engine serves incremental rescoring from now on');
  }

  /** Also records lists this worker wrote itself, ahead of its next catch-up. */
  recordListEnds(ends: Map<string, ListEnd>): void {
    if (this.live)
      this.applyListEnds(
        this.live,
        [...ends].map(([id, end]) => ({ id, ...end })),
      );
  }

  private applyListEnds(live: Live, ends: ({ id: string } & ListEnd)[]): void {
    for (const { id, end, last } of ends) live.engine.setListEnd(id, end, last ?? undefined);
    if (ends.length > 0) live.listsRecorded = true;
  }

  private build(withListEnds = false): Promise<Live> {
    return this.afterBuilds(() => this.buildNow(withListEnds));
  }

  /** Runs `work` once every build (and analysis) asked for before it has ended. */
  private afterBuilds<T>(work: () => Promise<T>): Promise<T> {
    const next = this.builds.then(work);
    this.builds = next.catch(() => undefined);
    return next;
  }

  private async buildNow(withListEnds: boolean): Promise<Live> {
    const started = Date.now();
    // The horizon is read before the profiles, so a change made while reading is caught up later.
    const horizon = await this.reader.horizon();
    const analyser = this.analyser;
    const profiles: MatchProfile[] = await this.reader.all((id, v) => analyser.has(id, v));
    const readMs = Date.now() - started;
    const read = profiles.filter((p) => !p.textsOmitted).length;
    const engine = new MatchingEngine(profiles, this.config, analyser);
    analyser.retainOnly(new Set(profiles.map((p) => p.id)));
    this.lastBuild = { organizations: profiles.length, analysed: read };
    const live: Live = {
      engine,
      syncedAt: horizon,
      builtFrom: horizon,
      applied: new Map(),
      listsRecorded: false,
    };
    if (withListEnds) this.applyListEnds(live, await this.reader.listEnds());
    this.logger.log(
      `engine built from ${profiles.length} organizations (${read} read and analysed) in ${Date.now() - started} ms, ${readMs} ms of it reading`,
    );
    return live;
  }
}

/**
 * Ranks, reaches and explains the lists of a few organizations spread over the engine: what an
 * incremental rescore does, so that its code is compiled before a job waits for it. Returns
 * the number of organizations searched.
 */
function warmUp(engine: MatchingEngine): number {
  const ids = engine.ids();
  const step = Math.max(1, Math.floor(ids.length / WARM_UP_SEARCHES));
  let searched = 0;
  for (let i = 0; i < ids.length && searched < WARM_UP_SEARCHES; i += step) {
    const id = ids[i]!;
    const ranked = engine.topKRanked(id);
    engine.explainRanked(id, ranked);
    engine.listsReachedBy(id);
    const last = ranked.at(-1);
    if (last) engine.topKRanked(id, { minScore: last.score });
    searched += 1;
  }
  return searched;
}

const WARM_UP_SEARCHES = 50;

/** Profiles analysed at start-up between two turns of the event loop (≈ 50 ms). */
const ANALYSE_BETWEEN_YIELDS = 500;

interface Live {
  engine: MatchingEngine;
  /** The next catch-up reads changes at or after this. */
  syncedAt: Date;
  /** The horizon of the build that made the engine, while nothing has been applied to it. */
  builtFrom?: Date;
  /** Versions applied by the last catch-up, so that one still inside the horizon is not applied twice. */
  applied: Map<string, number>;
  listsRecorded: boolean;
}
