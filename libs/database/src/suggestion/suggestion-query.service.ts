import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { SuggestionScope } from '@app/domain';
import { SuggestionEntity } from '../entities';

/** Keyset position in a suggestion list ordered by score (high first), then id. */
export interface SuggestionCursor {
  score: number;
  id: string;
}

/** One page of a suggestion query, best first: the count of all, then the rows after `after`. */
export async function pageByScore(
  qb: SelectQueryBuilder<SuggestionEntity>,
  first: number,
  after: SuggestionCursor | null,
): Promise<{ rows: SuggestionEntity[]; totalCount: number; hasNextPage: boolean }> {
  const totalCount = await qb.getCount();
  if (after) {
    qb.andWhere('(s.score < :score OR (s.score = :score AND s.id > :id))', {
      score: after.score,
      id: after.id,
    });
  }
  const rows = await qb
    .orderBy('s.score', 'DESC')
    .addOrderBy('s.id', 'ASC')
    .limit(first + 1)
    .getMany();
  return { rows: rows.slice(0, first), totalCount, hasNextPage: rows.length > first };
}

/** Reads of suggestions, for an organization's partner list. */
@Injectable()
export class SuggestionQueryService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async forOrganization(
    organizationId: string,
    scope: SuggestionScope | null,
    first: number,
    after: SuggestionCursor | null,
  ): Promise<{ rows: SuggestionEntity[]; totalCount: number; hasNextPage: boolean }> {
    const qb = this.ds
      .getRepository(SuggestionEntity)
      .createQueryBuilder('s')
      .where('s.active')
      .andWhere(`s.status <> 'REJECTED'`)
      .andWhere('(s.organization_a_id = :org OR s.organization_b_id = :org)', {
        org: organizationId,
      });
    if (scope) qb.andWhere('s.scope = :scope', { scope });
    return pageByScore(qb, first, after);
  }
}
