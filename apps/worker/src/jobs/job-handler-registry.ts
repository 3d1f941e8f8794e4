import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOB_QUEUE, JobName } from '@app/jobs';
import { DispatchingProcessor, handlerMethods } from './dispatching-processor';

/**
 * Refuses to start a worker in which a job has no handler, or two: either would lose jobs
 * silently (left waiting forever, or run by whichever processor picked it up).
 */
@Injectable()
export class JobHandlerRegistry implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const processors = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter(
        (instance): instance is DispatchingProcessor => instance instanceof DispatchingProcessor,
      );
    verifyHandlers(
      processors.map((p) => ({ name: p.constructor.name, jobs: [...handlerMethods(p).keys()] })),
    );
  }
}

export function verifyHandlers(processors: { name: string; jobs: string[] }[]): void {
  const owners = new Map<string, string[]>();
  for (const p of processors)
    for (const job of p.jobs) owners.set(job, [...(owners.get(job) ?? []), p.name]);
  const problems: string[] = [];
  for (const job of Object.keys(JOB_QUEUE) as JobName[]) {
    const found = owners.get(job) ?? [];
    if (found.length === 0) problems.push(`job ${job} has no handler`);
    if (found.length > 1)
      problems.push(`job ${job} has ${found.length} handlers: ${found.join(', ')}`);
  }
  for (const job of owners.keys()) {
    if (!(job in JOB_QUEUE)) problems.push(`handler for unknown job ${job}`);
  }
  if (problems.length > 0) throw new Error(`worker refuses to start: ${problems.join('; ')}`);
}
