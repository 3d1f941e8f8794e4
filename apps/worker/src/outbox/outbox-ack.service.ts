import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobName, OUTBOX_ROUTES } from '@app/jobs';

/** Each topic's jobs, as the ack statement reads them. */
const ROUTES = JSON.stringify(OUTBOX_ROUTES);

/** Records which of a row's jobs have finished, and marks the row processed when all have. */
@Injectable()
export class OutboxAck {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async processed(outboxId: string, job: JobName): Promise<void> {
    // One statement: the job appended, and the row marked processed once every job of its
    // topic is in. Every value is computed from the row itself, so an ack that waited on
    // another's row lock computes it again from the row that one left: neither is lost.
    await this.ds.query(
      `UPDATE outbox SET
              done_jobs = CASE WHEN $2 = ANY(done_jobs) THEN done_jobs ELSE array_append(done_jobs, $2) END,
              last_error = NULL,
              processed_at = CASE WHEN processed_at IS NULL
                                   AND coalesce($3::jsonb -> topic, '[]') <@ to_jsonb(array_append(done_jobs, $2))
                                  THEN now() ELSE processed_at END
        WHERE id = $1`,
      [outboxId, job, ROUTES],
    );
  }

  async failed(outboxId: string, job: JobName, error: string): Promise<void> {
    await this.ds.query(`UPDATE outbox SET last_error = $2 WHERE id = $1`, [
      outboxId,
      `${job}: ${error}`.slice(0, 2000),
    ]);
  }

  /** For a processor's 'failed' event: notes the error on the job's outbox row, if it has one. */
  async jobFailed(job: Job | undefined, error: Error): Promise<void> {
    const outboxId = (job?.data as { outboxId?: string } | undefined)?.outboxId;
    if (job && outboxId)
      await this.failed(outboxId, job.name as JobName, error.message).catch(() => undefined);
  }
}
