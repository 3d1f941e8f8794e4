import { DataSource } from 'typeorm';

/**
 * Cluster codes, the most live organizations first (then plan order). A full rescore's
 * children are taken in the order given: the big clusters go first so that the run does not
 * end with one worker busy on a big cluster while the others have nothing left.
 */
export async function clusterCodesLargestFirst(ds: DataSource): Promise<string[]> {
  const rows: { code: string }[] = await ds.query(
    `SELECT cl.code FROM cluster cl
       LEFT JOIN complex c ON c.cluster_code = cl.code
       LEFT JOIN organization o ON o.complex_code = c.code AND o.deleted_at IS NULL
      GROUP BY cl.code, cl.position
      ORDER BY count(o.id) DESC, cl.position`,
  );
  return rows.map((r) => r.code);
}
