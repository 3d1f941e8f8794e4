/** Every queue and job name in one place, so producers and processors cannot drift apart. */
export const FLOW_PRODUCER = 'flows';

export const QUEUES = {
  SEARCH: 'search',
  MATCHING: 'matching',
  MAINTENANCE: 'maintenance',
  NOTIFICATIONS: 'notifications',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  INDEX_ORGANIZATION: 'index-organization',
  REMOVE_ORGANIZATION: 'remove-organization',
  REINDEX_ALL: 'reindex-all',
  SCORE_ORGANIZATION: 'score-organization',
  RESCORE_ALL: 'rescore-all',
  RESCORE_CLUSTER: 'rescore-cluster',
  RESCORE_ORGANIZATIONS: 'rescore-organizations',
  SCHEDULE_RESCORE: 'schedule-rescore',
  CLEANUP_OUTBOX: 'cleanup-outbox',
  NOTIFY_INTRODUCTION: 'notify-introduction',
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** Which queue carries which job. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JOBS.INDEX_ORGANIZATION]: QUEUES.SEARCH,
  [JOBS.REMOVE_ORGANIZATION]: QUEUES.SEARCH,
  [JOBS.REINDEX_ALL]: QUEUES.SEARCH,
  [JOBS.SCORE_ORGANIZATION]: QUEUES.MATCHING,
  [JOBS.RESCORE_ALL]: QUEUES.MATCHING,
  [JOBS.RESCORE_CLUSTER]: QUEUES.MATCHING,
  [JOBS.RESCORE_ORGANIZATIONS]: QUEUES.MATCHING,
  [JOBS.SCHEDULE_RESCORE]: QUEUES.MATCHING,
  [JOBS.CLEANUP_OUTBOX]: QUEUES.MAINTENANCE,
  [JOBS.NOTIFY_INTRODUCTION]: QUEUES.NOTIFICATIONS,
};

/** Every payload carries ids only; handlers re-read the current state. */
interface Traced {
  /** The API request that caused the job, for log correlation. */
  requestId?: string | null;
}

export interface OutboxJob extends Traced {
  organizationId: string;
  /** The outbox row to mark processed when the job has finished. */
  outboxId: string;
}

/** A full rescore run: every job of it scores against one snapshot, computed at one moment. */
export interface RescoreRun extends Traced {
  runId: string;
  /** ISO time; pairs computed before it and not since are retired when the run ends. */
  computedAt: string;
}

export interface JobPayloads {
  [JOBS.INDEX_ORGANIZATION]: OutboxJob;
  [JOBS.REMOVE_ORGANIZATION]: OutboxJob;
  [JOBS.REINDEX_ALL]: Traced & { requestedBy?: string | null };
  [JOBS.SCORE_ORGANIZATION]: Traced & { organizationId: string; outboxId?: string };
  [JOBS.RESCORE_ALL]: RescoreRun & { requestedBy?: string | null };
  [JOBS.RESCORE_CLUSTER]: RescoreRun & { cluster: string };
  [JOBS.RESCORE_ORGANIZATIONS]: Traced & {
    cluster?: string;
    organizationIds?: string[];
    requestedBy?: string | null;
  };
  [JOBS.SCHEDULE_RESCORE]: Record<string, never>;
  [JOBS.CLEANUP_OUTBOX]: { olderThanDays: number };
  [JOBS.NOTIFY_INTRODUCTION]: Traced & {
    suggestionId: string;
    reviewEventId: string;
    outboxId: string;
  };
}

/** Bounded history and retries with backoff for every job. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000, age: 24 * 3600 },
  removeOnFail: { count: 5000, age: 7 * 24 * 3600 },
} as const;
