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

/**
 * Writes suggestion rows. Scores and explanations are replaced; a reviewed status is never
 * touched (ACCEPTED, INTRODUCED and REJECTED survive every rescore). Rows are written in
 * (a, b) order so that concurrent writers lock them in one order and cannot deadlock.
 */
@Injectable()
export class SuggestionWriter {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

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

  /** After a full rescore: proposed pairs it did not compute are no longer suggested. */
  async deactivateNotComputedSince(since: Date): Promise<number> {
    const [, count] = (await this.ds.query(
      `UPDATE suggestion SET active = false, updated_at = now()
        WHERE active AND status = 'PROPOSED' AND computed_at < $1`,
      [since],
    )) as [unknown, number];
    return count;
  }

  /** Active pairs of an organization: the partners it is suggested with now. */
  async partnersOf(organizationId: string): Promise<string[]> {
    const rows: { partner: string }[] = await this.ds.query(
      `SELECT CASE WHEN organization_a_id = $1 THEN organization_b_id ELSE organization_a_id END AS partner
         FROM suggestion WHERE active AND (organization_a_id = $1 OR organization_b_id = $1)`,
      [organizationId],
    );
    return rows.map((r) => r.partner);
  }
}
