import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { UserRole } from '@app/domain';
import { JobProducer, JOBS, outboxJobId, QUEUES } from '@app/jobs';
import { signIn } from '../harness/accounts';
import { jobCompleted, outboxDrained } from '../harness/jobs';
import services, { MeiliHandle } from '../harness/services';
import { startTestApi, TestApi } from '../harness/test-api';
import { eventually, startTestWorker } from '../harness/test-worker';

/**
 * The index kept in step through the outbox, end to end, with a Meilisearch and a Redis of
 * this file's own so that they can be stopped and flushed without touching other suites.
 */
describe('search kept in step with PostgreSQL', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let admin: string;
  let meili: MeiliHandle;
  let meiliPort: number;
  let redisUrl: string;
  const meiliKey = 'search-sync-master-key-0123456789';
  const meiliDir = mkdtempSync(join(tmpdir(), 'cm-meili-'));

  const SEARCH = `query($q: String, $f: SearchFilterInput, $first: Int) {
    searchOrganizations(query: $q, filter: $f, first: $first) {
      totalHits hits { organization { id nameKo } highlights { field snippet } } } }`;
  type Search = {
    searchOrganizations: {
      totalHits: number;
      hits: { organization: { id: string; nameKo: string } }[];
    };
  };
  const search = async (q: string, f?: object) => {
    const res = await api.gql<Search>(SEARCH, { q, f, first: 100 });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.searchOrganizations.hits.map((h) => h.organization);
  };
  const found = (q: string, id: string) => async () =>
    (await search(q)).some((o) => o.id === id) ? true : undefined;
  const gone = (q: string, id: string) => async () =>
    (await search(q)).some((o) => o.id === id) ? undefined : true;

  const create = async (nameKo: string, extra: object = {}, headers?: string) => {
    const res = await api.gql<{ createOrganization: { id: string; version: number } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
      {
        input: {
          kind: 'FIRM',
          nameKo,
          complexCode: 'ULSAN_ONSAN',
          keywords: ['조선'],
          capabilities: [{ title: '선박 블록 용접' }],
          ...extra,
        },
      },
      headers ?? admin,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.createOrganization;
  };

  beforeAll(async () => {
    meiliPort = await services.freePort();
    meili = await services.startMeilisearch({
      port: meiliPort,
      dataDir: meiliDir,
      masterKey: meiliKey,
    } as never);
    redisUrl = `redis://127.0.0.1:${await services.freePort()}`;
    await services.ensureRedis(redisUrl);
    api = await startTestApi({
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meiliKey,
      REDIS_URL: redisUrl,
      OUTBOX_REDISPATCH_SECONDS: '2',
    });
    ds = api.app.get(DataSource);
    admin = await signIn(api, 'admin@example.kr', UserRole.ADMIN);
    worker = await startTestWorker();
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await meili?.stop();
    rmSync(meiliDir, { recursive: true, force: true });
    // The server closes the connection on SHUTDOWN; a client that does not retry returns then.
    const redis = new Redis(redisUrl, { retryStrategy: () => null, maxRetriesPerRequest: 0 });
    await redis.call('SHUTDOWN', 'NOSAVE').catch(() => undefined);
    redis.disconnect();
  });

  it('a new profile becomes searchable, a change replaces it, a delete removes it', async () => {
    const org = await create('(주)갈매기정밀', {
      nameEn: 'Seagull Precision',
      capabilities: [],
      keywords: [],
    });
    await eventually(found('갈매기정밀', org.id), 'created organization searchable');
    await api.gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { nameKo: "(주)두루미화학", nameEn: "Crane Chemicals" }, expectedVersion: 1) { version } }`,
      { id: org.id },
      admin,
    );
    await eventually(found('두루미화학', org.id), 'new name searchable');
    await eventually(gone('Seagull', org.id), 'old name gone');
    await api.gql(
      `mutation($id: ID!) { deleteOrganization(id: $id) { id } }`,
      { id: org.id },
      admin,
    );
    await eventually(gone('두루미화학', org.id), 'deleted organization gone');
    const [{ open }] = await ds.query(
      `SELECT count(*)::int AS open FROM outbox WHERE processed_at IS NULL`,
    );
    await outboxDrained(ds, `outbox drained (was ${open})`, 30_000);
  });

  it('never indexes a need with visibility COORDINATORS', async () => {
    const org = await create('(주)비밀공정', {
      needs: [
        { title: '공개 수요 레이저 절단' },
        { title: '극비 수요 초저온 배관', visibility: 'COORDINATORS' },
      ],
    });
    await eventually(found('레이저 절단', org.id), 'public need searchable');
    expect((await search('초저온 배관')).some((o) => o.id === org.id)).toBe(false);
  });

  it('carries the request id from the API into the job it causes', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${admin}`,
        'x-request-id': 'req-trace-42',
      },
      body: JSON.stringify({
        query: `mutation { createOrganization(input: { kind: FIRM, nameKo: "추적회사", complexCode: "GUMI" }) { id } }`,
      }),
    });
    const { data } = (await res.json()) as { data: { createOrganization: { id: string } } };
    const [row] = await ds.query(
      `SELECT id, request_id FROM outbox WHERE payload->>'organizationId' = $1`,
      [data.createOrganization.id],
    );
    expect(row.request_id).toBe('req-trace-42');
    const queue = new Queue(QUEUES.SEARCH, {
      connection: { url: redisUrl },
      prefix: api.env.redisPrefix,
    });
    try {
      const job = await eventually(
        async () =>
          (await queue.getJob(outboxJobId(String(row.id), JOBS.INDEX_ORGANIZATION))) ?? undefined,
        'job published',
      );
      expect(job.data).toMatchObject({
        organizationId: data.createOrganization.id,
        requestId: 'req-trace-42',
      });
    } finally {
      await queue.close();
    }
  });

  it('with Meilisearch stopped, writes succeed and search says SERVICE_UNAVAILABLE; on its return the index catches up', async () => {
    await meili.stop();
    const org = await create('(주)정전복구테스트');
    const res = await api.gql(SEARCH, { q: '정전복구' });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const health = (await (await fetch(`${api.url}/health`)).json()) as {
      status: string;
      checks: { meilisearch: { status: string } };
    };
    expect(health).toMatchObject({
      status: 'degraded',
      checks: { meilisearch: { status: 'down' } },
    });
    meili = await services.startMeilisearch({
      port: meiliPort,
      dataDir: meiliDir,
      masterKey: meiliKey,
    } as never);
    await eventually(
      found('정전복구테스트', org.id),
      'organization written during the outage searchable',
      60_000,
    );
  });

  it('after Redis is flushed (jobs lost), undone outbox rows are published again and the index ends complete', async () => {
    const queue = new Queue(QUEUES.SEARCH, {
      connection: { url: redisUrl },
      prefix: api.env.redisPrefix,
    });
    const redis = new Redis(redisUrl);
    try {
      await queue.pause();
      const org = await create('(주)레디스유실복구');
      const [row] = await ds.query(`SELECT id FROM outbox WHERE payload->>'organizationId' = $1`, [
        org.id,
      ]);
      await eventually(
        async () =>
          (await queue.getJob(outboxJobId(String(row.id), JOBS.INDEX_ORGANIZATION)))
            ? true
            : undefined,
        'job waiting',
      );
      await redis.flushall();
      expect(
        await queue.getJob(outboxJobId(String(row.id), JOBS.INDEX_ORGANIZATION)),
      ).toBeUndefined();
      await eventually(
        found('레디스유실복구', org.id),
        'lost job published again and done',
        60_000,
      );
      // Complete: every live organization is in the index, and nothing else is.
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM organization WHERE deleted_at IS NULL`,
      );
      await eventually(async () => {
        const res = await api.gql<Search>(SEARCH, { q: '', first: 1 });
        return res.data?.searchOrganizations.totalHits === n ? true : undefined;
      }, 'index holds every live organization');
    } finally {
      redis.disconnect();
      await queue.close();
    }
  });

  it('reindexSearch rebuilds into a new index and swaps it in while searches keep answering', async () => {
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM organization WHERE deleted_at IS NULL`,
    );
    const started = await api.gql<{ reindexSearch: { id: string; state: string } }>(
      `mutation { reindexSearch { id state } }`,
      {},
      admin,
    );
    expect(started.errors).toBeUndefined();
    const id = started.data!.reindexSearch.id;
    let searches = 0;
    const job = await eventually(
      async () => {
        const res = await api.gql<Search>(SEARCH, { q: '조선' });
        expect(res.errors).toBeUndefined();
        searches += 1;
        const status = await api.gql<{
          job: { state: string; percent: number | null; result: string | null };
        }>(`query($id: ID!) { job(id: $id) { state percent result } }`, { id }, admin);
        return status.data!.job.state === 'completed' ? status.data!.job : undefined;
      },
      'reindex finished',
      60_000,
    );
    expect(searches).toBeGreaterThan(0);
    expect(job.percent).toBe(100);
    expect(JSON.parse(job.result!).indexed).toBe(n);
    const res = await api.gql<Search>(SEARCH, { q: '', first: 1 });
    expect(res.data!.searchOrganizations.totalHits).toBe(n);
  });

  it('a reindex asked for in the same second as one that finished runs again, under an id of its own', async () => {
    const producer = api.app.get(JobProducer);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM organization WHERE deleted_at IS NULL`,
    );
    // A second no other reindex of this file is named after (the test before this one may
    // have finished one in this second).
    const at = new Date(Date.now() - 86_400_000);
    const first = await producer.requestReindex(null, null, at);
    await jobCompleted(api, admin, first.id);
    const second = await producer.requestReindex(null, null, at);
    expect(second.id).toBe(`${first.id}-2`);
    expect(JSON.parse((await jobCompleted(api, admin, second.id)).result).indexed).toBe(n);
  });

  it('searchOrganizations: Korean partial words, English typos, synonyms, facets, distance, and filters that cannot be widened', async () => {
    const lab = await create('목포해양대 조선해양공학과 구조연구실', {
      kind: 'UNIVERSITY',
      complexCode: 'DAEBUL',
      keywords: ['선박구조'],
      capabilities: [{ title: '조선해양공학과 선박 구조 해석' }],
    });
    const welder = await create('Hanbit Welding Robotics', {
      complexCode: 'GUMI',
      keywords: ['welding'],
      capabilities: [{ title: 'welding robot integration' }],
    });
    const battery = await create('(주)에너지셀', {
      complexCode: 'OCHANG',
      keywords: [],
      capabilities: [{ title: 'secondary battery cathode materials' }],
    });
    await eventually(found('secondary battery', battery.id), 'test organizations indexed');
    await eventually(found('조선해양공학과', lab.id), 'lab indexed');
    expect((await search('조선')).map((o) => o.id)).toContain(lab.id);
    expect((await search('weldng')).map((o) => o.id)).toContain(welder.id);
    expect((await search('이차전지')).map((o) => o.id)).toContain(battery.id);

    // A keyword value written to break out of its quotes matches nothing instead of everything in HONAM.
    const injected = await search('', { keywords: ['x" OR zoneCode = "HONAM'] });
    expect(injected).toEqual([]);
    const parens = await search('', { keywords: ['") OR (kind = "UNIVERSITY'] });
    expect(parens).toEqual([]);
    const honam = await search('', { zones: ['HONAM'] });
    expect(honam.map((o) => o.id)).toContain(lab.id);
    expect(honam.map((o) => o.id)).not.toContain(welder.id);

    type Faceted = {
      searchOrganizations: {
        facets: { name: string; values: { value: string; count: number }[] }[];
        hits: {
          organization: { id: string };
          distanceKm: number | null;
          highlights: { field: string; snippet: string }[];
        }[];
      };
    };
    const faceted = await api.gql<Faceted>(
      `query { searchOrganizations(query: "조선", facets: [ZONE, KIND], near: { lat: 34.79, lng: 126.45, radiusKm: 50 }, sort: DISTANCE) {
        facets { name values { value count } } hits { organization { id } distanceKm highlights { field snippet } } } }`,
    );
    expect(faceted.errors).toBeUndefined();
    const result = faceted.data!.searchOrganizations;
    expect(result.facets.map((f) => f.name).sort()).toEqual(['KIND', 'ZONE']);
    expect(result.facets.find((f) => f.name === 'ZONE')!.values).toEqual([
      { value: 'HONAM', count: expect.any(Number) },
    ]);
    const labHit = result.hits.find((h) => h.organization.id === lab.id)!;
    expect(labHit.distanceKm).toBeLessThan(50);
    expect(labHit.highlights.some((h) => h.snippet.includes('<em>'))).toBe(true);

    const noNear = await api.gql(
      `{ searchOrganizations(query: "x", sort: DISTANCE) { totalHits } }`,
    );
    expect(noNear.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const badZone = await api.gql(
      `{ searchOrganizations(filter: { zones: ["MARS"] }) { totalHits } }`,
    );
    expect(badZone.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('CAPITAL'),
    });
  });

  it('reindexSearch and job(id) are for administrators only', async () => {
    const anonymous = await api.gql(`mutation { reindexSearch { id } }`);
    expect(anonymous.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    const coordinator = await signIn(api, 'c@example.kr', UserRole.COORDINATOR, {
      zoneCodes: ['DONGNAM' as never],
    });
    const forbidden = await api.gql(`query { job(id: "search/x") { id } }`, {}, coordinator);
    expect(forbidden.errors![0].extensions?.code).toBe('FORBIDDEN');
    const missing = await api.gql<{ job: null }>(
      `query { job(id: "search/nope") { id } }`,
      {},
      admin,
    );
    expect(missing.data!.job).toBeNull();
  });
});
