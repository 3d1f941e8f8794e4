import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind, NotificationStatus } from '@app/domain';

/** A message to one person, as written before sending and updated once sent. */
@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  /** What caused it (e.g. `introduction:<review event id>`); one message per event and recipient. */
  @Column({ name: 'event_key', type: 'text' })
  eventKey!: string;

  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId!: string | null;

  /** The recipient's organization. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ name: 'recipient_email', type: 'text' })
  recipientEmail!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The sender that carried it: LOG or SMTP. */
  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'text', default: 'PENDING' })
  status!: NotificationStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'provider_message_id', type: 'text', nullable: true })
  providerMessageId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
