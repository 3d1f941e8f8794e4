import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The worker's Prometheus metrics: what its processors did, by queue, job and outcome. */
export class WorkerMetrics {
  readonly registry = new Registry();

  readonly jobDuration = new Histogram({
    name: 'job_duration_seconds',
    help: 'Job run time by queue, job name and outcome',
    labelNames: ['queue', 'name', 'outcome'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });

  readonly jobs = new Counter({
    name: 'jobs_total',
    help: 'Jobs run by queue, job name and outcome (completed, failed attempt, or delayed: put back for later)',
    labelNames: ['queue', 'name', 'outcome'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'worker_' });
  }
}
