import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Bilingual, ComplexRole, ComplexType, ReferenceSource, ZoneCode } from '@app/domain';

@Entity('complex')
export class ComplexEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ name: 'name_ko', type: 'text' })
  nameKo!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  type!: ComplexType;

  @Column({ type: 'text' })
  role!: ComplexRole;

  @Column({ name: 'zone_code', type: 'text' })
  zoneCode!: ZoneCode;

  @Column({ name: 'cluster_code', type: 'text' })
  clusterCode!: string;

  @Column({ name: 'city_ko', type: 'text' })
  cityKo!: string;

  @Column({ name: 'city_en', type: 'text' })
  cityEn!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  @Column({ name: 'main_industries', type: 'jsonb' })
  mainIndustries!: Bilingual[];

  @Column({ type: 'text' })
  source!: ReferenceSource;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Order of the reference file, so that lists read as the plan does. */
  @Column({ type: 'int' })
  position!: number;
}
