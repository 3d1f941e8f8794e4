import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '@app/config';
import { dataSourceOptions } from './data-source';
import { NotificationQueryService } from './notification/notification-query.service';
import { OrganizationImportService } from './organization/organization-import.service';
import { OrganizationQueryService } from './organization/organization-query.service';
import { OrganizationService } from './organization/organization.service';
import { ReferenceDataService } from './reference/reference-data.service';
import { RegionStatsService } from './stats/region-stats.service';
import { SuggestionQueryService } from './suggestion/suggestion-query.service';
import { SuggestionQueueService } from './suggestion/suggestion-queue.service';
import { SuggestionReviewService } from './suggestion/suggestion-review.service';
import { UserService } from './user/user.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => dataSourceOptions(env.DATABASE_URL),
    }),
  ],
  providers: [
    ReferenceDataService,
    OrganizationService,
    OrganizationQueryService,
    OrganizationImportService,
    SuggestionQueryService,
    SuggestionQueueService,
    SuggestionReviewService,
    UserService,
    NotificationQueryService,
    RegionStatsService,
  ],
  exports: [
    TypeOrmModule,
    ReferenceDataService,
    OrganizationService,
    OrganizationQueryService,
    OrganizationImportService,
    SuggestionQueryService,
    SuggestionQueueService,
    SuggestionReviewService,
    UserService,
    NotificationQueryService,
    RegionStatsService,
  ],
})
export class DatabaseModule {}
