import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { copyFields } from './copy-text-writer';
import type { ListEnd } from './list-ends';
import type { PairRow } from './pair-rows';
import {
  deactivateOthers,
  deactivatePairs,
  Execute,
  mergeSuggestions,
  writeListEnds,
} from './suggestion-sql';
import { uniquePairs } from './suggestion.writer';
import { timeOrderedId } from './time-ordered-id';

/** What one incremental rescore settled, to be written at once. */
export interface SettledLists {
  /** Rows of the changed organizations' lists and of every list they entered. */
  rows: PairRow[];
  computedAt: Date;
  /** The changed organizations: their pairs not in `keep` are no longer suggested. */
  changed: string[];
  keep: Set<string>;
  /** Pairs (`a|b`) pushed out of a list that the other side's list does not hold either. */
  retire: string[];
  /** Where each list computed now ends; `removed`: organizations whose list is gone. */
  ends: Map<string, ListEnd>;
  removed: string[];
}

/** The rows as statement parameters: one array per column, for `unnest`. */
const UNNEST = `unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::float8[], $6::float8[], $7::float8[],
                 $8::text[], $9::json[], $10::text[])
         AS s(id, organization_a_id, organization_b_id, score, relevance_a_to_b, relevance_b_to_a,
              scope, breakdown, engine_version)`;

/**
 * Writes an incremental rescore's outcome in one transaction: the rows, the pairs retired and
 * the list ends stand or fall together, so a failure half-way leaves the stored lists as they
 * were for the job's retry to settle again (one statement at a time, a failure in between
 * left new rows beside pairs that should have been retired).
 *
 * It is cheaper too: one commit to wait for instead of four, and the few dozen rows go as
 * array parameters of one statement (a COPY stream needs a temporary table, created and
 * dropped in the catalog each time, and four more round trips).
 */
@Injectable()
export class IncrementalWriter {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async write(settled: SettledLists): Promise<void> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    const execute: Execute = (sql, params) => runner.query(sql, params);
    try {
      await runner.startTransaction();
      await upsertRows(execute, settled.rows, settled.computedAt);
      await deactivateOthers(execute, settled.changed, settled.keep);
      await deactivatePairs(execute, settled.retire);
      await writeListEnds(execute, settled.ends, settled.removed);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

async function upsertRows(execute: Execute, rows: PairRow[], computedAt: Date): Promise<void> {
  const sorted = uniquePairs(rows);
  if (sorted.length === 0) return;
  const columns: string[][] = Array.from({ length: 9 }, () => []);
  const now = Date.now();
  for (const row of sorted) {
    columns[0]!.push(timeOrderedId(now));
    copyFields(row.line).forEach((value, i) => columns[i + 1]!.push(value));
  }
  await execute(mergeSuggestions(UNNEST), [computedAt, ...columns]);
}
