import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { SuggestionScope, SuggestionStatus } from '@app/domain';

/** One row per unordered pair (organization_a_id < organization_b_id). */
@Entity('suggestion')
export class SuggestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_a_id', type: 'uuid' })
  organizationAId!: string;

  @Column({ name: 'organization_b_id', type: 'uuid' })
  organizationBId!: string;

  @Column({ type: 'double precision' })
  score!: number;

  /** How well B answers A's needs. */
  @Column({ name: 'relevance_a_to_b', type: 'double precision' })
  relevanceAToB!: number;

  /** How well A answers B's needs. */
  @Column({ name: 'relevance_b_to_a', type: 'double precision' })
  relevanceBToA!: number;

  @Column({ type: 'text' })
  scope!: SuggestionScope;

  @Column({ type: 'text', default: 'PROPOSED' })
  status!: SuggestionStatus;

  /** `json`, not `jsonb`: written by every rescore, taken apart by few readers (migration 1764500000000). */
  @Column({ type: 'json', default: () => "'{}'" })
  breakdown!: Record<string, unknown>;

  @Column({ name: 'engine_version', type: 'text' })
  engineVersion!: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;

  /** False once a rescore no longer puts the pair in either side's top K (reviewed rows stay). */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
