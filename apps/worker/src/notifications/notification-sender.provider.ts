import { Provider } from '@nestjs/common';
import { Environment, NotificationTransport } from '@app/config';
import { LogNotificationSender } from './log-notification.sender';
import { NOTIFICATION_SENDER, NotificationSender } from './notification-sender';
import { SmtpNotificationSender } from './smtp-notification.sender';

/** The sender NOTIFICATION_TRANSPORT names: the log by default, a mail server by choice. */
export const notificationSenderProvider: Provider = {
  provide: NOTIFICATION_SENDER,
  inject: [Environment],
  useFactory: (env: Environment): NotificationSender =>
    env.NOTIFICATION_TRANSPORT === NotificationTransport.SMTP
      ? new SmtpNotificationSender(env.SMTP_URL, env.NOTIFICATION_FROM)
      : new LogNotificationSender(),
};
