import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { Environment } from '@app/config';
import { AuthModule } from '../auth/auth.module';
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
      imports: [ContextModule],
      inject: [ContextFactory, Environment],
      useFactory: (context: ContextFactory, env: Environment): ApolloDriverConfig => ({
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
