import { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { mountBullBoard } from './ops/bull-board';

export interface ApiOptions {
  logger?: LogLevel[] | LoggerService | false;
}

/** Creates the API application; main.ts and the e2e harness both start it this way. */
export async function createApi(options: ApiOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: options.logger ?? ['log', 'warn', 'error'],
    bufferLogs: false,
  });
  // A bulk import of 10,000 rows is a few megabytes of CSV inside one GraphQL request.
  app.useBodyParser('json', { limit: '25mb' });
  mountBullBoard(app);
  return app;
}
