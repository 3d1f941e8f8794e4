/**
 * Statements on the suggestion tables shared by the full rescore's bulk writes and the
 * incremental rescore's one transaction. `execute` is whatever runs them: the data source
 * (a statement per transaction) or a query runner inside a transaction.
 */
import { ListEnd } from './list-ends';

export type Execute = (sql: string, params: unknown[]) => Promise<unknown>;

/** The columns a row carries, in the order of its COPY line (after the id). */
export const ROW_COLUMNS = `organization_a_id, organization_b_id, score, relevance_a_to_b, relevance_b_to_a,
                 scope, breakdown, engine_version`;

/**
 * Merges rows from `source` (a table or a set-returning FROM item with `id` and ROW_COLUMNS)
 * into suggestion, with `$1` their computed_at. Scores and explanations are replaced; a
 * reviewed status is never touched. A row that already carries this computed_at is left
 * alone: within a full rescore every writer of a pair writes the same row from the same
 * snapshot, so a second writer has nothing to add (and writes no new row version).
 * Rows go in (a, b) order so that concurrent writers lock them in one order.
 */
export function mergeSuggestions(source: string): string {
  return `INSERT INTO suggestion (id, ${ROW_COLUMNS}, computed_at, active)
         SELECT id, ${ROW_COLUMNS}, $1, true FROM ${source}
          ORDER BY organization_a_id, organization_b_id
         ON CONFLICT (organization_a_id, organization_b_id) DO UPDATE SET
           score = EXCLUDED.score, relevance_a_to_b = EXCLUDED.relevance_a_to_b,
           relevance_b_to_a = EXCLUDED.relevance_b_to_a, scope = EXCLUDED.scope, breakdown = EXCLUDED.breakdown,
           engine_version = EXCLUDED.engine_version, computed_at = EXCLUDED.computed_at, active = true,
           updated_at = now()
         WHERE suggestion.computed_at IS DISTINCT FROM EXCLUDED.computed_at OR NOT suggestion.active`;
}

/**
 * Pairs of these organizations not in `keep` (`a|b` keys) are no longer suggested. Whatever
 * their status: `active` says a pair is in someone's top K now (a reviewed pair keeps its
 * status, and the API still shows an accepted one), so the stored pairs are the lists the
 * incremental path settles against; a stale reviewed row left active would count in a list
 * it is not in.
 */
export async function deactivateOthers(
  execute: Execute,
  organizationIds: string[],
  keep: Set<string>,
): Promise<void> {
  if (organizationIds.length === 0) return;
  await execute(
    `UPDATE suggestion SET active = false, updated_at = now()
      WHERE active
        AND (organization_a_id = ANY($1::uuid[]) OR organization_b_id = ANY($1::uuid[]))
        AND NOT ((organization_a_id::text || '|' || organization_b_id::text) = ANY($2::text[]))`,
    [organizationIds, [...keep]],
  );
}

/** These pairs (`a|b` keys, a < b) are no longer suggested. */
export async function deactivatePairs(execute: Execute, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await execute(
    `UPDATE suggestion s SET active = false, updated_at = now()
       FROM unnest($1::text[]) AS k(key)
      WHERE s.active
        AND s.organization_a_id = split_part(k.key, '|', 1)::uuid
        AND s.organization_b_id = split_part(k.key, '|', 2)::uuid`,
    [keys],
  );
}

/** Records where these organizations' lists end now, and forgets removed ones. */
export async function writeListEnds(
  execute: Execute,
  ends: Map<string, ListEnd>,
  removed: string[] = [],
): Promise<void> {
  if (removed.length > 0)
    await execute(`DELETE FROM match_list_end WHERE organization_id = ANY($1::uuid[])`, [removed]);
  if (ends.size === 0) return;
  await execute(
    `INSERT INTO match_list_end (organization_id, list_end, end_partner_id)
     SELECT id, e, last FROM unnest($1::uuid[], $2::float8[], $3::uuid[]) AS t(id, e, last)
       WHERE EXISTS (SELECT 1 FROM organization o WHERE o.id = t.id)
     ON CONFLICT (organization_id) DO UPDATE SET list_end = EXCLUDED.list_end,
       end_partner_id = EXCLUDED.end_partner_id, updated_at = now()`,
    [[...ends.keys()], [...ends.values()].map((e) => e.end), [...ends.values()].map((e) => e.last)],
  );
}
