import { INestApplicationContext } from '@nestjs/common';
import { UserRole } from '@app/domain';
import { MetricsServer } from '../../apps/worker/src/ops/metrics-server';
import { signIn } from '../harness/accounts';
import { startTestApi, TestApi } from '../harness/test-api';
import { eventually, startTestWorker } from '../harness/test-worker';

describe('operations', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signIn(api, 'admin@example.kr', UserRole.ADMIN);
    worker = await startTestWorker();
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('/metrics has HTTP and GraphQL latency, queue depths and the outbox backlog', async () => {
    await api.gql(`query Zones { zones { code } }`);
    await api.gql(`{ complexes(first: 0) { totalCount } }`);
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/,
    );
    expect(text).toMatch(
      /graphql_operation_duration_seconds_count\{operation="Zones",type="query",outcome="ok"\} 1/,
    );
    expect(text).toMatch(/graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/bullmq_queue_jobs\{queue="search",state="waiting"\} \d+/);
    expect(text).toMatch(/outbox_backlog\{state="pending"\} \d+/);
    expect(text).toMatch(/outbox_oldest_unprocessed_age_seconds \d/);
  });

  it("the worker's /metrics has job durations and counts by outcome", async () => {
    await api.gql(
      `mutation { createOrganization(input: { kind: FIRM, nameKo: "지표회사", complexCode: "GUMI" }) { id } }`,
      {},
      admin,
    );
    const port = worker.get(MetricsServer).port;
    const text = await eventually(async () => {
      const body = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      return /jobs_total\{queue="search",name="index-organization",outcome="completed"\} [1-9]/.test(
        body,
      )
        ? body
        : undefined;
    }, 'an index job counted');
    expect(text).toMatch(
      /job_duration_seconds_bucket\{le="[\d.]+",queue="search",name="index-organization",outcome="completed"\}/,
    );
  });

  it('Bull Board at /admin/queues is for administrators only', async () => {
    expect((await fetch(`${api.url}/admin/queues`)).status).toBe(401);
    const member = await signIn(api, 'coordinator@example.kr', UserRole.COORDINATOR, {
      clusterCodes: ['GUMI'],
    });
    expect(
      (await fetch(`${api.url}/admin/queues`, { headers: { authorization: `Bearer ${member}` } }))
        .status,
    ).toBe(403);
    const page = await fetch(`${api.url}/admin/queues`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('fonts.googleapis.com');
    // A browser signs in once with ?token= and keeps an HTTP-only cookie.
    const signin = await fetch(`${api.url}/admin/queues?token=${admin}`, { redirect: 'manual' });
    expect(signin.status).toBe(302);
    const cookie = signin.headers.get('set-cookie')!.split(';')[0];
    const api2 = await fetch(`${api.url}/admin/queues/api/queues`, { headers: { cookie } });
    expect(api2.status).toBe(200);
    const queues = (await api2.json()) as { queues: { name: string }[] };
    expect(queues.queues.map((q) => q.name).sort()).toEqual([
      'maintenance',
      'matching',
      'notifications',
      'search',
    ]);
  });
});
