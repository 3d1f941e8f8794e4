import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AppError, UserRole } from '@app/domain';
import { QUEUES } from '@app/jobs';
import { AuthService } from '../auth/auth.service';

export const BULL_BOARD_PATH = '/admin/queues';
const COOKIE = 'cm_admin_token';

/**
 * Bull Board's page asks Google for a web font; on a closed network that request only fails
 * slowly. Serve a copy of its UI without it (fallback fonts look the same to an operator).
 */
function offlineUiPath(): string {
  const manifest = createRequire(__filename).resolve('@bull-board/ui/package.json');
  const source = dirname(manifest);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const target = join(tmpdir(), `cm-bull-board-ui-${version}`);
  const view = join(target, 'dist', 'index.ejs');
  if (!existsSync(view)) {
    mkdirSync(target, { recursive: true });
    cpSync(source, target, { recursive: true });
    writeFileSync(
      view,
      readFileSync(view, 'utf8').replace(/<link[^>]*fonts\.googleapis\.com[^>]*>/g, ''),
    );
  }
  return target;
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Mounts Bull Board at /admin/queues for administrators. A browser signs in once with
 * /admin/queues?token=<JWT from login>, which is kept in an HTTP-only cookie; API clients may
 * send the usual Authorization header.
 */
export function mountBullBoard(app: NestExpressApplication): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: Object.values(QUEUES).map(
      (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: false }),
    ),
    serverAdapter,
    options: { uiBasePath: offlineUiPath(), uiConfig: { boardTitle: 'Cluster Match jobs' } },
  });
  const auth = app.get(AuthService);
  const guard = async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const fromQuery = typeof req.query.token === 'string' ? req.query.token : undefined;
    const token =
      (typeof header === 'string' && /^Bearer\s+/i.test(header)
        ? header.replace(/^Bearer\s+/i, '')
        : undefined) ??
      fromQuery ??
      readCookie(req, COOKIE);
    if (!token) {
      res.status(401).json({
        error: 'UNAUTHENTICATED',
        message: `sign in as an administrator: ${BULL_BOARD_PATH}?token=<token>`,
      });
      return;
    }
    try {
      const actor = await auth.actorFromToken(token);
      if (actor.role !== UserRole.ADMIN) {
        res.status(403).json({ error: 'FORBIDDEN', message: 'only administrators see the queues' });
        return;
      }
    } catch (error) {
      res.status(401).json({
        error: 'UNAUTHENTICATED',
        message: error instanceof AppError ? error.message : 'invalid token',
      });
      return;
    }
    if (fromQuery) {
      res.cookie(COOKIE, fromQuery, { httpOnly: true, sameSite: 'strict', path: BULL_BOARD_PATH });
      res.redirect(BULL_BOARD_PATH);
      return;
    }
    next();
  };
  app.use(BULL_BOARD_PATH, guard, serverAdapter.getRouter());
}
