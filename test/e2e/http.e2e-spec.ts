import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestApi, TestApi } from '../harness/test-api';

describe('HTTP surface', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('/health reports PostgreSQL, Redis and Meilisearch one by one', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      status: 'ok',
      checks: {
        postgres: { status: 'up', latencyMs: expect.any(Number) },
        redis: { status: 'up', latencyMs: expect.any(Number) },
        meilisearch: { status: 'up', latencyMs: expect.any(Number) },
      },
    });
  });

  it('serves a GraphQL IDE whose every script and stylesheet comes from this server', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      const file = await fetch(`${api.url}${asset}`);
      expect(file.status).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('keeps apps/api/schema.graphql in step with the code (npm run schema:generate)', () => {
    const schema = printSchema(api.app.get(GraphQLSchemaHost).schema);
    const committed = readFileSync(join(__dirname, '../../apps/api/schema.graphql'), 'utf8');
    expect(committed).toBe(schema + '\n');
  });
});
