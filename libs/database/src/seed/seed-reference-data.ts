import { DataSource, EntityManager } from 'typeorm';
import type { ReferenceData } from '@app/domain';

export interface SeedCounts {
  zones: number;
  clusters: number;
  complexes: number;
  /** Rows inserted or changed by this run; 0 when the database already matched the file. */
  changed: number;
}

/**
 * Loads the reference data in one transaction. Idempotent: rows are upserted by code and a row
 * whose values already match is not touched, so a second run changes nothing.
 */
export async function seedReferenceData(
  dataSource: DataSource,
  data: ReferenceData,
): Promise<SeedCounts> {
  return dataSource.transaction(async (em) => {
    let changed = 0;
    changed += await upsert(
      em,
      'zone',
      ['code', 'name_ko', 'name_en', 'regions', 'specialisations', 'position'],
      data.zones.map((z, i) => [
        z.code,
        z.nameKo,
        z.nameEn,
        JSON.stringify(z.regions),
        JSON.stringify(z.specialisations),
        i,
      ]),
    );
    changed += await upsert(
      em,
      'cluster',
      ['code', 'zone_code', 'name_ko', 'name_en', 'hub_complex_code', 'position'],
      data.clusters.map((c, i) => [c.code, c.zone, c.nameKo, c.nameEn, c.hub, i]),
    );
    changed += await upsert(
      em,
      'complex',
      [
        'code',
        'name_ko',
        'name_en',
        'type',
        'role',
        'zone_code',
        'cluster_code',
        'city_ko',
        'city_en',
        'latitude',
        'longitude',
        'main_industries',
        'source',
        'note',
        'position',
      ],
      data.complexes.map((c, i) => [
        c.code,
        c.nameKo,
        c.nameEn,
        c.type,
        c.role,
        c.zone,
        c.cluster,
        c.cityKo,
        c.cityEn,
        c.latitude,
        c.longitude,
        JSON.stringify(c.mainIndustries),
        c.source,
        c.note ?? null,
        i,
      ]),
    );
    const [{ zones, clusters, complexes }] = await em.query(
      `SELECT (SELECT count(*)::int FROM zone) AS zones,
              (SELECT count(*)::int FROM cluster) AS clusters,
              (SELECT count(*)::int FROM complex) AS complexes`,
    );
    return { zones, clusters, complexes, changed };
  });
}

async function upsert(
  em: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<number> {
  if (rows.length === 0) return 0;
  const [key, ...rest] = columns;
  const params: unknown[] = [];
  const values = rows
    .map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`)
    .join(',\n');
  const result = await em.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}
     ON CONFLICT (${key}) DO UPDATE SET ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
     WHERE (${rest.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${rest.map((c) => `EXCLUDED.${c}`).join(', ')})
     RETURNING 1`,
    params,
  );
  return (result as unknown[]).length;
}
