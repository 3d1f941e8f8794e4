/** A message for one person. */
export interface OutgoingMessage {
  to: string;
  subject: string;
  body: string;
}

/**
 * Carries messages out of the platform. The worker records every message in the
 * notification table whatever the sender; the sender only delivers. Throwing means "not
 * delivered, try again later".
 */
export interface NotificationSender {
  /** Recorded on each notification row: which way it went. */
  readonly channel: 'LOG' | 'SMTP';
  send(message: OutgoingMessage): Promise<{ messageId: string | null }>;
}

export const NOTIFICATION_SENDER = Symbol('NotificationSender');
