import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `suggestion.breakdown` as `json` (kept as written) instead of `jsonb` (parsed into a binary
 * form on the way in). A full rescore writes every row's breakdown, and parsing it was the
 * largest single cost of loading a row: COPY of 200,000 rows 1.10 s with jsonb, 0.61 s with
 * json (psql, rows of a 100,000-organization rescore). Reading is the other way round —
 * the unmet-needs statistics take the matched items apart, 0.29 → 0.65 s per 400,000 rows —
 * but they read a region's pairs, while every nightly run writes all of them. Nothing
 * indexes or compares the breakdown; the API and the worker parse it whole.
 */
export class SuggestionBreakdownJson1764500000000 implements MigrationInterface {
  name = 'SuggestionBreakdownJson1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE suggestion ALTER COLUMN breakdown DROP DEFAULT`);
    await q.query(`ALTER TABLE suggestion ALTER COLUMN breakdown TYPE json USING breakdown::json`);
    await q.query(`ALTER TABLE suggestion ALTER COLUMN breakdown SET DEFAULT '{}'::json`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE suggestion ALTER COLUMN breakdown DROP DEFAULT`);
    await q.query(
      `ALTER TABLE suggestion ALTER COLUMN breakdown TYPE jsonb USING breakdown::jsonb`,
    );
    await q.query(`ALTER TABLE suggestion ALTER COLUMN breakdown SET DEFAULT '{}'::jsonb`);
  }
}
