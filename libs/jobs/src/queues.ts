/** Every queue and job name in one place, so producers and processors cannot drift apart. */
export const QUEUES = {
  MAINTENANCE: 'maintenance',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  CLEANUP_OUTBOX: 'cleanup-outbox',
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** Which queue carries which job. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JOBS.CLEANUP_OUTBOX]: QUEUES.MAINTENANCE,
};

export interface JobPayloads {
  [JOBS.CLEANUP_OUTBOX]: { olderThanDays: number };
}

/** Bounded history and retries with backoff for every job. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000, age: 24 * 3600 },
  removeOnFail: { count: 5000, age: 7 * 24 * 3600 },
} as const;
