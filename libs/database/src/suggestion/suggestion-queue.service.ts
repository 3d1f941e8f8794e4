import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Actor,
  SuggestionCursor,
  SuggestionOrder,
  SuggestionScope,
  SuggestionStatus,
  UserRole,
  ZoneCode,
} from '@app/domain';
import { SuggestionEntity } from '../entities';
import { pageSuggestions, SuggestionPage } from './suggestion-page';

export interface SuggestionQueueFilter {
  zone?: ZoneCode;
  cluster?: string;
  status?: SuggestionStatus;
  scope?: SuggestionScope;
  minScore?: number;
  organization?: string;
}

/**
 * The review queue: suggestions a coordinator may see (a pair touching its clusters or zones;
 * an administrator sees all), filtered, in the order asked for (best first by default).
 */
@Injectable()
export class SuggestionQueueService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async page(
    actor: Actor,
    filter: SuggestionQueueFilter,
    order: SuggestionOrder,
    first: number,
    after: SuggestionCursor | null,
  ): Promise<SuggestionPage> {
    const qb = this.ds
      .getRepository(SuggestionEntity)
      .createQueryBuilder('s')
      .innerJoin('organization', 'oa', 'oa.id = s.organization_a_id')
      .innerJoin('organization', 'ob', 'ob.id = s.organization_b_id')
      .innerJoin('complex', 'ca', 'ca.code = oa.complex_code')
      .innerJoin('complex', 'cb', 'cb.code = ob.complex_code')
      .where('oa.deleted_at IS NULL AND ob.deleted_at IS NULL')
      // Retired proposals are not in anyone's queue; reviewed pairs stay visible.
      .andWhere(`(s.active OR s.status <> 'PROPOSED')`);
    if (actor.role !== UserRole.ADMIN) {
      qb.andWhere(
        `(ca.cluster_code = ANY(:clusters) OR cb.cluster_code = ANY(:clusters) OR ca.zone_code = ANY(:zones) OR cb.zone_code = ANY(:zones))`,
        { clusters: actor.clusterCodes, zones: actor.zoneCodes },
      );
    }
    if (filter.zone)
      qb.andWhere('(ca.zone_code = :zone OR cb.zone_code = :zone)', { zone: filter.zone });
    if (filter.cluster) {
      qb.andWhere('(ca.cluster_code = :cluster OR cb.cluster_code = :cluster)', {
        cluster: filter.cluster,
      });
    }
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.scope) qb.andWhere('s.scope = :scope', { scope: filter.scope });
    if (filter.minScore !== undefined)
      qb.andWhere('s.score >= :minScore', { minScore: filter.minScore });
    if (filter.organization) {
      qb.andWhere('(s.organization_a_id = :org OR s.organization_b_id = :org)', {
        org: filter.organization,
      });
    }
    return pageSuggestions(qb, order, first, after);
  }
}
