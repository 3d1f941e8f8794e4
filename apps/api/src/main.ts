import 'reflect-metadata';
import { closeOnSignals, ConfigValidationError, JsonLogger, loadConfig } from '@app/config';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  // Validate before Nest starts so that a bad variable gives one clear message, not a stack.
  const env = loadConfig();
  const app = await createApi({ logger: new JsonLogger('api', env.LOG_LEVEL) });
  closeOnSignals('api', app);
  await app.listen(env.PORT, process.env.HOST ?? '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  console.log(`api: GraphQL ${url}/graphql · health ${url}/health`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
});
