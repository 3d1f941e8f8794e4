import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { Environment } from '@app/config';
import { JobProducer } from './job-producer.service';
import { DEFAULT_JOB_OPTIONS, FLOW_PRODUCER, QUEUES } from './queues';

/** BullMQ connection and the platform's queues, for the api (producers) and the worker alike. */
@Module({})
export class JobsModule {
  /**
   * @param failFast for the API: commands fail at once while Redis is away instead of
   * queueing, so a request gets SERVICE_UNAVAILABLE rather than hanging.
   */
  static forRoot(options: { failFast?: boolean } = {}): DynamicModule {
    const queues = Object.values(QUEUES).map((name) => BullModule.registerQueue({ name }));
    return {
      module: JobsModule,
      // One connection and one set of queues per process, visible to every module.
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [Environment],
          useFactory: (env: Environment) => ({
            connection: options.failFast
              ? { url: env.REDIS_URL, maxRetriesPerRequest: 1, enableOfflineQueue: false }
              : { url: env.REDIS_URL, maxRetriesPerRequest: null },
            prefix: env.REDIS_PREFIX,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        ...queues,
        BullModule.registerFlowProducer({ name: FLOW_PRODUCER }),
      ],
      providers: [JobProducer],
      exports: [BullModule, JobProducer],
    };
  }
}
