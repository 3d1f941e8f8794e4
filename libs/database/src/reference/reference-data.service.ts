import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ComplexRole, ComplexType, ZoneCode } from '@app/domain';
import { ClusterEntity, ComplexEntity, ZoneEntity } from '../entities';
import { clusterCodesLargestFirst } from './clusters-largest-first';

export interface ComplexFilter {
  zone?: ZoneCode;
  cluster?: string;
  role?: ComplexRole;
  type?: ComplexType;
}

/** Reads of the program's reference data: zones, clusters and complexes. */
@Injectable()
export class ReferenceDataService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  zones(): Promise<ZoneEntity[]> {
    return this.ds.getRepository(ZoneEntity).find({ order: { position: 'ASC' } });
  }

  clusters(zone?: ZoneCode): Promise<ClusterEntity[]> {
    return this.ds
      .getRepository(ClusterEntity)
      .find({ where: zone ? { zoneCode: zone } : {}, order: { position: 'ASC' } });
  }

  /** Every cluster code, the most organizations first: the order a full rescore takes them. */
  clusterCodesLargestFirst(): Promise<string[]> {
    return clusterCodesLargestFirst(this.ds);
  }

  /** One page of complexes in plan order, after the given position. */
  async complexes(
    filter: ComplexFilter,
    first: number,
    afterPosition: number | null,
  ): Promise<{ rows: ComplexEntity[]; totalCount: number; hasNextPage: boolean }> {
    const qb = this.ds.getRepository(ComplexEntity).createQueryBuilder('c');
    if (filter.zone) qb.andWhere('c.zone_code = :zone', { zone: filter.zone });
    if (filter.cluster) qb.andWhere('c.cluster_code = :cluster', { cluster: filter.cluster });
    if (filter.role) qb.andWhere('c.role = :role', { role: filter.role });
    if (filter.type) qb.andWhere('c.type = :type', { type: filter.type });
    const totalCount = await qb.getCount();
    if (afterPosition !== null) qb.andWhere('c.position > :after', { after: afterPosition });
    const rows = await qb
      .orderBy('c.position', 'ASC')
      .take(first + 1)
      .getMany();
    return { rows: rows.slice(0, first), totalCount, hasNextPage: rows.length > first };
  }

  zonesByCodes(codes: readonly string[]): Promise<ZoneEntity[]> {
    return this.ds.getRepository(ZoneEntity).findBy({ code: In([...codes]) as never });
  }

  clustersByCodes(codes: readonly string[]): Promise<ClusterEntity[]> {
    return this.ds.getRepository(ClusterEntity).findBy({ code: In([...codes]) });
  }

  complexesByCodes(codes: readonly string[]): Promise<ComplexEntity[]> {
    return this.ds.getRepository(ComplexEntity).findBy({ code: In([...codes]) });
  }

  clustersByZones(zones: readonly string[]): Promise<ClusterEntity[]> {
    return this.ds
      .getRepository(ClusterEntity)
      .find({ where: { zoneCode: In([...zones]) as never }, order: { position: 'ASC' } });
  }

  complexesByClusters(clusters: readonly string[]): Promise<ComplexEntity[]> {
    return this.ds
      .getRepository(ComplexEntity)
      .find({ where: { clusterCode: In([...clusters]) }, order: { position: 'ASC' } });
  }
}
