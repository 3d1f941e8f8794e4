import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { batchesById, changeHorizon } from '@app/database';
import type { OrganizationSource } from '@app/search';

const SELECT = `
  SELECT o.id, o.kind, o.name_ko AS "nameKo", o.name_en AS "nameEn", o.description, o.keywords,
         o.ksic_codes AS "ksicCodes", o.size, o.version, o.updated_at AS "updatedAt",
         jsonb_build_object('code', c.code, 'nameKo', c.name_ko, 'nameEn', c.name_en,
           'clusterCode', c.cluster_code, 'zoneCode', c.zone_code,
           'latitude', c.latitude, 'longitude', c.longitude) AS complex,
         coalesce((SELECT jsonb_agg(jsonb_build_object('title', x.title, 'description', x.description, 'keywords', x.keywords)
                     ORDER BY x.position, x.created_at)
                     FROM capability x WHERE x.organization_id = o.id), '[]') AS capabilities,
         coalesce((SELECT jsonb_agg(jsonb_build_object('title', x.title, 'description', x.description, 'keywords', x.keywords,
                     'visibility', x.visibility) ORDER BY x.position, x.created_at)
                     FROM need x WHERE x.organization_id = o.id), '[]') AS needs
    FROM organization o JOIN complex c ON c.code = o.complex_code`;

/**
 * Reads organizations as the search index needs them: one statement for any number of ids,
 * and a keyset walk over all of them for a full rebuild.
 */
@Injectable()
export class OrganizationSourceReader {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Live organizations among `ids`; deleted and unknown ids are simply absent. */
  byIds(ids: readonly string[]): Promise<OrganizationSource[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.ds.query(`${SELECT} WHERE o.id = ANY($1::uuid[]) AND o.deleted_at IS NULL`, [ids]);
  }

  /** Every live organization, in batches, in id order. */
  all(batchSize = 1000): AsyncGenerator<OrganizationSource[]> {
    return batchesById<OrganizationSource>(
      this.ds,
      `${SELECT} WHERE o.deleted_at IS NULL AND o.id > $1 ORDER BY o.id LIMIT $2`,
      batchSize,
    );
  }

  async count(): Promise<number> {
    const [{ n }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM organization WHERE deleted_at IS NULL`,
    );
    return n;
  }

  /** Current version of each live organization among `ids`. */
  async versions(ids: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; version: number }[] = await this.ds.query(
      `SELECT id, version FROM organization WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  /** Where a catch-up after a rebuild must start reading changes (see `changeHorizon`). */
  horizon(): Promise<Date> {
    return changeHorizon(this.ds);
  }

  /**
   * Organizations changed at or after `since`, live or deleted (what a rebuild may have
   * missed; a deletion sets `updated_at` too).
   */
  async changedSince(since: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM organization WHERE updated_at >= $1`,
      [since],
    );
    return rows.map((r) => r.id);
  }
}
