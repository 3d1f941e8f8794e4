import { Logger } from '@nestjs/common';
import { AppError } from '@app/domain';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GqlContext } from '../graphql/context';
import { ApiMetrics } from './metrics.registry';

type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

const logger = new Logger('GraphQL');

/** Times each operation, counts errors by code, and logs one line per operation with its request id. */
export function observabilityPlugin(metrics: ApiMetrics): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const requestId = (contextValue as Partial<GqlContext>).requestId;
      const codes: string[] = [];
      return {
        // Resolver errors reach this hook before formatError gives them their code.
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            const code =
              e.originalError instanceof AppError ? e.originalError.code : e.extensions?.code;
            codes.push(String(code ?? 'INTERNAL_SERVER_ERROR'));
          }
        },
        async willSendResponse({ operationName, operation }) {
          const seconds = (performance.now() - started) / 1000;
          for (const code of codes) metrics.graphqlErrors.inc({ code });
          const outcome = codes.length === 0 ? 'ok' : 'error';
          const operationLabel = operationName ?? 'anonymous';
          metrics.graphqlDuration.observe(
            { operation: operationLabel, type: operation?.operation ?? 'unknown', outcome },
            seconds,
          );
          logger.log({
            msg: 'graphql operation',
            requestId,
            operation: operationLabel,
            type: operation?.operation,
            durationMs: Math.round(seconds * 1000),
            ...(codes.length > 0 ? { errors: codes } : {}),
          });
        },
      };
    },
  };
}
