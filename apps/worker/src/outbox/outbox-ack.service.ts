import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { OutboxTopic } from '@app/domain';
import { JobName, OUTBOX_ROUTES } from '@app/jobs';

/** Records which of a row's jobs have finished, and marks the row processed when all have. */
@Injectable()
export class OutboxAck {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async processed(outboxId: string, job: JobName): Promise<void> {
    // Concurrent acks of one row queue on its row lock, so neither append is lost.
    const [rows] = (await this.ds.query(
      `UPDATE outbox SET done_jobs = CASE WHEN $2 = ANY(done_jobs) THEN done_jobs ELSE array_append(done_jobs, $2) END,
              last_error = NULL
        WHERE id = $1 RETURNING topic, done_jobs`,
      [outboxId, job],
    )) as [{ topic: OutboxTopic; done_jobs: string[] }[], number];
    const row = rows[0];
    if (!row) return;
    const routes = OUTBOX_ROUTES[row.topic] ?? [];
    if (routes.every((r) => row.done_jobs.includes(r))) {
      await this.ds.query(
        `UPDATE outbox SET processed_at = now() WHERE id = $1 AND processed_at IS NULL`,
        [outboxId],
      );
    }
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
