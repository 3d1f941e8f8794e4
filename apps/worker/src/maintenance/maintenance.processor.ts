import { Processor } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobPayloads, JOBS, QUEUES } from '@app/jobs';
import { DispatchingProcessor } from '../jobs/dispatching-processor';
import { JobHandler } from '../jobs/job-handler.decorator';
import { WORKER_NAME } from '../jobs/worker-name';
import { WorkerMetrics } from '../ops/worker-metrics';

@Processor(QUEUES.MAINTENANCE, { name: WORKER_NAME })
export class MaintenanceProcessor extends DispatchingProcessor {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    metrics: WorkerMetrics,
  ) {
    super(metrics);
  }

  /** Processed outbox rows are history only; keep the table (and its index) small. */
  @JobHandler(JOBS.CLEANUP_OUTBOX)
  async cleanupOutbox(
    job: Job<JobPayloads[typeof JOBS.CLEANUP_OUTBOX]>,
  ): Promise<{ deleted: number }> {
    const days = job.data.olderThanDays;
    const [, deleted] = (await this.ds.query(
      `DELETE FROM outbox WHERE processed_at IS NOT NULL AND processed_at < now() - make_interval(days => $1)`,
      [days],
    )) as [unknown, number];
    return { deleted };
  }
}
