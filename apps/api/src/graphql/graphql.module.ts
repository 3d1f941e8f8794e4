import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { Environment } from '@app/config';
import { AuthModule } from '../auth/auth.module';
import { ApiMetrics } from '../ops/metrics.registry';
import { observabilityPlugin } from '../ops/observability.plugin';
import { OpsModule } from '../ops/ops.module';
import { formatError } from '../common/format-error';
import { ContextFactory } from './context';
import { GraphiqlAssetsController } from './graphiql-assets.controller';
import { LoadersFactory } from './loaders';
import { offlineGraphiqlPlugin } from './offline-graphiql.plugin';
import { queryLimitsPlugin } from './query-limits.plugin';

@Module({
  imports: [AuthModule],
  providers: [LoadersFactory, ContextFactory],
  exports: [ContextFactory],
})
class ContextModule {}

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [ContextModule, OpsModule],
      inject: [ContextFactory, Environment, ApiMetrics],
      useFactory: (
        context: ContextFactory,
        env: Environment,
        metrics: ApiMetrics,
      ): ApolloDriverConfig => ({
        // Generated in memory; `npm run schema:generate` writes apps/api/schema.graphql and a
        // test fails when the two differ.
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        graphiql: false,
        introspection: true,
        plugins: [
          offlineGraphiqlPlugin('/graphql'),
          queryLimitsPlugin({
            maxDepth: env.GRAPHQL_MAX_DEPTH,
            maxComplexity: env.GRAPHQL_MAX_COMPLEXITY,
          }),
          observabilityPlugin(metrics),
        ],
        formatError,
        includeStacktraceInErrorResponses: false,
        context: ({ req }: { req: Request }) => context.create(req),
      }),
    }),
  ],
  controllers: [GraphiqlAssetsController],
})
export class ApiGraphqlModule {}
