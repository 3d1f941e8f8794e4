import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Environment } from '@app/config';

/**
 * A fixed one-minute window of requests per client address. In memory: each API instance
 * counts its own, which bounds a client per instance and needs nothing from Redis.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(private readonly env: Environment) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const limit = this.env.RATE_LIMIT_PER_MINUTE;
    if (limit === 0) return next();
    const now = Date.now();
    const window = Math.floor(now / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const count = (this.counts.get(address) ?? 0) + 1;
    this.counts.set(address, count);
    res.setHeader('RateLimit-Limit', String(limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - count)));
    if (count <= limit) return next();
    const retryAfterSeconds = Math.ceil(((window + 1) * 60_000 - now) / 1000);
    res.setHeader('Retry-After', String(retryAfterSeconds));
    res.status(429).json({
      errors: [
        {
          message: `rate limit of ${limit} requests per minute exceeded; retry in ${retryAfterSeconds} s`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
        },
      ],
    });
  }
}
