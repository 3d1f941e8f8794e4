import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { OrganizationKind, ZoneCode } from '@app/domain';
import { CapabilityEntity, NeedEntity, OrganizationEntity } from '../entities';

export interface OrganizationFilter {
  zone?: ZoneCode;
  cluster?: string;
  complex?: string;
  kind?: OrganizationKind;
  /** A KSIC code or prefix: '25' finds every code of division 25. */
  ksic?: string;
}

/** Keyset position in the organization list, which is ordered by Korean name, then id. */
export interface OrganizationCursor {
  nameKo: string;
  id: string;
}

/** Reads of organizations and their items, for the API's lists and DataLoaders. */
@Injectable()
export class OrganizationQueryService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async page(
    filter: OrganizationFilter,
    first: number,
    after: OrganizationCursor | null,
  ): Promise<{ rows: OrganizationEntity[]; totalCount: number; hasNextPage: boolean }> {
    const qb = this.ds
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .where('o.deleted_at IS NULL');
    if (filter.zone || filter.cluster) {
      qb.innerJoin('complex', 'c', 'c.code = o.complex_code');
      if (filter.zone) qb.andWhere('c.zone_code = :zone', { zone: filter.zone });
      if (filter.cluster) qb.andWhere('c.cluster_code = :cluster', { cluster: filter.cluster });
    }
    if (filter.complex) qb.andWhere('o.complex_code = :complex', { complex: filter.complex });
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.ksic) {
      qb.andWhere(`EXISTS (SELECT 1 FROM unnest(o.ksic_codes) k WHERE k LIKE :ksic)`, {
        ksic: `${filter.ksic}%`,
      });
    }
    const totalCount = await qb.getCount();
    if (after) {
      qb.andWhere('(o.name_ko, o.id) > (:nameKo, :id::uuid)', after);
    }
    const rows = await qb
      .orderBy('o.name_ko', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return { rows: rows.slice(0, first), totalCount, hasNextPage: rows.length > first };
  }

  byIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.ds.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
  }

  capabilitiesByIds(ids: readonly string[]): Promise<CapabilityEntity[]> {
    return this.ds.getRepository(CapabilityEntity).findBy({ id: In([...ids]) });
  }

  needsByIds(ids: readonly string[]): Promise<NeedEntity[]> {
    return this.ds.getRepository(NeedEntity).findBy({ id: In([...ids]) });
  }

  capabilitiesOf(organizationIds: readonly string[]): Promise<CapabilityEntity[]> {
    return this.ds.getRepository(CapabilityEntity).find({
      where: { organizationId: In([...organizationIds]) },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }

  needsOf(organizationIds: readonly string[]): Promise<NeedEntity[]> {
    return this.ds.getRepository(NeedEntity).find({
      where: { organizationId: In([...organizationIds]) },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }
}
