/**
 * Topics of the transactional outbox and their payloads. Payloads carry ids only: the job
 * that handles a row re-reads the current state, so a late or repeated row does no harm.
 */
export const OUTBOX_TOPICS = {
  ORGANIZATION_CHANGED: 'organization.changed',
  ORGANIZATION_DELETED: 'organization.deleted',
  SUGGESTION_INTRODUCED: 'suggestion.introduced',
  /** One row per side of a rejected pair: its list loses a partner and takes the next. */
  SUGGESTION_REJECTED: 'suggestion.rejected',
} as const;

export type OutboxTopic = (typeof OUTBOX_TOPICS)[keyof typeof OUTBOX_TOPICS];

export interface OutboxPayloads {
  [OUTBOX_TOPICS.ORGANIZATION_CHANGED]: { organizationId: string };
  [OUTBOX_TOPICS.ORGANIZATION_DELETED]: { organizationId: string };
  [OUTBOX_TOPICS.SUGGESTION_INTRODUCED]: { suggestionId: string; reviewEventId: string };
  [OUTBOX_TOPICS.SUGGESTION_REJECTED]: { organizationId: string };
}
