import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import type { Bilingual, ZoneCode } from '@app/domain';
import type { ClusterEntity } from './cluster.entity';

@Entity('zone')
export class ZoneEntity {
  @PrimaryColumn({ type: 'text' })
  code!: ZoneCode;

  @Column({ name: 'name_ko', type: 'text' })
  nameKo!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'jsonb' })
  regions!: Bilingual[];

  @Column({ type: 'jsonb' })
  specialisations!: Bilingual[];

  @Column({ type: 'int' })
  position!: number;

  @OneToMany('ClusterEntity', 'zone')
  clusters?: ClusterEntity[];
}
