import { AppError, ErrorCode } from '@app/domain';

const WINDOW_MS = 15 * 60 * 1000;

interface Failures {
  count: number;
  first: number;
}

/**
 * Slows down password guessing: each failure for an email (or from an address) within the
 * window delays the next answer more, and past a limit sign-in is refused until the window
 * passes. Kept in memory: an attacker spreading over API instances meets each one's limit.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly perEmail = 5,
    private readonly perAddress = 20,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws RATE_LIMITED when either key is over its limit. */
  check(email: string, address: string): void {
    for (const [key, limit] of [
      [`e:${email}`, this.perEmail],
      [`a:${address}`, this.perAddress],
    ] as const) {
      const f = this.current(key);
      if (f && f.count >= limit) {
        const retryAfterSeconds = Math.ceil((f.first + WINDOW_MS - this.now()) / 1000);
        throw new AppError(
          ErrorCode.RATE_LIMITED,
          `too many failed sign-ins; try again in ${retryAfterSeconds} s`,
          { retryAfterSeconds },
        );
      }
    }
  }

  /** Records a failure; returns how long to wait before answering, in ms. */
  fail(email: string, address: string): number {
    let worst = 0;
    for (const key of [`e:${email}`, `a:${address}`]) {
      const f = this.current(key) ?? { count: 0, first: this.now() };
      f.count += 1;
      this.failures.set(key, f);
      worst = Math.max(worst, f.count);
    }
    if (this.failures.size > 100_000) this.prune();
    return Math.min(100 * 2 ** (worst - 1), 2000);
  }

  succeed(email: string): void {
    this.failures.delete(`e:${email}`);
  }

  private current(key: string): Failures | undefined {
    const f = this.failures.get(key);
    if (f && this.now() - f.first > WINDOW_MS) {
      this.failures.delete(key);
      return undefined;
    }
    return f;
  }

  private prune(): void {
    for (const key of this.failures.keys()) this.current(key);
  }
}
