import { EntityManager } from 'typeorm';
import type { NormalizedOrganization } from '@app/domain';

export interface OrganizationRow extends NormalizedOrganization {
  id: string;
  /** Ids for the capabilities and needs, in order; random ones where absent. */
  capabilityIds?: string[];
  needIds?: string[];
}

/**
 * Inserts many organizations with their capabilities and needs in three statements, whatever
 * the number of rows (bulk import, demo data). Rows whose id exists already are skipped, and
 * so are their items. Returns the ids inserted.
 */
export async function insertOrganizations(
  em: EntityManager,
  rows: OrganizationRow[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted: { id: string }[] = await em.query(
    `INSERT INTO organization (id, kind, name_ko, name_en, complex_code, ksic_codes, size, description, keywords, website, business_number)
     SELECT id, kind, name_ko, name_en, complex_code, ksic_codes, size, description, keywords, website, business_number
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, name_ko text, name_en text, complex_code text,
            ksic_codes text[], size text, description text, keywords text[], website text, business_number text)
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    [
      JSON.stringify(
        rows.map((o) => ({
          id: o.id,
          kind: o.kind,
          name_ko: o.nameKo,
          name_en: o.nameEn,
          complex_code: o.complexCode,
          ksic_codes: o.ksicCodes,
          size: o.size,
          description: o.description,
          keywords: o.keywords,
          website: o.website,
          business_number: o.businessNumber,
        })),
      ),
    ],
  );
  const fresh = new Set(inserted.map((r) => r.id));
  const capabilities: object[] = [];
  const needs: object[] = [];
  for (const o of rows) {
    if (!fresh.has(o.id)) continue;
    o.capabilities.forEach((c, position) =>
      capabilities.push({
        id: o.capabilityIds?.[position] ?? null,
        organization_id: o.id,
        position,
        ...c,
      }),
    );
    o.needs.forEach((n, position) =>
      needs.push({ id: o.needIds?.[position] ?? null, organization_id: o.id, position, ...n }),
    );
  }
  await insertItems(em, 'capability', capabilities);
  await insertItems(em, 'need', needs);
  return fresh;
}

async function insertItems(
  em: EntityManager,
  table: 'capability' | 'need',
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  const visibility = table === 'need';
  await em.query(
    `INSERT INTO ${table} (id, organization_id, title, description, keywords, position${visibility ? ', visibility' : ''})
     SELECT coalesce(id, gen_random_uuid()), organization_id, title, description, keywords, position${visibility ? ', visibility' : ''}
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, organization_id uuid, title text, description text,
            keywords text[], position int${visibility ? ', visibility text' : ''})
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}
