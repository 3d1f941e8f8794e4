import { hostname } from 'node:os';

/**
 * This process's name on every job it takes (BullMQ's `processedBy`): with several worker
 * processes, which one ran a job, for whoever traces a slow or failed one.
 */
export const WORKER_NAME = `${hostname()}:${process.pid}`;
