export * from './meilisearch.provider';
export * from './search.module';
