import { OUTBOX_TOPICS, OutboxTopic } from '@app/domain';
import { JobName, JOBS } from './queues';

/** Which job an outbox topic becomes. */
export const OUTBOX_ROUTES: Record<OutboxTopic, JobName> = {
  [OUTBOX_TOPICS.ORGANIZATION_CHANGED]: JOBS.INDEX_ORGANIZATION,
  [OUTBOX_TOPICS.ORGANIZATION_DELETED]: JOBS.REMOVE_ORGANIZATION,
};
