import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { NeedVisibility } from '@app/domain';
import type { OrganizationEntity } from './organization.entity';
import { ProfileItemColumns } from './profile-item.columns';

@Entity('need')
export class NeedEntity extends ProfileItemColumns {
  /** COORDINATORS: a confidential technology gap, shown only to the organization and its coordinators. */
  @Column({ type: 'text', default: 'PUBLIC' })
  visibility!: NeedVisibility;

  @ManyToOne('OrganizationEntity', 'needs', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
