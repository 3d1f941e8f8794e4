import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationKind } from '@app/domain';
import { NotificationSender } from './notification-sender';
import { PlannedNotification } from './introduction.reader';

export interface DeliveryReport {
  sent: number;
  alreadySent: number;
  failed: { email: string; error: string }[];
}

/**
 * The notification table: messages are written before they are sent and marked once sent,
 * so a retry sends only what has not gone out, and the table is the record of what did.
 */
@Injectable()
export class NotificationStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async record(
    kind: NotificationKind,
    eventKey: string,
    planned: PlannedNotification[],
    channel: string,
  ): Promise<void> {
    if (planned.length === 0) return;
    await this.ds.query(
      `INSERT INTO notification
         (kind, event_key, suggestion_id, organization_id, recipient_user_id, recipient_email, subject, body, channel)
       SELECT $1, $2, p."suggestionId", p."organizationId", p."recipientUserId", p."recipientEmail",
              p.subject, p.body, $4
         FROM jsonb_to_recordset($3::jsonb) AS p("suggestionId" uuid, "organizationId" uuid,
              "recipientUserId" uuid, "recipientEmail" text, subject text, body text)
       ON CONFLICT (event_key, recipient_email) DO NOTHING`,
      [kind, eventKey, JSON.stringify(planned), channel],
    );
  }

  /**
   * Sends every message of the event not sent yet. Each is sent while its row is locked
   * (SKIP LOCKED), so two runs of one job cannot both send it.
   */
  async deliver(eventKey: string, sender: NotificationSender): Promise<DeliveryReport> {
    const rows = (await this.ds.query(
      `SELECT id, status FROM notification WHERE event_key = $1 ORDER BY id`,
      [eventKey],
    )) as { id: string; status: string }[];
    const report: DeliveryReport = { sent: 0, alreadySent: 0, failed: [] };
    for (const { id, status } of rows) {
      if (status === 'SENT') {
        report.alreadySent += 1;
        continue;
      }
      await this.ds.transaction(async (em) => {
        const [row] = (await em.query(
          `SELECT recipient_email, subject, body FROM notification
            WHERE id = $1 AND status <> 'SENT' FOR UPDATE SKIP LOCKED`,
          [id],
        )) as { recipient_email: string; subject: string; body: string }[];
        if (!row) return;
        try {
          const { messageId } = await sender.send({
            to: row.recipient_email,
            subject: row.subject,
            body: row.body,
          });
          await em.query(
            `UPDATE notification SET status = 'SENT', sent_at = now(), attempts = attempts + 1,
                    channel = $2, provider_message_id = $3, last_error = NULL WHERE id = $1`,
            [id, sender.channel, messageId],
          );
          report.sent += 1;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await em.query(
            `UPDATE notification SET status = 'FAILED', attempts = attempts + 1, channel = $2,
                    last_error = $3 WHERE id = $1`,
            [id, sender.channel, message.slice(0, 2000)],
          );
          report.failed.push({ email: row.recipient_email, error: message });
        }
      });
    }
    return report;
  }
}
