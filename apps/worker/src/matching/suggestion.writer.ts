import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface PairRow {
  a: string;
  b: string;
  score: number;
  relevanceAToB: number;
  relevanceBToA: number;
  scope: string;
  breakdown: unknown;
  engineVersion: string;
}

const CHUNK = 5000;
/** pg_advisory_lock key of incremental rescoring ('sugg' in ASCII). */
const INCREMENTAL_LOCK = 0x73756767;

/**
 * Writes suggestion rows. Scores and explanations are replaced; a reviewed status is never
 * touched (ACCEPTED, INTRODUCED and REJECTED survive every rescore). Rows are written in
 * (a, b) order so that concurrent writers lock them in one order and cannot deadlock.
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
    const sorted = [...new Map(rows.map((r) => [`${r.a}|${r.b}`, r])).values()].sort((x, y) =>
      x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1,
    );
    for (let i = 0; i < sorted.length; i += CHUNK) {
      const chunk = sorted.slice(i, i + CHUNK);
      await this.ds.transaction(async (em) => {
        // Suggestions are derived data a rescore rebuilds: not waiting for the WAL flush of
        // each chunk is a fair trade for write speed (a crash loses at most the last moments).
        await em.query(`SET LOCAL synchronous_commit TO OFF`);
        await em.query(
          `INSERT INTO suggestion (organization_a_id, organization_b_id, score, relevance_a_to_b, relevance_b_to_a,
                                 scope, breakdown, engine_version, computed_at, active)
         SELECT a, b, score, rab, rba, scope, breakdown, version, $9, true
           FROM unnest($1::uuid[], $2::uuid[], $3::float8[], $4::float8[], $5::float8[], $6::text[], $7::jsonb[], $8::text[])
                AS r(a, b, score, rab, rba, scope, breakdown, version)
         ON CONFLICT (organization_a_id, organization_b_id) DO UPDATE SET
           score = EXCLUDED.score, relevance_a_to_b = EXCLUDED.relevance_a_to_b,
           relevance_b_to_a = EXCLUDED.relevance_b_to_a, scope = EXCLUDED.scope, breakdown = EXCLUDED.breakdown,
           engine_version = EXCLUDED.engine_version, computed_at = EXCLUDED.computed_at, active = true,
           updated_at = now()`,
          [
            chunk.map((r) => r.a),
            chunk.map((r) => r.b),
            chunk.map((r) => r.score),
            chunk.map((r) => r.relevanceAToB),
            chunk.map((r) => r.relevanceBToA),
            chunk.map((r) => r.scope),
            chunk.map((r) => JSON.stringify(r.breakdown)),
            chunk.map((r) => r.engineVersion),
            computedAt,
          ],
        );
      });
    }
  }

  /** Proposed pairs of these organizations not in `keep` are no longer suggested. */
  async deactivateOthers(organizationIds: string[], keep: Set<string>): Promise<void> {
    if (organizationIds.length === 0) return;
    await this.ds.query(
      `UPDATE suggestion SET active = false, updated_at = now()
        WHERE active AND status = 'PROPOSED'
          AND (organization_a_id = ANY($1::uuid[]) OR organization_b_id = ANY($1::uuid[]))
          AND NOT ((organization_a_id::text || '|' || organization_b_id::text) = ANY($2::text[]))`,
      [organizationIds, [...keep]],
    );
  }

  /** These proposed pairs (`a|b` keys, a < b) are no longer suggested. */
  async deactivatePairs(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.ds.query(
      `UPDATE suggestion s SET active = false, updated_at = now()
         FROM unnest($1::text[]) AS k(key)
        WHERE s.active AND s.status = 'PROPOSED'
          AND s.organization_a_id = split_part(k.key, '|', 1)::uuid
          AND s.organization_b_id = split_part(k.key, '|', 2)::uuid`,
      [keys],
    );
  }

  /** After a full rescore: proposed pairs it did not compute are no longer suggested. */
  async deactivateNotComputedSince(since: Date): Promise<number> {
    const [, count] = (await this.ds.query(
      `UPDATE suggestion SET active = false, updated_at = now()
        WHERE active AND status = 'PROPOSED' AND computed_at < $1`,
      [since],
    )) as [unknown, number];
    return count;
  }

  /** The active partners of each of these organizations, with the pair's score. */
  async activePartners(organizationIds: string[]): Promise<Map<string, Map<string, number>>> {
    const partners = new Map<string, Map<string, number>>(
      organizationIds.map((id) => [id, new Map()]),
    );
    if (organizationIds.length === 0) return partners;
    const rows: { a: string; b: string; score: number }[] = await this.ds.query(
      `SELECT organization_a_id AS a, organization_b_id AS b, score FROM suggestion
        WHERE active AND organization_a_id = ANY($1::uuid[])
       UNION ALL
       SELECT organization_a_id, organization_b_id, score FROM suggestion
        WHERE active AND organization_b_id = ANY($1::uuid[]) AND NOT organization_a_id = ANY($1::uuid[])`,
      [organizationIds],
    );
    for (const { a, b, score } of rows) {
      partners.get(a)?.set(b, score);
      partners.get(b)?.set(a, score);
    }
    return partners;
  }

  /** The lowest score of any suggested pair; null while nothing is suggested. */
  async lowestActiveScore(): Promise<number | null> {
    const [{ low }] = (await this.ds.query(
      `SELECT min(score)::float8 AS low FROM suggestion WHERE active`,
    )) as [{ low: number | null }];
    return low;
  }
}
