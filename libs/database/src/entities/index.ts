import { AppUserEntity } from './app-user.entity';
import { CapabilityEntity } from './capability.entity';
import { ClusterEntity } from './cluster.entity';
import { ComplexEntity } from './complex.entity';
import { NeedEntity } from './need.entity';
import { NotificationEntity } from './notification.entity';
import { OrganizationEntity } from './organization.entity';
import { OutboxEntity } from './outbox.entity';
import { ReviewEventEntity } from './review-event.entity';
import { SuggestionEntity } from './suggestion.entity';
import { ZoneEntity } from './zone.entity';

export {
  AppUserEntity,
  CapabilityEntity,
  ClusterEntity,
  ComplexEntity,
  NeedEntity,
  NotificationEntity,
  OrganizationEntity,
  OutboxEntity,
  ReviewEventEntity,
  SuggestionEntity,
  ZoneEntity,
};

export const ENTITIES = [
  ZoneEntity,
  ClusterEntity,
  ComplexEntity,
  OrganizationEntity,
  CapabilityEntity,
  NeedEntity,
  SuggestionEntity,
  ReviewEventEntity,
  AppUserEntity,
  OutboxEntity,
  NotificationEntity,
];
