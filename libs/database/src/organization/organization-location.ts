import { EntityManager } from 'typeorm';
import { BadUserInputError, Location } from '@app/domain';

/** The cluster and zone of a complex, or a BAD_USER_INPUT naming the field when there is none. */
export async function locationOfComplex(
  em: EntityManager,
  complexCode: string,
  path: string,
): Promise<Location> {
  const rows: Location[] = await em.query(
    `SELECT cluster_code AS "clusterCode", zone_code AS "zoneCode" FROM complex WHERE code = $1`,
    [complexCode],
  );
  if (rows.length === 0) {
    throw new BadUserInputError([
      {
        path,
        reason: `no complex has the code ${JSON.stringify(complexCode)}; see the complexes query`,
      },
    ]);
  }
  return rows[0];
}

/** Complex code → location for many codes at once (bulk import). */
export async function locationsOfComplexes(
  em: EntityManager,
  codes: string[],
): Promise<Map<string, Location>> {
  const rows: (Location & { code: string })[] = await em.query(
    `SELECT code, cluster_code AS "clusterCode", zone_code AS "zoneCode" FROM complex WHERE code = ANY($1)`,
    [codes],
  );
  return new Map(rows.map(({ code, ...location }) => [code, location]));
}
