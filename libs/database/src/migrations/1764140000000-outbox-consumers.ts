import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row may feed several jobs (the search index and the matching engine). Each job
 * records itself in `done_jobs`; the row is processed when every job it was routed to is.
 * Also: an index for the matching worker's "what changed since" reads, and one index fewer
 * on suggestion — a full rescore writes every row, and each index costs on every write.
 */
export class OutboxConsumers1764140000000 implements MigrationInterface {
  name = 'OutboxConsumers1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN done_jobs text[] NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX organization_updated_idx ON organization (updated_at)`);
    await q.query(`DROP INDEX suggestion_status_score_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX suggestion_status_score_idx ON suggestion (status, score DESC)`);
    await q.query(`DROP INDEX IF EXISTS organization_updated_idx`);
    await q.query(`ALTER TABLE outbox DROP COLUMN IF EXISTS done_jobs`);
  }
}
