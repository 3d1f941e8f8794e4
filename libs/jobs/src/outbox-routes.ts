import { OUTBOX_TOPICS, OutboxTopic } from '@app/domain';
import { JobName, JOBS } from './queues';

/** Which jobs an outbox topic becomes; the row is processed when all of them have finished. */
export const OUTBOX_ROUTES: Record<OutboxTopic, readonly JobName[]> = {
  [OUTBOX_TOPICS.ORGANIZATION_CHANGED]: [JOBS.INDEX_ORGANIZATION, JOBS.SCORE_ORGANIZATION],
  [OUTBOX_TOPICS.ORGANIZATION_DELETED]: [JOBS.REMOVE_ORGANIZATION, JOBS.SCORE_ORGANIZATION],
  [OUTBOX_TOPICS.SUGGESTION_INTRODUCED]: [JOBS.NOTIFY_INTRODUCTION],
  [OUTBOX_TOPICS.SUGGESTION_REJECTED]: [JOBS.SCORE_ORGANIZATION],
};
