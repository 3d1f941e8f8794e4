import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertOrganizations, OrganizationRow } from '../../organization/insert-organizations';
import { ORGANIZATION_TABLES, refreshStatistics } from '../../refresh-statistics';
import { DemoComplex, generateOrganizationsIter } from './generate-organizations';

const BATCH = 1000;

/** A stable UUID (v5 layout) from a name, so the same seed always yields the same ids. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(name).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export interface DemoSeedResult {
  inserted: number;
  total: number;
}

/**
 * Inserts `count` generated organizations with their capabilities and needs. Ids derive from
 * the seed and the position, so running it again inserts nothing new and a larger count
 * only adds the difference.
 */
export async function seedDemoOrganizations(
  ds: DataSource,
  opts: { count: number; seed: number },
): Promise<DemoSeedResult> {
  const complexes: DemoComplex[] = await ds.query(
    `SELECT code, zone_code AS zone, role, name_ko AS "nameKo", city_ko AS "cityKo", city_en AS "cityEn",
            main_industries AS "mainIndustries"
       FROM complex ORDER BY position`,
  );
  if (complexes.length === 0) throw new Error('no complexes: seed the reference data first');

  let inserted = 0;
  let batch: OrganizationRow[] = [];
  let index = 0;
  const flush = async () => {
    const rows = batch;
    batch = [];
    inserted += (await ds.transaction((em) => insertOrganizations(em, rows))).size;
  };
  for (const org of generateOrganizationsIter({ count: opts.count, seed: opts.seed, complexes })) {
    const key = `demo:${opts.seed}:${index}`;
    batch.push({
      ...org,
      id: stableUuid(key),
      capabilityIds: org.capabilities.map((_, i) => stableUuid(`${key}:c${i}`)),
      needIds: org.needs.map((_, i) => stableUuid(`${key}:n${i}`)),
    });
    index += 1;
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  if (inserted > 0) await refreshStatistics(ds, ORGANIZATION_TABLES);
  const [{ total }] = await ds.query(
    `SELECT count(*)::int AS total FROM organization WHERE deleted_at IS NULL`,
  );
  return { inserted, total };
}
