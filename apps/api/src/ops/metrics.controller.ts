import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Header, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES } from '@app/jobs';
import { ApiMetrics } from './metrics.registry';

const STATES = [
  'waiting',
  'active',
  'delayed',
  'failed',
  'completed',
  'prioritized',
  'waiting-children',
] as const;

/** Prometheus scrape endpoint. Queue depths and the outbox backlog are read at scrape time. */
@Controller('metrics')
export class MetricsController {
  private readonly logger = new Logger(MetricsController.name);

  constructor(
    private readonly metrics: ApiMetrics,
    @InjectDataSource() private readonly ds: DataSource,
    @InjectQueue(QUEUES.SEARCH) search: Queue,
    @InjectQueue(QUEUES.MATCHING) matching: Queue,
    @InjectQueue(QUEUES.MAINTENANCE) maintenance: Queue,
    @InjectQueue(QUEUES.NOTIFICATIONS) notifications: Queue,
  ) {
    this.queues = [search, matching, maintenance, notifications];
  }

  private readonly queues: Queue[];

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    await Promise.all([this.readQueues(), this.readOutbox()]);
    return this.metrics.registry.metrics();
  }

  private async readQueues(): Promise<void> {
    for (const queue of this.queues) {
      try {
        const counts = await withTimeout(queue.getJobCounts(...STATES), 1000);
        for (const state of STATES)
          this.metrics.queueJobs.set({ queue: queue.name, state }, counts[state] ?? 0);
      } catch (error) {
        // Redis away: the scrape still answers, without fresh queue numbers.
        this.logger.warn(
          `queue ${queue.name} not readable: ${error instanceof Error ? error.message : error}`,
        );
      }
    }
  }

  private async readOutbox(): Promise<void> {
    const [row] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE dispatched_at IS NULL)::int AS pending,
              count(*) FILTER (WHERE dispatched_at IS NOT NULL)::int AS dispatched,
              coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS oldest
         FROM outbox WHERE processed_at IS NULL`,
    );
    this.metrics.outboxBacklog.set({ state: 'pending' }, row.pending);
    this.metrics.outboxBacklog.set({ state: 'dispatched' }, row.dispatched);
    this.metrics.outboxOldestSeconds.set(row.oldest);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
