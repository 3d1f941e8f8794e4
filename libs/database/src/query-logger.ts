import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';

/**
 * TypeORM logger that counts statements (a test checks that a page of organizations costs a
 * constant number of queries) and reports failed and slow ones through Nest's logger.
 */
export class QueryLogger implements Logger {
  /** Statements run by this data source since it started. */
  count = 0;
  private readonly logger = new NestLogger('SQL');

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.count += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.count += 1;
    this.logger.debug(
      `failed: ${error instanceof Error ? error.message : error} — ${query.slice(0, 500)}`,
    );
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
