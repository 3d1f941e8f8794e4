import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { JobsModule } from '@app/jobs';
import { JobHandlerRegistry } from './jobs/job-handler-registry';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { Schedules } from './schedules';

/** The worker: the platform's modules minus the API, plus the processors. */
@Module({
  imports: [ConfigModule, DatabaseModule, JobsModule.forRoot(), DiscoveryModule],
  providers: [JobHandlerRegistry, MaintenanceProcessor, Schedules],
})
export class WorkerModule {}
