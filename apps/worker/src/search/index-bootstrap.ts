import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OrganizationIndexService } from '@app/search';

/**
 * Applies the index settings in code at start-up (idempotent). Meilisearch being away must
 * not stop the worker: jobs retry until it is back, and the settings follow on the next start
 * or rebuild.
 */
@Injectable()
export class IndexBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(IndexBootstrap.name);

  constructor(private readonly index: OrganizationIndexService) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.index.ensureIndex();
    } catch (error) {
      this.logger.warn(
        `index settings not applied now: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
