import { Logger } from '@nestjs/common';
import { NotificationSender, OutgoingMessage } from './notification-sender';

/** The default: the message goes to the log (and, as always, to the notification table). */
export class LogNotificationSender implements NotificationSender {
  readonly channel = 'LOG' as const;
  private readonly logger = new Logger('Notifications');

  send(message: OutgoingMessage): Promise<{ messageId: null }> {
    this.logger.log(`to ${message.to}: ${message.subject}\n${message.body}`);
    return Promise.resolve({ messageId: null });
  }
}
