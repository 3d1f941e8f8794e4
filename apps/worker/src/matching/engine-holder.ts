import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '@app/config';
import {
  DEFAULT_MATCHING_CONFIG,
  MatchingConfigInput,
  MatchingEngine,
  MatchProfile,
  resolveConfig,
} from '@app/matching';
import { MatchProfileReader } from './match-profile.reader';

/**
 * The worker's engines. A long-lived one serves incremental rescoring and is brought up to
 * date with PostgreSQL before each use (every change, whichever worker handled it). A full
 * rescore builds a fresh engine for its run, so every worker of the run scores against the
 * same snapshot with the same IDF: that is what makes two workers agree with one.
 */
@Injectable()
export class EngineHolder {
  private readonly logger = new Logger(EngineHolder.name);
  private live: { engine: MatchingEngine; syncedAt: Date } | undefined;
  private run: { id: string; engine: Promise<MatchingEngine> } | undefined;
  private queue: Promise<unknown> = Promise.resolve();

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

  /** The long-lived engine, current with PostgreSQL. Calls are serialised. */
  current(): Promise<MatchingEngine> {
    const next = this.queue.then(() => this.catchUp());
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The engine of a full rescore run, built once per run and process. */
  forRun(runId: string): Promise<MatchingEngine> {
    if (this.run?.id !== runId) {
      const engine = this.build().then(({ engine }) => engine);
      engine.catch(() => (this.run = undefined));
      this.run = { id: runId, engine };
    }
    return this.run.engine;
  }

  private async catchUp(): Promise<MatchingEngine> {
    if (!this.live) {
      this.live = await this.build();
      return this.live.engine;
    }
    const { ids, now } = await this.reader.changedSince(this.live.syncedAt);
    if (ids.length > 0) {
      const profiles = await this.reader.byIds(ids);
      const present = new Set(profiles.map((p) => p.id));
      for (const profile of profiles) this.live.engine.upsert(profile);
      for (const id of ids)
        if (!present.has(id) && this.live.engine.has(id)) this.live.engine.remove(id);
    }
    this.live.syncedAt = now;
    return this.live.engine;
  }

  private async build(): Promise<{ engine: MatchingEngine; syncedAt: Date }> {
    const started = Date.now();
    // The clock is read before the profiles, so a change made while reading is caught up later.
    const { now } = await this.reader.changedSince(new Date());
    const profiles: MatchProfile[] = await this.reader.all();
    const engine = new MatchingEngine(profiles, this.config);
    this.logger.log(
      `engine built from ${profiles.length} organizations in ${Date.now() - started} ms`,
    );
    return { engine, syncedAt: now };
  }
}
