import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { OrganizationKind, OrganizationSize } from '@app/domain';
import type { CapabilityEntity } from './capability.entity';
import type { NeedEntity } from './need.entity';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: OrganizationKind;

  @Column({ name: 'name_ko', type: 'text' })
  nameKo!: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn!: string | null;

  @Column({ name: 'complex_code', type: 'text' })
  complexCode!: string;

  @Column({ name: 'ksic_codes', type: 'text', array: true, default: () => "'{}'" })
  ksicCodes!: string[];

  @Column({ type: 'text', nullable: true })
  size!: OrganizationSize | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords!: string[];

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** 사업자등록번호, 10 digits; firms only; unique among live organizations. */
  @Column({ name: 'business_number', type: 'text', nullable: true })
  businessNumber!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @OneToMany('CapabilityEntity', 'organization')
  capabilities?: CapabilityEntity[];

  @OneToMany('NeedEntity', 'organization')
  needs?: NeedEntity[];
}
