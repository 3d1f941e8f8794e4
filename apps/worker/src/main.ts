import 'reflect-metadata';
import { closeOnSignals, ConfigValidationError, JsonLogger, loadConfig } from '@app/config';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  const env = loadConfig();
  closeOnSignals('worker', await createWorker(new JsonLogger('worker', env.LOG_LEVEL)));
  console.log(
    `worker: processing jobs from ${env.REDIS_URL.replace(/\/\/[^@]*@/, '//***@')} (prefix ${env.REDIS_PREFIX})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
});
