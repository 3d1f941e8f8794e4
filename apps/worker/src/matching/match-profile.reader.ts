import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { changeHorizon, clusterCodesLargestFirst } from '@app/database';
import { JOBS, OUTBOX_ROUTES } from '@app/jobs';
import type { MatchCapability, MatchNeed, MatchProfile } from '@app/matching';
import type { ListEnd } from './list-ends';

const SELECT = `
  SELECT o.id, o.kind, c.zone_code AS zone, c.cluster_code AS cluster, c.code AS complex,
         c.latitude AS lat, c.longitude AS lng, o.ksic_codes AS "ksicCodes", o.keywords,
         o.name_ko AS "nameKo", o.description,
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'title', x.title, 'description', x.description,
                     'keywords', x.keywords) ORDER BY x.position, x.created_at)
                     FROM capability x WHERE x.organization_id = o.id), '[]') AS capabilities,
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'title', x.title, 'description', x.description,
                     'keywords', x.keywords, 'visibility', x.visibility) ORDER BY x.position, x.created_at)
                     FROM need x WHERE x.organization_id = o.id), '[]') AS needs
    FROM organization o JOIN complex c ON c.code = o.complex_code`;

/** Outbox topics a `score-organization` job settles. */
const SCORED_TOPICS = Object.entries(OUTBOX_ROUTES)
  .filter(([, jobs]) => jobs.includes(JOBS.SCORE_ORGANIZATION))
  .map(([topic]) => topic);

/** What the engine reads of an organization besides its texts. */
const SELECT_PLACES = `
  SELECT o.id, o.version, o.kind, c.zone_code AS zone, c.cluster_code AS cluster,
         c.code AS complex, c.latitude AS lat, c.longitude AS lng, o.ksic_codes AS "ksicCodes"
    FROM organization o JOIN complex c ON c.code = o.complex_code
   WHERE o.deleted_at IS NULL`;

/**
 * Reads organizations as the matching engine sees them: every need, confidential ones too
 * (the engine may use them; what a person is shown is decided by the API).
 */
@Injectable()
export class MatchProfileReader {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Every live organization, in id order, in one snapshot. `analysed(id, version)` says which
   * versions the caller has analysed already: those come without their texts
   * (`textsOmitted`), the others with them. The texts are read with three flat scans
   * (organizations, capabilities, needs) joined here, restricted to the organizations that
   * need them unless that is most of them: at 100,000 organizations that is about 5× cheaper
   * for PostgreSQL than one query with an aggregating subquery per organization and item kind.
   */
  async all(
    analysed: (id: string, version: number) => boolean = () => false,
  ): Promise<MatchProfile[]> {
    return this.ds.transaction('REPEATABLE READ', async (em) => {
      await em.query(`SET TRANSACTION READ ONLY`);
      const profiles: MatchProfile[] = await em.query(`${SELECT_PLACES} ORDER BY o.id`);
      const byId = new Map<string, MatchProfile>();
      for (const p of profiles) {
        p.keywords = [];
        p.capabilities = [];
        p.needs = [];
        if (analysed(p.id, p.version!)) p.textsOmitted = true;
        else byId.set(p.id, p);
      }
      if (byId.size === 0) return profiles;
      // Most of them (a worker's first build): whole tables are cheaper than an id list.
      const some = byId.size < profiles.length / 2;
      const only = (column: string) => (some ? `WHERE ${column} = ANY($1::uuid[])` : '');
      const params = some ? [[...byId.keys()]] : [];
      const texts: { id: string; keywords: string[]; description: string | null }[] =
        await em.query(`SELECT id, keywords, description FROM organization ${only('id')}`, params);
      for (const { id, keywords, description } of texts) {
        const p = byId.get(id);
        if (!p) continue;
        p.keywords = keywords;
        if (description !== null) p.description = description;
      }
      const capabilities: (MatchCapability & { organizationId: string })[] = await em.query(
        `SELECT organization_id AS "organizationId", id, title, description, keywords
           FROM capability ${only('organization_id')} ORDER BY organization_id, position, created_at`,
        params,
      );
      for (const { organizationId, ...item } of capabilities)
        byId.get(organizationId)?.capabilities.push(item);
      const needs: (MatchNeed & { organizationId: string })[] = await em.query(
        `SELECT organization_id AS "organizationId", id, title, description, keywords, visibility
           FROM need ${only('organization_id')} ORDER BY organization_id, position, created_at`,
        params,
      );
      for (const { organizationId, ...item } of needs) byId.get(organizationId)?.needs.push(item);
      return profiles;
    });
  }

  byIds(ids: readonly string[]): Promise<MatchProfile[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.ds.query(
      `${SELECT} WHERE o.deleted_at IS NULL AND o.id = ANY($1::uuid[]) ORDER BY o.id`,
      [ids],
    );
  }

  /** Where the next catch-up must start reading changes (see `changeHorizon`); read it first. */
  horizon(): Promise<Date> {
    return changeHorizon(this.ds);
  }

  /**
   * Organizations (live or deleted) changed at or after `since`, with their versions. A
   * deletion sets `updated_at` too, so the index on it answers.
   */
  changedSince(since: Date): Promise<{ id: string; version: number }[]> {
    return this.ds.query(`SELECT id, version FROM organization WHERE updated_at >= $1`, [since]);
  }

  /**
   * Organizations with a change or a review that no `score-organization` job has settled yet:
   * the open outbox rows routed to that job.
   */
  async unsettledOrganizations(): Promise<Set<string>> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT DISTINCT payload->>'organizationId' AS id FROM outbox
        WHERE processed_at IS NULL AND topic = ANY($1::text[]) AND NOT ($2 = ANY(done_jobs))`,
      [SCORED_TOPICS, JOBS.SCORE_ORGANIZATION],
    );
    return new Set(rows.map((r) => r.id).filter(Boolean));
  }

  /** Whether any organization (live or deleted) changed at or after `since`. */
  async anyChangedSince(since: Date): Promise<boolean> {
    const [{ any }] = await this.ds.query(
      `SELECT EXISTS (SELECT 1 FROM organization WHERE updated_at >= $1) AS any`,
      [since],
    );
    return any as boolean;
  }

  /**
   * Where recorded top-K lists end (`match_list_end`): all of them, or those written at or
   * after `since`.
   */
  async listEnds(since?: Date): Promise<({ id: string } & ListEnd)[]> {
    return this.ds.query(
      `SELECT organization_id AS id, list_end AS "end", end_partner_id AS last FROM match_list_end
        WHERE $1::timestamptz IS NULL OR updated_at >= $1`,
      [since ?? null],
    );
  }

  /** Live organizations of a cluster, in id order. */
  async idsInCluster(cluster: string): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT o.id FROM organization o JOIN complex c ON c.code = o.complex_code
        WHERE c.cluster_code = $1 AND o.deleted_at IS NULL ORDER BY o.id`,
      [cluster],
    );
    return rows.map((r) => r.id);
  }

  /** Every cluster code, the most organizations first (the order a full rescore takes them). */
  clusterCodes(): Promise<string[]> {
    return clusterCodesLargestFirst(this.ds);
  }

  /**
   * The rejected pairs with one of these organizations on either side (two partial indexes,
   * one per side): what an incremental rescore needs of them, however many there are in all.
   */
  async rejectedPairsOf(organizationIds: string[]): Promise<{ a: string; b: string }[]> {
    if (organizationIds.length === 0) return [];
    return this.ds.query(
      `SELECT organization_a_id AS a, organization_b_id AS b FROM suggestion
        WHERE status = 'REJECTED'
          AND (organization_a_id = ANY($1::uuid[]) OR organization_b_id = ANY($1::uuid[]))`,
      [organizationIds],
    );
  }

  /** Pairs that must never be suggested again (a coordinator rejected them). */
  rejectedPairs(): Promise<{ a: string; b: string }[]> {
    return this.ds.query(
      `SELECT organization_a_id AS a, organization_b_id AS b FROM suggestion WHERE status = 'REJECTED'`,
    );
  }
}

/** The key of an unordered pair, as suggestions store it (a < b). */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}
