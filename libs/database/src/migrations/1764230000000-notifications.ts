import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications to people: one row per message and recipient, written by the worker before
 * it hands the message to the configured sender and marked SENT after. The unique key on
 * (event, recipient) makes a retried job send only what has not gone out yet.
 */
export class Notifications1764230000000 implements MigrationInterface {
  name = 'Notifications1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('INTRODUCTION')),
        event_key text NOT NULL,
        suggestion_id uuid REFERENCES suggestion(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        recipient_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        recipient_email text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        channel text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        provider_message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT notification_once UNIQUE (event_key, recipient_email)
      )`);
    await q.query(
      `CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, id DESC)`,
    );
    await q.query(`CREATE INDEX notification_suggestion_idx ON notification (suggestion_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification`);
  }
}
