import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row may feed several jobs (the search index and the matching engine). Each job
 * records itself in `done_jobs`; the row is processed when every job it was routed to is.
 * Also: an index for the matching worker's "what changed since" reads.
 */
export class OutboxConsumers1764140000000 implements MigrationInterface {
  name = 'OutboxConsumers1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN done_jobs text[] NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX organization_updated_idx ON organization (updated_at)`);
    await q.query(
      `CREATE INDEX suggestion_active_idx ON suggestion (computed_at) WHERE active AND status = 'PROPOSED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS suggestion_active_idx`);
    await q.query(`DROP INDEX IF EXISTS organization_updated_idx`);
    await q.query(`ALTER TABLE outbox DROP COLUMN IF EXISTS done_jobs`);
  }
}
