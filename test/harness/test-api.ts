import { INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/bootstrap';
import { GraphqlResponse, postGraphql } from '../../apps/api/src/cli/graphql-client';
import { createTestEnv, TestEnv } from './test-env';

export type GqlResponse<T = Record<string, unknown>> = GraphqlResponse<T>;

export interface TestApi {
  url: string;
  app: INestApplication;
  env: TestEnv;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real API in this process on a random loopback port, against a database of its
 * own, and talks to it over HTTP as a client would.
 */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const env = await createTestEnv();
  Object.assign(process.env, env.vars, { PORT: '0' }, overrides);
  const app = await createApi({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    app,
    env,
    gql: (query, variables, token) => postGraphql(url, query, variables, token),
    async close() {
      await app.close();
      await env.dispose();
    },
  };
}
