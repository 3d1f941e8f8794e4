import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { Environment } from '@app/config';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queues';

/** BullMQ connection and the platform's queues, for the api (producers) and the worker alike. */
@Module({})
export class JobsModule {
  static forRoot(): DynamicModule {
    const queues = Object.values(QUEUES).map((name) => BullModule.registerQueue({ name }));
    return {
      module: JobsModule,
      imports: [
        BullModule.forRootAsync({
          inject: [Environment],
          useFactory: (env: Environment) => ({
            connection: { url: env.REDIS_URL, maxRetriesPerRequest: null },
            prefix: env.REDIS_PREFIX,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        ...queues,
      ],
      exports: [BullModule],
    };
  }
}
