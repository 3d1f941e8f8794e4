import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiMetrics } from './metrics.registry';

/** Times every HTTP request; the route label is the path without ids or query. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: ApiMetrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const route = req.originalUrl.split('?')[0].replace(/\/[0-9a-f-]{8,}|\/\d+/gi, '/:id');
      end({
        method: req.method,
        route: route.startsWith('/graphiql-assets') ? '/graphiql-assets' : route,
        status: res.statusCode,
      });
    });
    next();
  }
}
