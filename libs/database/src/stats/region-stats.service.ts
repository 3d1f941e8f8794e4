import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganizationKind, SuggestionScope, SuggestionStatus, ZoneCode } from '@app/domain';

/** A cluster (hub and its linked complexes) or a whole zone. */
export type Region = { cluster: string } | { zone: ZoneCode };

export interface RegionOverview {
  organizationsByKind: Record<OrganizationKind, number>;
  needs: number;
  /** Pairs touching the region that a coordinator would see: live proposals and reviewed pairs. */
  suggestionsByStatus: Record<SuggestionStatus, number>;
  suggestionsByScope: Record<SuggestionScope, number>;
}

export interface UnmetNeedRow {
  needId: string;
  organizationId: string;
}

export interface NeedPartnerRow {
  needId: string;
  partnerId: string;
  suggestionId: string;
  score: number;
  similarity: number;
}

/**
 * Pairs a coordinator counts: a live proposal, or any reviewed pair but a rejected one (a
 * rejected pair meets no need). Alias `s`.
 */
const COUNTED_PAIR = `s.status <> 'REJECTED' AND (s.active OR s.status <> 'PROPOSED')`;

/**
 * Each stored matched item as (need, its organization, the partner answering it):
 * breakdown.m holds [needId, capabilityId, 0 = A needs B | 1 = B needs A, similarity].
 */
const MATCHED_NEEDS = `
  CROSS JOIN LATERAL json_array_elements(s.breakdown->'m') AS m
  CROSS JOIN LATERAL (SELECT
      (m->>0)::uuid AS need_id,
      CASE WHEN m->>2 = '0' THEN s.organization_a_id ELSE s.organization_b_id END AS owner_id,
      CASE WHEN m->>2 = '0' THEN s.organization_b_id ELSE s.organization_a_id END AS partner_id,
      (m->>3)::float8 AS similarity) AS item`;

/**
 * Statistics of a region for its coordinators: who is there, what the engine suggested and
 * what became of it, and which needs nobody inside the region answers.
 */
@Injectable()
export class RegionStatsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async overview(region: Region): Promise<RegionOverview> {
    const [where, key] = regionFilter(region);
    const kinds = (await this.ds.query(
      `SELECT o.kind, count(*)::int AS n FROM organization o JOIN complex c ON c.code = o.complex_code
        WHERE o.deleted_at IS NULL AND ${where} GROUP BY o.kind`,
      [key],
    )) as { kind: OrganizationKind; n: number }[];
    const [{ needs }] = (await this.ds.query(
      `SELECT count(*)::int AS needs FROM need n JOIN organization o ON o.id = n.organization_id
         JOIN complex c ON c.code = o.complex_code WHERE o.deleted_at IS NULL AND ${where}`,
      [key],
    )) as [{ needs: number }];
    // Pairs with a side in the region, each once: found from the a side, then from the b side
    // where a is outside. Joins on a materialized set rather than `= ANY(array)`: a zone holds
    // tens of thousands of organizations, and an array that size is searched row by row.
    const pairs = (await this.ds.query(
      `WITH region AS MATERIALIZED (${regionOrganizations(where)}),
       touching AS (
         SELECT s.status, s.scope, s.organization_a_id AS a, s.organization_b_id AS b
           FROM region r JOIN suggestion s ON s.organization_a_id = r.id
          WHERE (s.active OR s.status <> 'PROPOSED')
         UNION ALL
         SELECT s.status, s.scope, s.organization_a_id, s.organization_b_id
           FROM region r JOIN suggestion s ON s.organization_b_id = r.id
          WHERE (s.active OR s.status <> 'PROPOSED')
            AND NOT EXISTS (SELECT 1 FROM region x WHERE x.id = s.organization_a_id)
       )
       SELECT t.status, t.scope, count(*)::int AS n FROM touching t
         JOIN organization oa ON oa.id = t.a AND oa.deleted_at IS NULL
         JOIN organization ob ON ob.id = t.b AND ob.deleted_at IS NULL
        GROUP BY t.status, t.scope`,
      [key],
    )) as { status: SuggestionStatus; scope: SuggestionScope; n: number }[];

    const organizationsByKind = zeroes(OrganizationKind);
    for (const k of kinds) organizationsByKind[k.kind] = k.n;
    const suggestionsByStatus = zeroes(SuggestionStatus);
    const suggestionsByScope = zeroes(SuggestionScope);
    for (const p of pairs) {
      suggestionsByStatus[p.status] += p.n;
      suggestionsByScope[p.scope] += p.n;
    }
    return { organizationsByKind, needs, suggestionsByStatus, suggestionsByScope };
  }

  /**
   * Needs of the region's organizations that no pair inside the region answers: no counted
   * suggestion between the need's organization and a partner of the same region scores at
   * least `threshold` with this need among its matched items. One page by need id.
   */
  async unmetNeeds(
    region: Region,
    threshold: number,
    first: number,
    after: string | null,
  ): Promise<{ rows: UnmetNeedRow[]; totalCount: number; hasNextPage: boolean }> {
    const [where, key] = regionFilter(region);
    // Pairs inside the region: found from the a side, b checked against the same set.
    const unmet = `
      WITH region AS MATERIALIZED (${regionOrganizations(where)}),
      answered AS (
        SELECT DISTINCT item.need_id FROM region ra
          JOIN suggestion s ON s.organization_a_id = ra.id
          ${MATCHED_NEEDS}
         WHERE s.score >= $2 AND ${COUNTED_PAIR}
           AND EXISTS (SELECT 1 FROM region rb WHERE rb.id = s.organization_b_id)
      )
      SELECT n.id AS "needId", n.organization_id AS "organizationId"
        FROM region r JOIN need n ON n.organization_id = r.id
       WHERE NOT EXISTS (SELECT 1 FROM answered a WHERE a.need_id = n.id)`;
    // One pass for the count and the page: the unmet list is ids only, thousands at most.
    const all = (await this.ds.query(`${unmet} ORDER BY n.id`, [key, threshold])) as UnmetNeedRow[];
    const start = after === null ? 0 : all.findIndex((r) => r.needId > after);
    const rows = start < 0 ? [] : all.slice(start, start + first + 1);
    return { rows: rows.slice(0, first), totalCount: all.length, hasNextPage: rows.length > first };
  }

  /**
   * The best partners in other zones (초광역) that the engine matched to each of these needs,
   * by how well they answer the need, then by the pair's score.
   */
  async crossZonePartners(needIds: readonly string[], perNeed: number): Promise<NeedPartnerRow[]> {
    return (await this.ds.query(
      `SELECT "needId", "partnerId", "suggestionId", score, similarity FROM (
         SELECT item.need_id AS "needId", item.partner_id AS "partnerId", s.id AS "suggestionId",
                s.score, item.similarity,
                row_number() OVER (PARTITION BY item.need_id
                                   ORDER BY item.similarity DESC, s.score DESC, s.id) AS rank
           FROM need n
           JOIN LATERAL (
             SELECT * FROM suggestion WHERE organization_a_id = n.organization_id
             UNION ALL
             SELECT * FROM suggestion WHERE organization_b_id = n.organization_id
           ) s ON true
           ${MATCHED_NEEDS}
           JOIN organization p ON p.id = item.partner_id AND p.deleted_at IS NULL
          WHERE n.id = ANY($1::uuid[]) AND item.need_id = n.id AND item.owner_id = n.organization_id
            AND s.scope = 'CROSS_ZONE' AND ${COUNTED_PAIR}
       ) ranked WHERE rank <= $2 ORDER BY "needId", rank`,
      [[...needIds], perNeed],
    )) as NeedPartnerRow[];
  }
}

function regionFilter(region: Region): [string, string] {
  return 'cluster' in region
    ? ['c.cluster_code = $1', region.cluster]
    : ['c.zone_code = $1', region.zone];
}

/** The region's live organizations (alias `id`). */
function regionOrganizations(where: string): string {
  return `SELECT o.id FROM organization o JOIN complex c ON c.code = o.complex_code
           WHERE o.deleted_at IS NULL AND ${where}`;
}

function zeroes<E extends string>(values: Record<string, E>): Record<E, number> {
  return Object.fromEntries(Object.values(values).map((v) => [v, 0])) as Record<E, number>;
}
