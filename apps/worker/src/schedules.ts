import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JOBS, QUEUES } from '@app/jobs';

/**
 * Repeatable jobs. Upserted by id, so any number of workers starting at once keep exactly
 * one schedule each.
 */
@Injectable()
export class Schedules implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.MAINTENANCE) private readonly maintenance: Queue,
    @InjectQueue(QUEUES.MATCHING) private readonly matching: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.maintenance.upsertJobScheduler(
      'nightly-cleanup-outbox',
      { pattern: '30 3 * * *', tz: 'Asia/Seoul' },
      { name: JOBS.CLEANUP_OUTBOX, data: { olderThanDays: 14 } },
    );
    // A fresh engine every night also brings the IDF that incremental updates leave as it was.
    await this.matching.upsertJobScheduler(
      'nightly-rescore-all',
      { pattern: '0 2 * * *', tz: 'Asia/Seoul' },
      { name: JOBS.SCHEDULE_RESCORE, data: {} },
    );
  }
}
