import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What every incremental rescore looks up, by index. Workers keep every recorded list end in
 * memory and catch up on those written since their last look, so `match_list_end` is read by
 * `updated_at`; nothing reads it by `list_end` any more (the lowest end bounded the search
 * this replaced). Rejected pairs are read by each rescore to exclude them: a few rows among a
 * million and more, which without an index cost a parallel scan of the whole table.
 */
export class IncrementalLookups1764320000000 implements MigrationInterface {
  name = 'IncrementalLookups1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS match_list_end_idx`);
    await q.query(`CREATE INDEX match_list_end_updated_idx ON match_list_end (updated_at)`);
    await q.query(
      `CREATE INDEX suggestion_rejected_idx ON suggestion (organization_a_id, organization_b_id)
        WHERE status = 'REJECTED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS suggestion_rejected_idx`);
    await q.query(`DROP INDEX IF EXISTS match_list_end_updated_idx`);
    await q.query(`CREATE INDEX match_list_end_idx ON match_list_end (list_end)`);
  }
}
