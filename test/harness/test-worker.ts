import { INestApplicationContext } from '@nestjs/common';
import { createWorker } from '../../apps/worker/src/bootstrap';

/**
 * Starts the worker in this process with the environment already in process.env (set by
 * startTestApi or createTestEnv), as `node dist/apps/worker/src/main.js` would.
 */
export async function startTestWorker(): Promise<INestApplicationContext> {
  return createWorker(['error']);
}

/** Polls `probe` until it returns a value (not undefined) or the time is up. No fixed sleeps. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: not within ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
