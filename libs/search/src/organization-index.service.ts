import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import { Environment } from '@app/config';
import { ServiceUnavailableError } from '@app/domain';
import { organizationIndexSettings } from './index-settings';
import { MEILISEARCH } from './meilisearch.provider';
import { assertSucceeded, isIndexNotFound, SERVICE, toServiceError } from './meilisearch-errors';
import type { OrganizationDocument } from './organization-document';
import { toSearchHit } from './search-hit';
import type { SearchPage, SearchParams } from './search-params';
import { toSearchRequest } from './search-request';

/**
 * How long to wait for Meilisearch's task queue, which is one queue for all indexes: a
 * write may wait behind a rebuild's batches, and a settings change re-indexes every
 * document. Past these, the caller gets SERVICE_UNAVAILABLE and its job retries.
 */
export const TASK_TIMEOUTS_MS = {
  index: 30_000,
  documents: 60_000,
  settings: 120_000,
  // A rebuild's batches queue behind one another; the last may wait for all before it.
  rebuild: 30 * 60_000,
};
/** Rebuild batches enqueued before waiting for the oldest. */
const REBUILD_IN_FLIGHT = 8;
const POLL_INTERVAL_MS = 100;

/** A build index older than this was left by a rebuild that died; rebuilds take minutes. */
const STALE_BUILD_MS = 6 * 60 * 60 * 1000;

/**
 * The organization index: the only code that writes or searches it. Meilisearch being
 * unreachable surfaces as ServiceUnavailableError; a request Meilisearch rejects is a bug
 * and is thrown as it is.
 */
@Injectable()
export class OrganizationIndexService {
  /** The live index searches read, `${MEILI_INDEX_PREFIX}organizations`. */
  readonly indexUid: string;
  private settingsApplied = false;

  constructor(
    @Inject(MEILISEARCH) private readonly client: Meilisearch,
    env: Environment,
  ) {
    this.indexUid = `${env.MEILI_INDEX_PREFIX}organizations`;
  }

  /** Creates the live index if missing and applies the settings; safe to call any time. */
  async ensureIndex(): Promise<void> {
    await this.guard(async () => {
      await this.createIfMissing(this.indexUid);
      await this.applySettings(this.indexUid);
    });
    this.settingsApplied = true;
  }

  /** Adds or replaces documents; resolves once Meilisearch has indexed them. */
  async upsert(docs: readonly OrganizationDocument[]): Promise<void> {
    if (docs.length === 0) return;
    await this.ensureSettings();
    await this.guard(() =>
      this.wait(
        this.client.index(this.indexUid).addDocuments([...docs], { primaryKey: 'id' }),
        TASK_TIMEOUTS_MS.documents,
      ),
    );
  }

  /** Removes documents by id; ids not in the index are ignored. */
  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.ensureSettings();
    await this.guard(() =>
      this.wait(
        this.client.index(this.indexUid).deleteDocuments([...ids]),
        TASK_TIMEOUTS_MS.documents,
      ),
    );
  }

  /**
   * Builds a new index `${indexUid}__build_<ms>` with the same settings from the batches,
   * then swaps it with the live one (an atomic step in Meilisearch) and deletes the old
   * contents. Searches answer from the live index throughout. Writes made to the live index
   * while the build runs are not in the new one: the caller re-applies changes made since
   * it started reading.
   */
  async rebuild(
    batches: AsyncIterable<OrganizationDocument[]>,
    onProgress?: (indexed: number) => void | Promise<void>,
  ): Promise<{ indexed: number; indexUid: string }> {
    const buildUid = `${this.indexUid}__build_${Date.now()}`;
    let indexed = 0;
    await this.guard(async () => {
      await this.removeStaleBuilds();
      await this.wait(
        this.client.createIndex(buildUid, { primaryKey: 'id' }),
        TASK_TIMEOUTS_MS.index,
      );
      try {
        // Settings before documents, so each document is indexed once.
        await this.applySettings(buildUid);
        const build = this.client.index<OrganizationDocument>(buildUid);
        // Several batches in flight: Meilisearch merges queued additions to one index into
        // one indexing run, which is many times faster than waiting for each in turn.
        const inFlight: { task: Promise<Task>; size: number }[] = [];
        const settle = async () => {
          const { task, size } = inFlight.shift()!;
          await task;
          indexed += size;
          await onProgress?.(indexed);
        };
        for await (const batch of batches) {
          if (batch.length === 0) continue;
          const task = this.wait(build.addDocuments(batch), TASK_TIMEOUTS_MS.rebuild);
          // Observed below in order; a rejection before then must not count as unhandled.
          task.catch(() => undefined);
          inFlight.push({ task, size: batch.length });
          if (inFlight.length >= REBUILD_IN_FLIGHT) await settle();
        }
        while (inFlight.length > 0) await settle();
        await this.createIfMissing(this.indexUid);
        await this.wait(
          this.client.swapIndexes([{ indexes: [this.indexUid, buildUid], rename: false }]),
          TASK_TIMEOUTS_MS.index,
        );
      } catch (error) {
        // Before the swap the build index is only waste; leave the live index alone.
        await this.client.deleteIndex(buildUid).catch(() => undefined);
        throw error;
      }
      // After the swap buildUid holds the previous contents.
      await this.wait(this.client.deleteIndex(buildUid), TASK_TIMEOUTS_MS.index);
    });
    this.settingsApplied = true;
    return { indexed, indexUid: this.indexUid };
  }

  async search(params: SearchParams): Promise<SearchPage> {
    const request = toSearchRequest(params);
    let response;
    try {
      response = await this.client
        .index(this.indexUid)
        .search<{ id: string }, typeof request.options>(request.query, request.options);
    } catch (error) {
      if (isIndexNotFound(error)) {
        throw new ServiceUnavailableError(SERVICE, 'The search index is not built yet');
      }
      throw toServiceError(error);
    }
    const facets: SearchPage['facets'] = {};
    for (const name of params.facets ?? []) {
      facets[name] = { ...(response.facetDistribution?.[name] ?? {}) };
    }
    const { skip } = request.window;
    return {
      hits: response.hits
        .slice(skip, skip + params.limit)
        .map((hit) => toSearchHit(hit, params.near)),
      totalHits: response.totalHits,
      facets,
      processingTimeMs: response.processingTimeMs,
    };
  }

  /** Whether Meilisearch answers its health check; never throws. */
  health(): Promise<boolean> {
    return this.client.isHealthy();
  }

  /** Documents in the live index; 0 when it does not exist yet. */
  async documentCount(): Promise<number> {
    try {
      return (await this.client.index(this.indexUid).getStats()).numberOfDocuments;
    } catch (error) {
      if (isIndexNotFound(error)) return 0;
      throw toServiceError(error);
    }
  }

  // A document write to a missing index would create it with default settings (nothing
  // filterable), so the first write of a process makes sure the settings are there.
  private async ensureSettings(): Promise<void> {
    if (!this.settingsApplied) await this.ensureIndex();
  }

  private async createIfMissing(uid: string): Promise<void> {
    try {
      await this.client.getRawIndex(uid);
      return;
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
    }
    const task = await this.client
      .createIndex(uid, { primaryKey: 'id' })
      .waitTask({ timeout: TASK_TIMEOUTS_MS.index, interval: POLL_INTERVAL_MS });
    // Another process may have created it in the meantime.
    if (task.error?.code === 'index_already_exists') return;
    assertSucceeded(task);
  }

  private async applySettings(uid: string): Promise<void> {
    await this.wait(
      this.client.index(uid).updateSettings(organizationIndexSettings()),
      TASK_TIMEOUTS_MS.settings,
    );
  }

  private async removeStaleBuilds(): Promise<void> {
    const prefix = `${this.indexUid}__build_`;
    const stale: string[] = [];
    const limit = 1000;
    for (let offset = 0; ; offset += limit) {
      const { results } = await this.client.getRawIndexes({ offset, limit });
      for (const { uid } of results) {
        const started = uid.startsWith(prefix) ? Number(uid.slice(prefix.length)) : NaN;
        if (Date.now() - started > STALE_BUILD_MS) stale.push(uid);
      }
      if (results.length < limit) break;
    }
    for (const uid of stale) await this.wait(this.client.deleteIndex(uid), TASK_TIMEOUTS_MS.index);
  }

  private async wait(enqueued: EnqueuedTaskPromise, timeout: number): Promise<Task> {
    const task = await enqueued.waitTask({ timeout, interval: POLL_INTERVAL_MS });
    assertSucceeded(task);
    return task;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toServiceError(error);
    }
  }
}
