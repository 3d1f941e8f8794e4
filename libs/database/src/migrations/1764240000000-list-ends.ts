import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each organization's top-K list ends (its K-th partner's score; 0 while it holds fewer
 * than K), written with the list. An incremental rescore reads it to find the lists a change
 * enters, instead of reading every stored pair of every neighbour.
 */
export class ListEnds1764240000000 implements MigrationInterface {
  name = 'ListEnds1764240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_list_end (
        organization_id uuid PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
        list_end double precision NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX match_list_end_idx ON match_list_end (list_end)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS match_list_end`);
  }
}
