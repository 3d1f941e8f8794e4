import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  checkReviewText,
  ConflictError,
  coordinatorCovers,
  ForbiddenError,
  Location,
  nextStatus,
  NotFoundError,
  OUTBOX_TOPICS,
  requireActor,
  ReviewDecision,
  SuggestionStatus,
  UserRole,
} from '@app/domain';
import { ReviewEventEntity, SuggestionEntity } from '../entities';
import { writeOutbox } from '../outbox/outbox.writer';

/** Decisions on suggestions: one state machine, optimistic locking, an audit row per decision. */
@Injectable()
export class SuggestionReviewService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async review(
    id: string,
    decision: ReviewDecision,
    text: { reason?: string | null; note?: string | null },
    expectedVersion: number,
    actor: Actor | null,
    requestId: string | null = null,
  ): Promise<SuggestionEntity> {
    const reviewer = requireActor(actor);
    const { reason, note } = checkReviewText(decision, text.reason, text.note);
    return this.ds.transaction(async (em) => {
      const suggestion = await this.locked(em, id);
      await this.assertMayReview(em, reviewer, suggestion);
      if (suggestion.version !== expectedVersion) {
        throw new ConflictError(
          `suggestion ${id} is at version ${suggestion.version}, not ${expectedVersion}: someone decided on it since you read it`,
          { currentVersion: suggestion.version, expectedVersion, status: suggestion.status },
        );
      }
      const to = nextStatus(suggestion.status, decision);
      await em.query(
        `UPDATE suggestion SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, to],
      );
      const event = await em.getRepository(ReviewEventEntity).insert({
        suggestionId: id,
        actorUserId: reviewer.userId,
        decision,
        fromStatus: suggestion.status,
        toStatus: to,
        reason,
        note,
      });
      if (to === SuggestionStatus.REJECTED) {
        // Both sides' lists lose a partner: each is rescored and takes its next best.
        await writeOutbox(
          em,
          OUTBOX_TOPICS.SUGGESTION_REJECTED,
          [
            { organizationId: suggestion.organizationAId },
            { organizationId: suggestion.organizationBId },
          ],
          requestId,
        );
      }
      if (to === SuggestionStatus.INTRODUCED) {
        // The introduction and the message announcing it commit together; the worker sends it.
        const reviewEventId = String((event.identifiers[0] as { id: string | number }).id);
        await writeOutbox(
          em,
          OUTBOX_TOPICS.SUGGESTION_INTRODUCED,
          [{ suggestionId: id, reviewEventId }],
          requestId,
        );
      }
      return (await em.getRepository(SuggestionEntity).findOneBy({ id }))!;
    });
  }

  history(suggestionIds: readonly string[]): Promise<ReviewEventEntity[]> {
    return this.ds
      .getRepository(ReviewEventEntity)
      .createQueryBuilder('e')
      .where('e.suggestion_id = ANY(:ids)', { ids: [...suggestionIds] })
      .orderBy('e.id', 'ASC')
      .getMany();
  }

  /** Where the two sides of a pair sit. */
  async locations(em: EntityManager, s: SuggestionEntity): Promise<Location[]> {
    return em.query(
      `SELECT c.cluster_code AS "clusterCode", c.zone_code AS "zoneCode"
         FROM organization o JOIN complex c ON c.code = o.complex_code WHERE o.id = ANY($1::uuid[])`,
      [[s.organizationAId, s.organizationBId]],
    );
  }

  private async assertMayReview(
    em: EntityManager,
    actor: Actor,
    s: SuggestionEntity,
  ): Promise<void> {
    if (actor.role === UserRole.ADMIN) return;
    if (actor.role === UserRole.COORDINATOR) {
      const locations = await this.locations(em, s);
      if (locations.some((l) => coordinatorCovers(actor, l))) return;
      throw new ForbiddenError(`suggestion ${s.id} touches no cluster of your scope`);
    }
    throw new ForbiddenError('only coordinators and administrators review suggestions');
  }

  private async locked(em: EntityManager, id: string): Promise<SuggestionEntity> {
    const s = /^[0-9a-f-]{36}$/i.test(id)
      ? await em
          .getRepository(SuggestionEntity)
          .createQueryBuilder('s')
          .setLock('pessimistic_write')
          .where('s.id = :id', { id })
          .getOne()
      : null;
    if (!s) throw new NotFoundError('suggestion', id);
    return s;
  }
}
