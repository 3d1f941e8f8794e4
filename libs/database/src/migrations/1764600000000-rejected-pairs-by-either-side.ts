import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An incremental rescore reads only the rejected pairs of the organizations it looks at, not
 * every rejected pair: rejections only grow (a decision is final), and reading them all made
 * every job's cost grow with them. `suggestion_rejected_idx (a, b)` finds an organization's
 * pairs where it is the a side; this finds them where it is the b side. Both are partial: a
 * full rescore's updates change no status, so they stay HOT and write neither.
 */
export class RejectedPairsByEitherSide1764600000000 implements MigrationInterface {
  name = 'RejectedPairsByEitherSide1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX suggestion_rejected_b_idx ON suggestion (organization_b_id, organization_a_id)
        WHERE status = 'REJECTED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS suggestion_rejected_b_idx`);
  }
}
