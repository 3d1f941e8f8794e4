import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import { WorkerMetrics } from '../ops/worker-metrics';
import { JOB_HANDLER } from './job-handler.decorator';

/**
 * A processor for one queue that hands each job to the method marked @JobHandler(job.name).
 * The registry checks at start-up that every job has exactly one such method.
 */
export abstract class DispatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  protected readonly logger = new Logger(this.constructor.name);

  /**
   * @param metrics where job durations and outcomes go
   * @param concurrency jobs of this queue one worker process runs at once
   */
  constructor(
    private readonly metrics: WorkerMetrics,
    private readonly concurrency = 1,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.concurrency;
  }

  /**
   * A worker emits 'error' when Redis misbehaves (a job's key vanished in a flush, a dropped
   * connection); without a listener Node would throw it and end the process. The outbox
   * relay publishes whatever was lost again.
   */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.logger.warn(`worker error: ${error.message}`);
  }

  /** A job whose lock lapsed (its worker held the event loop too long, or died): run again. */
  @OnWorkerEvent('stalled')
  onStalled(jobId: string): void {
    this.logger.warn(`job ${jobId} stalled: its lock lapsed, it goes back to the queue`);
  }

  async process(job: Job): Promise<unknown> {
    const method = handlerMethods(this).get(job.name);
    if (!method) throw new Error(`no handler for job ${job.name} on ${this.constructor.name}`);
    const started = performance.now();
    const requestId = (job.data as { requestId?: string | null } | undefined)?.requestId;
    const labels = { queue: job.queueName, name: job.name };
    const end = this.metrics.jobDuration.startTimer(labels);
    try {
      const result = await (this as unknown as Record<string, (job: Job) => Promise<unknown>>)[
        method
      ](job);
      end({ outcome: 'completed' });
      this.metrics.jobs.inc({ ...labels, outcome: 'completed' });
      this.logger.debug?.(
        `${job.name} ${job.id} done in ${Math.round(performance.now() - started)} ms${requestId ? ` (request ${requestId})` : ''}`,
      );
      return result;
    } catch (error) {
      if (error instanceof DelayedError) {
        // Put back in the queue by its handler, to run again later: not a failure.
        end({ outcome: 'delayed' });
        this.metrics.jobs.inc({ ...labels, outcome: 'delayed' });
        this.logger.debug?.(`${job.name} ${job.id} put back for later`);
        throw error;
      }
      end({ outcome: 'failed' });
      this.metrics.jobs.inc({ ...labels, outcome: 'failed' });
      this.logger.warn(
        `${job.name} ${job.id} attempt ${job.attemptsMade + 1} failed${requestId ? ` (request ${requestId})` : ''}: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
      throw error;
    }
  }
}

/** Job name → method name, read from the @JobHandler metadata of an instance's class. */
export function handlerMethods(instance: object): Map<string, string> {
  const map = new Map<string, string>();
  const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    const fn = proto[key];
    if (typeof fn !== 'function') continue;
    const name = Reflect.getMetadata(JOB_HANDLER, fn) as string | undefined;
    if (name) map.set(name, key);
  }
  return map;
}
