import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_SUGGESTION_ORDER, SuggestionCursor, SuggestionScope } from '@app/domain';
import { SuggestionEntity } from '../entities';
import { pageSuggestions, SuggestionPage } from './suggestion-page';

/** Reads of suggestions, for an organization's partner list. */
@Injectable()
export class SuggestionQueryService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async forOrganization(
    organizationId: string,
    scope: SuggestionScope | null,
    first: number,
    after: SuggestionCursor | null,
  ): Promise<SuggestionPage> {
    const qb = this.ds
      .getRepository(SuggestionEntity)
      .createQueryBuilder('s')
      // In someone's top K now and not rejected, or accepted or introduced (a decision outlives the list).
      .where(`((s.active AND s.status <> 'REJECTED') OR s.status IN ('ACCEPTED', 'INTRODUCED'))`)
      .andWhere('(s.organization_a_id = :org OR s.organization_b_id = :org)', {
        org: organizationId,
      });
    if (scope) qb.andWhere('s.scope = :scope', { scope });
    return pageSuggestions(qb, DEFAULT_SUGGESTION_ORDER, first, after);
  }
}
