import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * One full garbage collection, now. For the moment right after a worker's start-up build: the
 * build leaves hundreds of MB of garbage at 100,000 organizations, and V8's next major
 * collection of the 1.4 GB heap, whenever it came, paused one of the first incremental jobs
 * by up to 200 ms (seen with --trace-gc). Collected before any job waits, nobody waits for it.
 * The worker has many start commands (npm scripts, Docker, tests), so instead of asking each
 * for --expose-gc the flag is set here and `gc` is taken from a fresh context, which is how
 * V8 exposes it to a running process.
 */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
