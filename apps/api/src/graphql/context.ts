import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { Actor } from '@app/domain';
import { AuthService } from '../auth/auth.service';
import { LoadersFactory, RequestLoaders } from './loaders';

export interface GqlContext {
  req: Request;
  /** The client's address, for rate limits. */
  address: string;
  /** Carried into outbox rows and the jobs they cause, for log correlation. */
  requestId: string;
  loaders: RequestLoaders;
  /** The signed-in actor, or null without a token; resolved once, on first use. */
  actor(): Promise<Actor | null>;
}

@Injectable()
export class ContextFactory {
  constructor(
    private readonly loaders: LoadersFactory,
    private readonly auth: AuthService,
  ) {}

  create(req: Request): GqlContext {
    const header = req.headers.authorization;
    const token =
      typeof header === 'string' && /^Bearer\s+/i.test(header)
        ? header.replace(/^Bearer\s+/i, '').trim()
        : null;
    let actor: Promise<Actor | null> | undefined;
    const incoming = req.headers['x-request-id'];
    return {
      req,
      address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      requestId:
        typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID(),
      loaders: this.loaders.create(),
      actor: () => (actor ??= token ? this.auth.actorFromToken(token) : Promise.resolve(null)),
    };
  }
}
