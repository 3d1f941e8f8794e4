import { EntityManager } from 'typeorm';
import { OutboxPayloads, OutboxTopic } from '@app/domain';

/**
 * Appends outbox rows inside the caller's transaction: the change and its announcement
 * commit together or not at all.
 */
export async function writeOutbox<T extends OutboxTopic>(
  em: EntityManager,
  topic: T,
  payloads: OutboxPayloads[T][],
  requestId: string | null = null,
): Promise<void> {
  if (payloads.length === 0) return;
  await em.query(
    `INSERT INTO outbox (topic, payload, request_id)
     SELECT $1, p, $3 FROM jsonb_array_elements($2::jsonb) AS p`,
    [topic, JSON.stringify(payloads), requestId],
  );
}
