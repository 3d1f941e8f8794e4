import type { ApolloDriverConfig } from '@nestjs/apollo';
import { enforceQueryLimits, QueryLimits } from './query-limits';

type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** Checks depth and complexity once the operation is known, before anything runs. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          enforceQueryLimits(schema, document, request.operationName, request.variables, limits);
        },
      };
    },
  };
}
