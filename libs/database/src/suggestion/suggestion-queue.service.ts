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
    // Each region condition becomes "either side among these organizations", an array the
    // planner turns into index scans on both pair columns (a BitmapOr), instead of joining
    // every suggestion to its organizations' complexes and filtering after.
    const qb = this.ds
      .getRepository(SuggestionEntity)
      .createQueryBuilder('s')
      .innerJoin('organization', 'oa', 'oa.id = s.organization_a_id AND oa.deleted_at IS NULL')
      .innerJoin('organization', 'ob', 'ob.id = s.organization_b_id AND ob.deleted_at IS NULL')
      // Retired proposals are not in anyone's queue; reviewed pairs stay visible.
      .where(`(s.active OR s.status <> 'PROPOSED')`);
    if (actor.role !== UserRole.ADMIN) {
      qb.andWhere(touching('c.cluster_code = ANY(:clusters) OR c.zone_code = ANY(:zones)'), {
        clusters: actor.clusterCodes,
        zones: actor.zoneCodes,
      });
    }
    if (filter.zone) qb.andWhere(touching('c.zone_code = :zone'), { zone: filter.zone });
    if (filter.cluster)
      qb.andWhere(touching('c.cluster_code = :cluster'), { cluster: filter.cluster });
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

/** A pair with either side at a complex meeting `condition` (on complex alias `c`). */
function touching(condition: string): string {
  const ids = `ARRAY(SELECT o.id FROM organization o JOIN complex c ON c.code = o.complex_code
                      WHERE o.deleted_at IS NULL AND (${condition}))`;
  return `(s.organization_a_id = ANY(${ids}) OR s.organization_b_id = ANY(${ids}))`;
}
