import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SuggestionStatus } from '@app/domain';

/** The audit trail: one row per decision on a suggestion, never updated. */
@Entity('review_event')
export class ReviewEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'suggestion_id', type: 'uuid' })
  suggestionId!: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text' })
  decision!: string;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus!: SuggestionStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: SuggestionStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
