import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { Job } from 'bullmq';
import { NotificationKind } from '@app/domain';
import { JobPayloads, JOBS, QUEUES } from '@app/jobs';
import { DispatchingProcessor } from '../jobs/dispatching-processor';
import { JobHandler } from '../jobs/job-handler.decorator';
import { WORKER_NAME } from '../jobs/worker-name';
import { WorkerMetrics } from '../ops/worker-metrics';
import { OutboxAck } from '../outbox/outbox-ack.service';
import { IntroductionReader } from './introduction.reader';
import { NOTIFICATION_SENDER, NotificationSender } from './notification-sender';
import { NotificationStore } from './notification.store';

/** Tells people what coordinators did for them. */
@Processor(QUEUES.NOTIFICATIONS, { name: WORKER_NAME })
export class NotificationProcessor extends DispatchingProcessor {
  constructor(
    private readonly introductions: IntroductionReader,
    private readonly store: NotificationStore,
    @Inject(NOTIFICATION_SENDER) private readonly sender: NotificationSender,
    private readonly ack: OutboxAck,
    metrics: WorkerMetrics,
  ) {
    super(metrics);
  }

  /** Both sides of an introduction hear of the other: every member of each organization. */
  @JobHandler(JOBS.NOTIFY_INTRODUCTION)
  async notifyIntroduction(
    job: Job<JobPayloads[typeof JOBS.NOTIFY_INTRODUCTION]>,
  ): Promise<{ recipients: number; sent: number; alreadySent: number }> {
    const { suggestionId, reviewEventId, outboxId } = job.data;
    const planned = await this.introductions.messages(suggestionId, reviewEventId);
    const eventKey = `introduction:${reviewEventId}`;
    let result = { recipients: 0, sent: 0, alreadySent: 0 };
    if (planned === null) {
      this.logger.warn(`introduction ${reviewEventId} of ${suggestionId} is gone; nothing to send`);
    } else {
      if (planned.length === 0)
        this.logger.warn(`introduction of ${suggestionId}: neither side has a member to tell`);
      await this.store.record(
        NotificationKind.INTRODUCTION,
        eventKey,
        planned,
        this.sender.channel,
      );
      const report = await this.store.deliver(eventKey, this.sender);
      if (report.failed.length > 0) {
        // Retried with backoff; what went out already is not sent again.
        throw new Error(
          `${report.failed.length} of ${planned.length} messages not delivered: ${report.failed
            .map((f) => `${f.email} (${f.error})`)
            .join('; ')}`,
        );
      }
      result = { recipients: planned.length, sent: report.sent, alreadySent: report.alreadySent };
    }
    await this.ack.processed(outboxId, JOBS.NOTIFY_INTRODUCTION);
    return result;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): Promise<void> {
    return this.ack.jobFailed(job, error);
  }
}
