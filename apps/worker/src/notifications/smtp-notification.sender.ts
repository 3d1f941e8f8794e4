import { OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { NotificationSender, OutgoingMessage } from './notification-sender';

/** Sends through a mail server (NOTIFICATION_TRANSPORT=smtp, SMTP_URL). */
export class SmtpNotificationSender implements NotificationSender, OnApplicationShutdown {
  readonly channel = 'SMTP' as const;
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    // Bounded waits: a mail server that hangs must fail the job (it is retried), not block it.
    this.transport = createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(message: OutgoingMessage): Promise<{ messageId: string | null }> {
    const info = (await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.body,
    })) as { messageId?: string };
    return { messageId: info.messageId ?? null };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
