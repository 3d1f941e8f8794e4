import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `suggestion` is derived data that a full rescore rewrites (1.7 M rows at national scale),
 * and its two foreign keys to `organization` were a third of PostgreSQL's cost of writing a
 * row (400,000 rows with the four indexes: 3.7 s, with the keys as well: 6.3 s): every
 * inserted row looked up and share-locked both organizations. Rows only ever name
 * organizations the worker has just read, and organizations are deleted softly, so the keys
 * checked nothing in practice; what they did do — take a hard-deleted or truncated
 * organization's pairs with it — statement-level triggers now do, once per statement.
 */
export class SuggestionWithoutForeignKeys1764330000000 implements MigrationInterface {
  name = 'SuggestionWithoutForeignKeys1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE suggestion
      DROP CONSTRAINT suggestion_organization_a_id_fkey,
      DROP CONSTRAINT suggestion_organization_b_id_fkey`);
    await q.query(`
      CREATE FUNCTION suggestion_forget_deleted_organizations() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM suggestion WHERE organization_a_id IN (SELECT id FROM gone);
        DELETE FROM suggestion WHERE organization_b_id IN (SELECT id FROM gone);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organization_deleted_forget_suggestions
      AFTER DELETE ON organization REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION suggestion_forget_deleted_organizations()`);
    await q.query(`
      CREATE FUNCTION suggestion_forget_all_organizations() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM suggestion;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organization_truncated_forget_suggestions
      AFTER TRUNCATE ON organization
      FOR EACH STATEMENT EXECUTE FUNCTION suggestion_forget_all_organizations()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TRIGGER IF EXISTS organization_truncated_forget_suggestions ON organization`,
    );
    await q.query(`DROP TRIGGER IF EXISTS organization_deleted_forget_suggestions ON organization`);
    await q.query(`DROP FUNCTION IF EXISTS suggestion_forget_all_organizations()`);
    await q.query(`DROP FUNCTION IF EXISTS suggestion_forget_deleted_organizations()`);
    await q.query(`ALTER TABLE suggestion
      ADD CONSTRAINT suggestion_organization_a_id_fkey
        FOREIGN KEY (organization_a_id) REFERENCES organization(id) ON DELETE CASCADE,
      ADD CONSTRAINT suggestion_organization_b_id_fkey
        FOREIGN KEY (organization_b_id) REFERENCES organization(id) ON DELETE CASCADE`);
  }
}
