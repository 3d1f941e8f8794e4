import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { Environment } from '@app/config';
import { JobPayloads, JOBS, QUEUES } from '@app/jobs';
import { OrganizationIndexService, toOrganizationDocument } from '@app/search';
import { DispatchingProcessor } from '../jobs/dispatching-processor';
import { JobHandler } from '../jobs/job-handler.decorator';
import { WORKER_NAME } from '../jobs/worker-name';
import { WorkerMetrics } from '../ops/worker-metrics';
import { OutboxAck } from '../outbox/outbox-ack.service';
import { OrganizationSourceReader } from './organization-source.reader';

type IndexJob = Job<JobPayloads[typeof JOBS.INDEX_ORGANIZATION]>;

/** Keeps Meilisearch in step with PostgreSQL, which stays the truth. */
@Processor(QUEUES.SEARCH, { name: WORKER_NAME })
export class SearchProcessor extends DispatchingProcessor {
  constructor(
    private readonly index: OrganizationIndexService,
    private readonly reader: OrganizationSourceReader,
    private readonly ack: OutboxAck,
    metrics: WorkerMetrics,
    env: Environment,
  ) {
    super(metrics, env.WORKER_CONCURRENCY);
  }

  /** Writes the organization as PostgreSQL has it now (or removes it if it is gone). */
  @JobHandler(JOBS.INDEX_ORGANIZATION)
  async indexOrganization(job: IndexJob): Promise<{ indexed: boolean }> {
    const indexed = await this.sync([job.data.organizationId]);
    await this.ack.processed(job.data.outboxId, JOBS.INDEX_ORGANIZATION);
    return { indexed: indexed > 0 };
  }

  @JobHandler(JOBS.REMOVE_ORGANIZATION)
  async removeOrganization(job: IndexJob): Promise<{ removed: boolean }> {
    // Re-read rather than trust the payload: the organization may be back (a restore) by now.
    const indexed = await this.sync([job.data.organizationId]);
    await this.ack.processed(job.data.outboxId, JOBS.REMOVE_ORGANIZATION);
    return { removed: indexed === 0 };
  }

  /**
   * Builds a new index from PostgreSQL and swaps it in; searches keep answering from the old
   * one meanwhile. Changes made during the build are applied again after the swap.
   */
  @JobHandler(JOBS.REINDEX_ALL)
  async reindexAll(
    job: Job<JobPayloads[typeof JOBS.REINDEX_ALL]>,
  ): Promise<{ indexed: number; catchUp: number }> {
    const started = await this.reader.horizon();
    const total = await this.reader.count();
    await job.updateProgress({ indexed: 0, total });
    const reader = this.reader;
    async function* documents() {
      for await (const batch of reader.all(1000)) yield batch.map(toOrganizationDocument);
    }
    const { indexed } = await this.index.rebuild(documents(), (n) =>
      job.updateProgress({ indexed: n, total }),
    );
    const changed = await this.reader.changedSince(started);
    for (let i = 0; i < changed.length; i += 500) await this.sync(changed.slice(i, i + 500));
    await job.updateProgress({ indexed, total });
    return { indexed, catchUp: changed.length };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): Promise<void> {
    return this.ack.jobFailed(job, error);
  }

  /**
   * Makes the index say what PostgreSQL says about these organizations. A concurrent job may
   * write an older read after ours, so versions are read again and the write repeated until
   * they hold still. Returns how many are in the index.
   */
  private async sync(ids: string[]): Promise<number> {
    for (let round = 0; ; round++) {
      const sources = await this.reader.byIds(ids);
      const live = new Set(sources.map((s) => s.id));
      const gone = ids.filter((id) => !live.has(id));
      if (sources.length > 0) await this.index.upsert(sources.map(toOrganizationDocument));
      if (gone.length > 0) await this.index.remove(gone);
      const versions = new Map(sources.map((s) => [s.id, s.version]));
      const now = await this.reader.versions(ids);
      const moved = ids.filter((id) => (versions.get(id) ?? null) !== (now.get(id) ?? null));
      if (moved.length === 0 || round >= 3) return sources.length;
      ids = moved;
    }
  }
}
