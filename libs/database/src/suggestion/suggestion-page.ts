import { SelectQueryBuilder } from 'typeorm';
import {
  SortDirection,
  SuggestionCursor,
  SuggestionOrder,
  SuggestionOrderField,
} from '@app/domain';
import { SuggestionEntity } from '../entities';

const SORT_COLUMNS: Record<SuggestionOrderField, { column: string; type: string }> = {
  [SuggestionOrderField.SCORE]: { column: 's.score', type: 'double precision' },
  [SuggestionOrderField.COMPUTED_AT]: { column: 's.computed_at', type: 'timestamptz' },
  [SuggestionOrderField.UPDATED_AT]: { column: 's.updated_at', type: 'timestamptz' },
};

export interface SuggestionPage {
  rows: SuggestionEntity[];
  /** Each row's keyset position, for its cursor. */
  positions: SuggestionCursor[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * One keyset page of a suggestion query (alias `s`): the count of all, then the rows after
 * `after` in `order`, ties broken by id. The sort value travels as PostgreSQL's own text so
 * that a timestamp keeps its microseconds and the next page starts exactly where this ended.
 */
export async function pageSuggestions(
  qb: SelectQueryBuilder<SuggestionEntity>,
  order: SuggestionOrder,
  first: number,
  after: SuggestionCursor | null,
): Promise<SuggestionPage> {
  const { column, type } = SORT_COLUMNS[order.field];
  // count(*) rather than getCount()'s COUNT(DISTINCT id): one row per pair already.
  const counted = await qb.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>();
  const totalCount = counted?.n ?? 0;
  if (after) {
    const beyond = order.direction === SortDirection.DESC ? '<' : '>';
    qb.andWhere(
      `(${column} ${beyond} CAST(:sortValue AS ${type}) OR (${column} = CAST(:sortValue AS ${type}) AND s.id > :sortId))`,
      { sortValue: after.value, sortId: after.id },
    );
  }
  const { entities, raw } = await qb
    .addSelect(`${column}::text`, 'sort_value')
    .orderBy(column, order.direction)
    .addOrderBy('s.id', 'ASC')
    .limit(first + 1)
    .getRawAndEntities<{ s_id: string; sort_value: string }>();
  const valueOf = new Map(raw.map((r) => [r.s_id, r.sort_value]));
  const rows = entities.slice(0, first);
  return {
    rows,
    positions: rows.map((r) => ({ value: valueOf.get(r.id)!, id: r.id })),
    totalCount,
    hasNextPage: entities.length > first,
  };
}
