import { Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { OrganizationEntity } from './organization.entity';
import { ProfileItemColumns } from './profile-item.columns';

@Entity('capability')
export class CapabilityEntity extends ProfileItemColumns {
  @ManyToOne('OrganizationEntity', 'capabilities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
