import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `suggestion_a_idx (organization_a_id)` duplicated the leading column of the unique pair
 * index `(organization_a_id, organization_b_id)`, which serves every lookup by the first
 * organization as well. A full rescore into an empty table inserts every row into each index;
 * one index less is one B-tree insertion and its WAL less per row. (`suggestion_b_idx` stays:
 * nothing else leads with the second organization.)
 */
export class SuggestionPairIndexServesA1764510000000 implements MigrationInterface {
  name = 'SuggestionPairIndexServesA1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS suggestion_a_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS suggestion_a_idx ON suggestion (organization_a_id)`);
  }
}
