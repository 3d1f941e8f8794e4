import { DataSource } from 'typeorm';

/**
 * The earliest time a change not yet visible could still carry: the start of the oldest
 * transaction running now, or now. A row's `updated_at` is its transaction's start
 * (`now()`), so a transaction that began before a reader's clock reading and commits after
 * its read writes a time the reader already passed; catching up with "changed at or after
 * the horizon" instead of "after my last read" sees it. Rows committed since are read twice,
 * which every catch-up here tolerates (it applies the row's current state).
 *
 * `pg_stat_activity` shows another role's sessions without their `xact_start` unless this
 * role has `pg_read_all_stats`: API and worker share one role here; a deployment that writes
 * organizations under another role grants it, or that role's late commits can be missed.
 */
export async function changeHorizon(ds: DataSource): Promise<Date> {
  const [{ at }] = (await ds.query(
    `SELECT least(now(), (SELECT min(xact_start) FROM pg_stat_activity
                           WHERE datname = current_database() AND xact_start IS NOT NULL)) AS at`,
  )) as [{ at: Date }];
  return at;
}
