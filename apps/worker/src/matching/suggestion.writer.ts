import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { refreshStatistics } from '@app/database';
import { DataSource } from 'typeorm';
import { compare, type PairRow } from './pair-rows';
import { ListEnd } from './list-ends';
import { mergeSuggestions, ROW_COLUMNS, writeListEnds } from './suggestion-sql';
import { ID_LENGTH, writeTimeOrderedId } from './time-ordered-id';

/** pg_advisory_lock key of incremental rescoring ('sugg' in ASCII). */
export const INCREMENTAL_LOCK = 0x73756767;

/**
 * Rows per transaction. A transaction holds the locks of the rows it wrote until it commits,
 * and another worker writing one of them (a pair in both sides' top K) waits that long.
 */
const CHUNK = 20000;

/** Rows retired per statement after a full rescore. */
const RETIRE_BATCH = 10000;

/**
 * Writes suggestion rows in bulk (a full rescore's), reads the stored pairs, and holds the
 * lock incremental rescores take turns with. Scores and explanations are replaced; a
 * reviewed status is never touched (ACCEPTED, INTRODUCED and REJECTED survive every rescore).
 *
 * Each chunk is streamed with COPY into a temporary table (no WAL, no indexes, no per-value
 * array parsing) and merged with one INSERT … ON CONFLICT (`mergeSuggestions`).
 */
@Injectable()
export class SuggestionWriter {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Runs `work` while holding a cluster-wide lock (a PostgreSQL advisory lock on a connection
   * of its own), so that incremental rescores, in any worker, happen one after another.
   */
  async exclusively<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock($1)`, [INCREMENTAL_LOCK]);
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [INCREMENTAL_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  async upsert(rows: PairRow[], computedAt: Date): Promise<void> {
    const sorted = uniquePairs(rows);
    if (sorted.length === 0) return;
    const runner = this.ds.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      for (let i = 0; i < sorted.length; i += CHUNK) {
        await this.writeChunk(client, sorted.slice(i, i + CHUNK), computedAt);
      }
    } finally {
      await runner.release();
    }
  }

  private async writeChunk(client: PoolClient, chunk: PairRow[], computedAt: Date): Promise<void> {
    await client.query('BEGIN');
    try {
      // Suggestions are derived data a rescore rebuilds: not waiting for the WAL flush of
      // each chunk is a fair trade for write speed (a crash loses at most the last moments).
      await client.query(`SET LOCAL synchronous_commit TO OFF`);
      await client.query(
        `CREATE TEMPORARY TABLE suggestion_load (
           id uuid, organization_a_id uuid, organization_b_id uuid, score float8, relevance_a_to_b float8,
           relevance_b_to_a float8, scope text, breakdown json, engine_version text
         ) ON COMMIT DROP`,
      );
      await pipeline(
        Readable.from(copyLines(chunk)),
        client.query(copyFrom(`COPY suggestion_load (id, ${ROW_COLUMNS}) FROM STDIN`)),
      );
      await client.query(mergeSuggestions('suggestion_load'), [computedAt]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /**
   * After a full rescore: pairs it did not compute are no longer suggested.
   *
   * Nothing indexes `computed_at` (an index on it would make every rescore's update of a row
   * write index entries instead of a HOT update), so this reads the whole table, at the very
   * end of the run with nothing else to do. An UPDATE scans on one backend (1.8 s at 1.7 M
   * rows right after a run); a SELECT may scan in parallel (0.25–1.2 s, the first scan after
   * a run also setting hint bits), and the few rows it finds are updated by id, their
   * conditions checked again in case one was written meanwhile.
   */
  async deactivateNotComputedSince(since: Date): Promise<number> {
    const stale: { id: string }[] = await this.ds.query(
      `SELECT id FROM suggestion WHERE active AND computed_at < $1`,
      [since],
    );
    let count = 0;
    for (let i = 0; i < stale.length; i += RETIRE_BATCH) {
      const ids = stale.slice(i, i + RETIRE_BATCH).map((r) => r.id);
      const [, n] = (await this.ds.query(
        `UPDATE suggestion SET active = false, updated_at = now()
          WHERE id = ANY($1::uuid[]) AND active AND computed_at < $2`,
        [ids, since],
      )) as [unknown, number];
      count += n;
    }
    return count;
  }

  /**
   * The active partners of each of these organizations, with the pair's score. A pair rejected
   * since it was last scored is in no list (the engine excludes it) though still active until
   * the rescore its rejection asks for: it is left out.
   */
  async activePartners(organizationIds: string[]): Promise<Map<string, Map<string, number>>> {
    const partners = new Map<string, Map<string, number>>(
      organizationIds.map((id) => [id, new Map()]),
    );
    if (organizationIds.length === 0) return partners;
    // A few dozen organizations' pairs lie on hundreds of heap pages: the two sides are read
    // on two connections at once, so two backends share the page reads (one query with
    // UNION ALL reads them one after the other).
    type Row = { a: string; b: string; score: number };
    const [asA, asB] = await Promise.all([
      this.ds.query<Row[]>(
        `SELECT organization_a_id AS a, organization_b_id AS b, score FROM suggestion
          WHERE active AND status <> 'REJECTED' AND organization_a_id = ANY($1::uuid[])`,
        [organizationIds],
      ),
      this.ds.query<Row[]>(
        `SELECT organization_a_id AS a, organization_b_id AS b, score FROM suggestion
          WHERE active AND status <> 'REJECTED' AND organization_b_id = ANY($1::uuid[])
            AND NOT organization_a_id = ANY($1::uuid[])`,
        [organizationIds],
      ),
    ]);
    for (const { a, b, score } of [...asA, ...asB]) {
      partners.get(a)?.set(b, score);
      partners.get(b)?.set(a, score);
    }
    return partners;
  }

  async refreshStatistics(): Promise<void> {
    await refreshStatistics(this.ds, ['suggestion']);
  }

  /** Records where these organizations' lists end now (see `writeListEnds`). */
  async setListEnds(ends: Map<string, ListEnd>): Promise<void> {
    await writeListEnds((sql, params) => this.ds.query(sql, params), ends);
  }
}

/**
 * The rows in (a, b) order, one per pair: the last given wins (a full rescore gives a pair
 * found from both sides twice, the same row). Sorted stably and deduplicated by neighbours:
 * a key string per row, as a Map would need, was a million short-lived strings per worker.
 */
export function uniquePairs(rows: readonly PairRow[]): PairRow[] {
  const sorted = [...rows].sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
  let n = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const row = sorted[i]!;
    if (n > 0 && sorted[n - 1]!.a === row.a && sorted[n - 1]!.b === row.b) sorted[n - 1] = row;
    else sorted[n++] = row;
  }
  sorted.length = n;
  return sorted;
}

/**
 * The rows' COPY lines, each after a new time-ordered id (a row that exists keeps its own), in
 * batches of lines (fewer, larger stream chunks).
 */
export function* copyLines(rows: readonly PairRow[], perChunk = 500): Generator<Buffer> {
  for (let i = 0; i < rows.length; i += perChunk) {
    const end = Math.min(i + perChunk, rows.length);
    let bytes = 0;
    for (let j = i; j < end; j += 1) bytes += ID_LENGTH + 1 + rows[j]!.line.length;
    const chunk = Buffer.allocUnsafe(bytes);
    const now = Date.now();
    let at = 0;
    for (let j = i; j < end; j += 1) {
      at = writeTimeOrderedId(chunk, at, now);
      chunk[at++] = 0x09;
      chunk.set(rows[j]!.line, at);
      at += rows[j]!.line.length;
    }
    yield chunk;
  }
}
