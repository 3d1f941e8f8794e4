import type { DataSource } from 'typeorm';

/** Tables a bulk load of organizations changes. */
export const ORGANIZATION_TABLES = ['organization', 'capability', 'need'] as const;

/**
 * Refreshes the planner's statistics after a bulk write. Autovacuum would get there in
 * time, but until it does a table just filled with thousands of rows still looks empty to
 * the planner, which then picks nested loops over it (a review-queue page took 1.2 s instead
 * of milliseconds right after a seed). ANALYZE samples, so it is cheap even at national scale.
 */
export async function refreshStatistics(ds: DataSource, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
    await ds.query(`ANALYZE ${table}`);
  }
}
