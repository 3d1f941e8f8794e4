import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ZoneCode } from '@app/domain';
import type { ZoneEntity } from './zone.entity';

/** A hub-and-spoke cluster: one hub complex and its linked complexes, inside one zone. */
@Entity('cluster')
export class ClusterEntity {
  /** Equal to the code of its hub complex. */
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ name: 'zone_code', type: 'text' })
  zoneCode!: ZoneCode;

  @ManyToOne('ZoneEntity', 'clusters')
  @JoinColumn({ name: 'zone_code' })
  zone?: ZoneEntity;

  @Column({ name: 'name_ko', type: 'text' })
  nameKo!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'hub_complex_code', type: 'text' })
  hubComplexCode!: string;

  @Column({ type: 'int' })
  position!: number;
}
