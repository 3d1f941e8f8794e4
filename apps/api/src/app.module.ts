import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { JobsModule } from '@app/jobs';
import { AppErrorFilter } from './common/app-error.filter';
import { RateLimitMiddleware } from './common/rate-limit.middleware';
import { ApiGraphqlModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { ApiJobsModule } from './jobs/jobs.module';
import { NotificationModule } from './notification/notification.module';
import { OpsModule } from './ops/ops.module';
import { OrganizationModule } from './organization/organization.module';
import { ReferenceModule } from './reference/reference.module';
import { ApiSearchModule } from './search/search.module';
import { StatsModule } from './stats/stats.module';
import { SuggestionModule } from './suggestion/suggestion.module';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    JobsModule.forRoot({ failFast: true }),
    OpsModule,
    ApiGraphqlModule,
    HealthModule,
    ReferenceModule,
    OrganizationModule,
    ApiSearchModule,
    SuggestionModule,
    NotificationModule,
    StatsModule,
    ApiJobsModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RateLimitMiddleware).forRoutes('graphql');
  }
}
