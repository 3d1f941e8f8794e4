import { WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOB_HANDLER } from './job-handler.decorator';

/**
 * A processor for one queue that hands each job to the method marked @JobHandler(job.name).
 * The registry checks at start-up that every job has exactly one such method.
 */
export abstract class DispatchingProcessor extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  async process(job: Job): Promise<unknown> {
    const method = handlerMethods(this).get(job.name);
    if (!method) throw new Error(`no handler for job ${job.name} on ${this.constructor.name}`);
    const started = performance.now();
    const result = await (this as unknown as Record<string, (job: Job) => Promise<unknown>>)[
      method
    ](job);
    this.logger.log(`${job.name} ${job.id} done in ${Math.round(performance.now() - started)} ms`);
    return result;
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
