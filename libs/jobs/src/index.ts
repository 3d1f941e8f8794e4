export * from './queues';
export * from './job-ids';
export * from './outbox-routes';
export * from './redis-connection';
export * from './jobs.module';
export * from './job-producer.service';
