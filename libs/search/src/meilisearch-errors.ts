import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type Task,
} from 'meilisearch';
import { ServiceUnavailableError } from '@app/domain';

export const SERVICE = 'Meilisearch';

/** A Meilisearch task that ended without succeeding for a reason of ours (a bad document…). */
export class SearchTaskFailedError extends Error {
  constructor(readonly task: Task) {
    super(
      `Meilisearch task ${task.uid} (${task.type}${task.indexUid ? ` on ${task.indexUid}` : ''}) ` +
        `${task.status}: ${task.error?.message ?? 'no error given'}`,
    );
    this.name = 'SearchTaskFailedError';
  }
}

/**
 * Whether Meilisearch could not be reached or could not do the work: the network failed,
 * a request or a task wait timed out, or it answered 5xx (or 429). A 4xx means our request
 * was wrong, which retrying will not fix.
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError) return true; // fetch failed, request timeout
  if (error instanceof MeilisearchTaskTimeOutError) return true;
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    return status >= 500 || status === 429;
  }
  return false;
}

export function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found';
}

/** ServiceUnavailableError for an outage; anything else unchanged (a bug, for the caller). */
export function toServiceError(error: unknown): unknown {
  return isUnavailable(error) ? new ServiceUnavailableError(SERVICE) : error;
}

/**
 * Returns when the task succeeded. A task failing on Meilisearch's side (disk full, an
 * internal error) is an outage; one failing on our input is a bug and says which task.
 */
export function assertSucceeded(task: Task): void {
  if (task.status === 'succeeded') return;
  const type = task.error?.type;
  if (type === 'internal' || type === 'system') {
    throw new ServiceUnavailableError(SERVICE, `${SERVICE} failed a task: ${task.error?.message}`);
  }
  throw new SearchTaskFailedError(task);
}
