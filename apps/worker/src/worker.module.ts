import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { JobsModule } from '@app/jobs';
import { SearchModule } from '@app/search';
import { JobHandlerRegistry } from './jobs/job-handler-registry';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { EngineHolder } from './matching/engine-holder';
import { FullRescoreRuns } from './matching/full-rescore-runs';
import { IncrementalRescore } from './matching/incremental-rescore';
import { IncrementalWriter } from './matching/incremental.writer';
import { MatchProfileReader } from './matching/match-profile.reader';
import { MatchingProcessor } from './matching/matching.processor';
import { SuggestionWriter } from './matching/suggestion.writer';
import { IntroductionReader } from './notifications/introduction.reader';
import { notificationSenderProvider } from './notifications/notification-sender.provider';
import { NotificationProcessor } from './notifications/notification.processor';
import { NotificationStore } from './notifications/notification.store';
import { MetricsServer } from './ops/metrics-server';
import { WorkerMetrics } from './ops/worker-metrics';
import { OutboxAck } from './outbox/outbox-ack.service';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { Schedules } from './schedules';
import { IndexBootstrap } from './search/index-bootstrap';
import { OrganizationSourceReader } from './search/organization-source.reader';
import { SearchProcessor } from './search/search.processor';

/** The worker: the platform's modules minus the API, plus the processors. */
@Module({
  imports: [ConfigModule, DatabaseModule, JobsModule.forRoot(), SearchModule, DiscoveryModule],
  providers: [
    JobHandlerRegistry,
    WorkerMetrics,
    MetricsServer,
    Schedules,
    OutboxRelay,
    OutboxAck,
    OrganizationSourceReader,
    IndexBootstrap,
    SearchProcessor,
    MatchProfileReader,
    SuggestionWriter,
    EngineHolder,
    FullRescoreRuns,
    IncrementalRescore,
    IncrementalWriter,
    MatchingProcessor,
    MaintenanceProcessor,
    IntroductionReader,
    NotificationStore,
    notificationSenderProvider,
    NotificationProcessor,
  ],
})
export class WorkerModule {}
