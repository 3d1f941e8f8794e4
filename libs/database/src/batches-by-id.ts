import { DataSource } from 'typeorm';

/**
 * Walks a table in id order, one batch per query (keyset, not OFFSET: each batch costs the
 * same however far in). `query` takes the last id seen as $1 and the batch size as $2.
 */
export async function* batchesById<T extends { id: string }>(
  ds: DataSource,
  query: string,
  batchSize: number,
): AsyncGenerator<T[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: T[] = await ds.query(query, [after, batchSize]);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
  }
}
