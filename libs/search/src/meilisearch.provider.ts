import { Meilisearch } from 'meilisearch';
import { Environment } from '@app/config';

/** The one Meilisearch client of a process; everything else goes through libs/search. */
export const MEILISEARCH = Symbol('MEILISEARCH');

export const meilisearchProvider = {
  provide: MEILISEARCH,
  inject: [Environment],
  useFactory: (env: Environment) =>
    new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, timeout: 5000 }),
};
