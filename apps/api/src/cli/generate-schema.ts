import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createApi } from '../bootstrap';

/**
 * Writes apps/api/schema.graphql from the running code's schema (the same printSchema the
 * schema test compares with). Boots the application without listening, so it needs the
 * database that `npm run stack:up` provides.
 */
async function main(): Promise<void> {
  const app = await createApi({ logger: ['error'] });
  await app.init();
  const file = join(__dirname, '../../../../../apps/api/schema.graphql');
  writeFileSync(file, printSchema(app.get(GraphQLSchemaHost).schema) + '\n');
  await app.close();
  console.log(`schema:generate: wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
