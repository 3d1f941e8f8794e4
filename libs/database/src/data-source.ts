import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryLogger } from './query-logger';

export function dataSourceOptions(
  databaseUrl: string,
  extra: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    // The schema belongs to the migrations alone.
    synchronize: false,
    migrationsRun: false,
    logger: new QueryLogger(),
    maxQueryExecutionTime: 1000,
    extra: { max: 10, application_name: 'cluster-match' },
    ...extra,
  } as DataSourceOptions;
}

export function createDataSource(
  databaseUrl: string,
  extra: Partial<DataSourceOptions> = {},
): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, extra));
}
