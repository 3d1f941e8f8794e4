import { INestApplicationContext, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

export async function createWorker(
  logger?: LogLevel[] | LoggerService | false,
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: logger ?? ['log', 'warn', 'error'],
  });
  return app;
}
