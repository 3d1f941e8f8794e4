import { Module } from '@nestjs/common';
import { meilisearchProvider, MEILISEARCH } from './meilisearch.provider';
import { OrganizationIndexService } from './organization-index.service';

@Module({
  providers: [meilisearchProvider, OrganizationIndexService],
  exports: [MEILISEARCH, OrganizationIndexService],
})
export class SearchModule {}
