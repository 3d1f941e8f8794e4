import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AppErrorFilter } from './common/app-error.filter';
import { RateLimitMiddleware } from './common/rate-limit.middleware';
import { ApiGraphqlModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { OrganizationModule } from './organization/organization.module';
import { ReferenceModule } from './reference/reference.module';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    ApiGraphqlModule,
    HealthModule,
    ReferenceModule,
    OrganizationModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RateLimitMiddleware).forRoutes('graphql');
  }
}
