import { Module } from '@nestjs/common';
import { meilisearchProvider, MEILISEARCH } from './meilisearch.provider';

@Module({
  providers: [meilisearchProvider],
  exports: [MEILISEARCH],
})
export class SearchModule {}
