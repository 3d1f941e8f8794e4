import { hostname } from 'node:os';
import { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { clusterCodesLargestFirst } from '@app/database';
import { seedDemoOrganizations } from '@app/database/seed/demo/seed-demo-organizations';
import { UserRole } from '@app/domain';
import { JobProducer, JOBS, QUEUES, rescoreClusterJobId } from '@app/jobs';
import { OutboxAck } from '../../apps/worker/src/outbox/outbox-ack.service';
import { signIn } from '../harness/accounts';
import { jobCompleted, rescoreAll } from '../harness/jobs';
import { walkPages } from '../harness/pages';
import { RunningProcess, startProcess } from '../harness/processes';
import { startTestApi, TestApi } from '../harness/test-api';
import { eventually, startTestWorker } from '../harness/test-worker';

const RESCORE_ALL = `mutation { requestRescore(scope: { all: true }) { id state } }`;

describe('partner suggestions computed by BullMQ jobs', () => {
  let api: TestApi;
  let ds: DataSource;
  let admin: string;

  const snapshot = async () =>
    ds.query(
      `SELECT organization_a_id, organization_b_id, score, relevance_a_to_b, relevance_b_to_a, scope, breakdown, engine_version
         FROM suggestion WHERE active ORDER BY organization_a_id, organization_b_id`,
    );

  const stopAll = async (workers: RunningProcess[]) => {
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) expect((await w.exited()).code).toBe(0);
  };

  beforeAll(async () => {
    api = await startTestApi();
    ds = api.app.get(DataSource);
    admin = await signIn(api, 'admin@example.kr', UserRole.ADMIN);
    // Written straight to the database (no outbox rows), so only the rescores below score them.
    await seedDemoOrganizations(ds, { count: 600, seed: 5 });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('rescore-all is a flow with a child per cluster; two worker processes produce exactly what one does', async () => {
    const one = [startProcess('apps/worker/src/main.js', api.env.vars)];
    await one[0].waitFor('worker: processing jobs');
    const job = await rescoreAll(api, admin);
    expect(job.percent).toBe(100);
    expect(JSON.parse(job.result).clusters).toBe(25);
    await stopAll(one);
    const byOne = await snapshot();
    expect(byOne.length).toBeGreaterThan(600);

    await ds.query(`DELETE FROM suggestion`);
    const two = [
      startProcess('apps/worker/src/main.js', api.env.vars),
      startProcess('apps/worker/src/main.js', api.env.vars),
    ];
    await Promise.all(two.map((w) => w.waitFor('worker: processing jobs')));
    const connection = { connection: { url: api.env.redisUrl }, prefix: api.env.redisPrefix };
    const events = new QueueEvents(QUEUES.MATCHING, connection);
    const queue = new Queue(QUEUES.MATCHING, connection);
    try {
      await events.waitUntilReady();
      const progress: { jobId: string; done: number; total: number }[] = [];
      events.on('progress', ({ jobId, data }) =>
        progress.push({ jobId, ...(data as { done: number; total: number }) }),
      );
      const run = await rescoreAll(api, admin);
      await stopAll(two);
      expect(await snapshot()).toEqual(byOne);

      // The run reported its progress as its clusters finished, ending at all 25 of 25.
      const runId = run.id.split('/')[1]!;
      const ofRun = await eventually(async () => {
        const seen = progress.filter((p) => p.jobId === runId);
        return seen.some((p) => p.done === 25) ? seen : undefined;
      }, 'the run’s last progress event');
      expect(ofRun.every((p) => p.total === 25 && p.done >= 0 && p.done <= 25)).toBe(true);
      expect(new Set(ofRun.map((p) => p.done)).size).toBeGreaterThan(5);
      // Both processes took clusters.
      const clusters = await clusterCodesLargestFirst(ds);
      const takenBy = new Set<string | undefined>();
      for (const cluster of clusters) {
        const child = await queue.getJob(rescoreClusterJobId(runId, cluster));
        expect(child?.name).toBe(JOBS.RESCORE_CLUSTER);
        takenBy.add(child?.processedBy);
      }
      expect(takenBy).toEqual(new Set(two.map((w) => `${hostname()}:${w.child.pid}`)));
    } finally {
      await events.close();
      await queue.close();
    }
  });

  it('takes the largest clusters first, so a run does not end waiting on one big cluster', async () => {
    const order = await clusterCodesLargestFirst(ds);
    const counts: { code: string; n: number }[] = await ds.query(
      `SELECT cl.code, count(o.id)::int AS n FROM cluster cl
         LEFT JOIN complex c ON c.cluster_code = cl.code
         LEFT JOIN organization o ON o.complex_code = c.code AND o.deleted_at IS NULL
        GROUP BY cl.code`,
    );
    const size = new Map(counts.map((c) => [c.code, c.n]));
    expect(order).toHaveLength(25);
    const sizes = order.map((code) => size.get(code)!);
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    expect(sizes[0]).toBeGreaterThan(sizes[24]!);
  });

  it('stores one row per pair with scores in [0,1], each direction’s relevance, scope, breakdown and engine version', async () => {
    const [stats] = await ds.query(
      `SELECT count(*)::int AS n, count(DISTINCT (organization_a_id, organization_b_id))::int AS pairs,
              min(score) AS min, max(score) AS max, count(DISTINCT engine_version)::int AS versions,
              bool_and(organization_a_id < organization_b_id) AS ordered,
              bool_and(json_array_length(breakdown->'v') = 7 AND json_array_length(breakdown->'w') = 7
                       AND json_typeof(breakdown->'m') = 'array') AS explained
         FROM suggestion`,
    );
    expect(stats).toMatchObject({ pairs: stats.n, versions: 1, ordered: true, explained: true });
    expect(stats.min).toBeGreaterThan(0);
    expect(stats.max).toBeLessThanOrEqual(1);
  });

  describe('reviews survive rescoring', () => {
    it('a rejected pair never comes back and an accepted one keeps its status', async () => {
      const [rejected, accepted] = await ds.query(
        `SELECT id, organization_a_id AS a, organization_b_id AS b FROM suggestion WHERE active ORDER BY score DESC LIMIT 2`,
      );
      await ds.query(`UPDATE suggestion SET status = 'REJECTED' WHERE id = $1`, [rejected.id]);
      await ds.query(`UPDATE suggestion SET status = 'ACCEPTED' WHERE id = $1`, [accepted.id]);
      const worker = await startTestWorker();
      try {
        await rescoreAll(api, admin);
      } finally {
        await worker.close();
      }
      const [r] = await ds.query(`SELECT status, computed_at FROM suggestion WHERE id = $1`, [
        rejected.id,
      ]);
      expect(r.status).toBe('REJECTED');
      const [a] = await ds.query(`SELECT status FROM suggestion WHERE id = $1`, [accepted.id]);
      expect(a.status).toBe('ACCEPTED');
      const member = await signIn(api, `m-${rejected.a.slice(0, 8)}@example.kr`, UserRole.MEMBER, {
        organizationId: rejected.a,
      });
      const res = await api.gql<{
        suggestionsFor: { edges: { node: { partner: { id: string } } }[] };
      }>(
        `query($id: ID!) { suggestionsFor(organizationId: $id, first: 100) { edges { node { partner { id } } } } }`,
        { id: rejected.a },
        member,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.suggestionsFor.edges.map((e) => e.node.partner.id)).not.toContain(
        rejected.b,
      );

      // A pair that left every list is no longer suggested, unless someone accepted it.
      const [proposed] = await ds.query(
        `SELECT id, organization_a_id AS a, organization_b_id AS b FROM suggestion
          WHERE active AND status = 'PROPOSED' AND organization_a_id = $1 LIMIT 1`,
        [accepted.a],
      );
      await ds.query(`UPDATE suggestion SET active = false WHERE id = ANY($1::uuid[])`, [
        [accepted.id, proposed.id],
      ]);
      const acceptedMember = await signIn(
        api,
        `m-${accepted.a.slice(0, 8)}@example.kr`,
        UserRole.MEMBER,
        { organizationId: accepted.a },
      );
      const shown = await api.gql<{
        suggestionsFor: { edges: { node: { partner: { id: string }; status: string } }[] };
      }>(
        `query($id: ID!) { suggestionsFor(organizationId: $id, first: 100) { edges { node { partner { id } status } } } }`,
        { id: accepted.a },
        acceptedMember,
      );
      expect(shown.errors).toBeUndefined();
      const partners = shown.data!.suggestionsFor.edges.map((e) => e.node.partner.id);
      expect(partners).toContain(accepted.b);
      expect(partners).not.toContain(proposed.b);
      await ds.query(`UPDATE suggestion SET active = true WHERE id = ANY($1::uuid[])`, [
        [accepted.id, proposed.id],
      ]);
    });
  });

  describe('suggestionsFor', () => {
    let worker: INestApplicationContext;

    beforeAll(async () => {
      worker = await startTestWorker();
    });

    afterAll(async () => {
      await worker?.close();
    });

    type Page = {
      suggestionsFor: {
        totalCount: number;
        edges: {
          node: {
            score: number;
            scope: string;
            partner: { id: string };
            explanation: {
              factors: { factor: string; contribution: number }[];
              sharedConcepts: { id: string; ko: string; en: string }[];
              matchedItems: {
                needOrganizationId: string;
                confidential: boolean;
                need: { title: string } | null;
              }[];
            };
          };
        }[];
      };
    };
    const QUERY = `query($id: ID!, $scope: SuggestionScope) { suggestionsFor(organizationId: $id, scope: $scope, first: 50) {
      totalCount edges { node { score scope partner { id } explanation {
        factors { factor contribution } sharedConcepts { id ko en }
        matchedItems { needOrganizationId confidential need { title } } } } } } }`;

    it('lists partners best first with factors that add up to the score, for those who may see them', async () => {
      const [{ id, complex }] = await ds.query(
        `SELECT o.id, o.complex_code AS complex FROM organization o JOIN suggestion s ON s.organization_a_id = o.id AND s.active
          GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
      );
      const [{ cluster }] = await ds.query(
        `SELECT cluster_code AS cluster FROM complex WHERE code = $1`,
        [complex],
      );
      const member = await signIn(api, 'member-top@example.kr', UserRole.MEMBER, {
        organizationId: id,
      });
      const res = await api.gql<Page>(QUERY, { id }, member);
      expect(res.errors).toBeUndefined();
      const edges = res.data!.suggestionsFor.edges;
      expect(edges.length).toBeGreaterThan(0);
      const scores = edges.map((e) => e.node.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      for (const { node } of edges) {
        const sum = node.explanation.factors.reduce((s, f) => s + f.contribution, 0);
        // Stored to 4 decimals; the score column is exact.
        expect(Math.abs(sum - node.score)).toBeLessThan(1e-3);
      }
      const scoped = await api.gql<Page>(QUERY, { id, scope: 'CROSS_ZONE' }, member);
      for (const { node } of scoped.data!.suggestionsFor.edges)
        expect(node.scope).toBe('CROSS_ZONE');

      expect((await api.gql(QUERY, { id })).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      const outsider = await signIn(api, 'outsider@example.kr', UserRole.COORDINATOR, {
        clusterCodes: [cluster === 'GUMI' ? 'DAEBUL' : 'GUMI'],
      });
      expect((await api.gql(QUERY, { id }, outsider)).errors![0].extensions?.code).toBe(
        'FORBIDDEN',
      );
    });

    it('pages with first/after through the whole list, and each scope is that list filtered', async () => {
      const [{ id }] = await ds.query(
        `SELECT o.id FROM organization o JOIN suggestion s ON s.organization_a_id = o.id AND s.active
          GROUP BY o.id HAVING count(DISTINCT s.scope) > 1 ORDER BY count(*) DESC, o.id LIMIT 1`,
      );
      type Paged = {
        suggestionsFor: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { cursor: string; node: { id: string; score: number; scope: string } }[];
        };
      };
      const PAGE = `query($id: ID!, $scope: SuggestionScope, $first: Int, $after: String) {
        suggestionsFor(organizationId: $id, scope: $scope, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id score scope } } } }`;
      const walk = async (scope: string | null, first: number) => {
        const walked = await walkPages(async (after) => {
          const res = await api.gql<Paged>(PAGE, { id, scope, first, after }, admin);
          expect(res.errors).toBeUndefined();
          return res.data!.suggestionsFor;
        });
        expect(walked.nodes.length).toBe(walked.totalCount);
        return walked;
      };
      const whole = await walk(null, 100);
      expect(whole.pages).toBe(1);
      const paged = await walk(null, 3);
      expect(paged.pages).toBe(Math.ceil(whole.totalCount / 3));
      expect(paged.nodes).toEqual(whole.nodes);
      const scores = whole.nodes.map((n) => n.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));

      const scopes = [...new Set(whole.nodes.map((n) => n.scope))];
      expect(scopes.length).toBeGreaterThan(1);
      for (const scope of scopes) {
        const scoped = await walk(scope, 2);
        expect(scoped.nodes).toEqual(whole.nodes.filter((n) => n.scope === scope));
      }

      const bad = await api.gql(PAGE, { id, first: 3, after: 'not-a-cursor' }, admin);
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const none = await api.gql(PAGE, { id, first: 0 }, admin);
      expect(none.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it("never shows a confidential need's text to someone who may not see it", async () => {
      // A pair whose explanation rests on a need marked COORDINATORS.
      const rows = await ds.query(
        `SELECT s.organization_a_id AS a, s.organization_b_id AS b,
                CASE WHEN (m->>2) = '0' THEN 'A_NEEDS_B' ELSE 'B_NEEDS_A' END AS direction, n.title
           FROM suggestion s, json_array_elements(s.breakdown->'m') m
           JOIN need n ON n.id = (m->>0)::uuid
          WHERE s.active AND n.visibility = 'COORDINATORS'
            -- A title no other need has, so finding it anywhere in the answer is a leak.
            AND NOT EXISTS (SELECT 1 FROM need o WHERE o.title = n.title AND o.id <> n.id)
          ORDER BY s.id LIMIT 1`,
      );
      expect(rows.length).toBe(1);
      const { a, b, direction, title } = rows[0];
      const owner = direction === 'A_NEEDS_B' ? a : b;
      const viewerOrg = owner === a ? b : a;
      const partnerMember = await signIn(
        api,
        `partner-${viewerOrg.slice(0, 8)}@example.kr`,
        UserRole.MEMBER,
        { organizationId: viewerOrg },
      );
      const seenByPartner = await api.gql<Page>(QUERY, { id: viewerOrg }, partnerMember);
      const items = seenByPartner.data!.suggestionsFor.edges.flatMap(
        (e) => e.node.explanation.matchedItems,
      );
      const hidden = items.filter((i) => i.needOrganizationId === owner && i.confidential);
      expect(hidden.length).toBeGreaterThan(0);
      for (const item of hidden) expect(item.need).toBeNull();
      expect(JSON.stringify(seenByPartner.data)).not.toContain(title);

      const seenByAdmin = await api.gql<Page>(QUERY, { id: viewerOrg }, admin);
      expect(JSON.stringify(seenByAdmin.data)).toContain(title);
    });

    it('a profile change rescores the organization through the outbox, and the row is processed when both its jobs are', async () => {
      const [{ id, version }] = await ds.query(
        `SELECT id, version FROM organization WHERE kind = 'FIRM' AND deleted_at IS NULL ORDER BY id LIMIT 1`,
      );
      const res = await api.gql(
        `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, input: { keywords: ["이차전지", "양극재", "secondary battery"] }, expectedVersion: $v) { version } }`,
        { id, v: version },
        admin,
      );
      expect(res.errors).toBeUndefined();
      const [row] = await ds.query(
        `SELECT id FROM outbox WHERE payload->>'organizationId' = $1 ORDER BY id DESC LIMIT 1`,
        [id],
      );
      const done = await eventually(
        async () => {
          const [r] = await ds.query(`SELECT processed_at, done_jobs FROM outbox WHERE id = $1`, [
            row.id,
          ]);
          return r.processed_at ? r : undefined;
        },
        'outbox row processed',
        60_000,
      );
      expect([...done.done_jobs].sort()).toEqual(['index-organization', 'score-organization']);
      const [{ fresh }] = await ds.query(
        `SELECT count(*)::int AS fresh FROM suggestion WHERE active AND (organization_a_id = $1 OR organization_b_id = $1) AND computed_at > now() - interval '1 minute'`,
        [id],
      );
      expect(fresh).toBeGreaterThan(0);
    });

    it("acks of one outbox row's jobs at the same moment keep both, and the row is processed once both are in", async () => {
      const ack = worker.get(OutboxAck);
      const [{ id: organizationId }] = await ds.query(`SELECT id FROM organization LIMIT 1`);
      // Dispatched just now: the relay leaves them alone while the acks run.
      const rows: { id: string }[] = await ds.query(
        `INSERT INTO outbox (topic, payload, dispatched_at)
         SELECT 'organization.changed', $1, now() FROM generate_series(1, 20) RETURNING id`,
        [{ organizationId }],
      );
      const ids = rows.map((r) => r.id);
      await Promise.all(ids.map((id) => ack.processed(id, JOBS.INDEX_ORGANIZATION)));
      const halfway = await ds.query(
        `SELECT done_jobs, processed_at FROM outbox WHERE id = ANY($1::bigint[])`,
        [ids],
      );
      expect(halfway).toEqual(
        ids.map(() => ({ done_jobs: ['index-organization'], processed_at: null })),
      );
      // The other job's ack, and the first's again (a retried job), at the same moment.
      await Promise.all(
        ids.flatMap((id) => [
          ack.processed(id, JOBS.SCORE_ORGANIZATION),
          ack.processed(id, JOBS.INDEX_ORGANIZATION),
        ]),
      );
      const done: { done_jobs: string[]; processed_at: Date | null }[] = await ds.query(
        `SELECT done_jobs, processed_at FROM outbox WHERE id = ANY($1::bigint[])`,
        [ids],
      );
      for (const row of done) {
        expect([...row.done_jobs].sort()).toEqual(['index-organization', 'score-organization']);
        expect(row.processed_at).toBeInstanceOf(Date);
      }
    });

    it('runs nightly on a repeatable schedule', async () => {
      const queue = new Queue(QUEUES.MATCHING, {
        connection: { url: api.env.redisUrl },
        prefix: api.env.redisPrefix,
      });
      try {
        const schedulers = await queue.getJobSchedulers();
        expect(schedulers.find((s) => s.key === 'nightly-rescore-all')).toMatchObject({
          pattern: '0 2 * * *',
          tz: 'Asia/Seoul',
          name: JOBS.SCHEDULE_RESCORE,
        });
        // What the schedule enqueues at 02:00 plans a full rescore, which runs to the end.
        const scheduled = await queue.add(JOBS.SCHEDULE_RESCORE, {});
        const planned = await eventually(async () => {
          const job = await queue.getJob(scheduled.id!);
          return job?.finishedOn ? job : undefined;
        }, 'the scheduled job done');
        expect(planned.failedReason).toBeUndefined();
        const run = await jobCompleted(
          api,
          admin,
          (planned.returnvalue as { jobId: string }).jobId,
        );
        expect(JSON.parse(run.result).clusters).toBe(25);
      } finally {
        await queue.close();
      }
    });

    it('a full rescore asked for in the same second as one that finished runs again, under an id of its own', async () => {
      // BullMQ ignores an add whose id it holds, even a finished job's: the second ask once got
      // the finished run back, and nothing ran.
      const producer = api.app.get(JobProducer);
      const clusters = await clusterCodesLargestFirst(ds);
      // A second no other run of this file is named after (a run takes its id from the second
      // it is asked for, and the test before this one may have finished a run in this second).
      const at = new Date(Date.now() - 86_400_000);
      const first = await producer.requestRescoreAll(clusters, null, null, at);
      await jobCompleted(api, admin, first.id);
      const activeRows = async () =>
        (await ds.query(`SELECT count(*)::int AS n FROM suggestion WHERE active`))[0].n as number;
      const written = await activeRows();
      expect(written).toBeGreaterThan(0);
      // Every pair retired: only a run that really runs brings them back.
      await ds.query(`UPDATE suggestion SET active = false`);
      const second = await producer.requestRescoreAll(clusters, null, null, at);
      expect(second.id).toBe(`${first.id}-2`);
      // Asked again while it runs: the same run.
      expect((await producer.requestRescoreAll(clusters, null, null, at)).id).toBe(second.id);
      const done = await jobCompleted(api, admin, second.id);
      expect(JSON.parse(done.result).clusters).toBe(25);
      expect(await activeRows()).toBe(written);
    });

    it('requestRescore takes one organization or a cluster, for administrators only', async () => {
      const [{ id }] = await ds.query(
        `SELECT o.id FROM organization o WHERE o.deleted_at IS NULL
            AND EXISTS (SELECT 1 FROM suggestion s WHERE s.active AND s.organization_a_id = o.id)
          ORDER BY o.id LIMIT 1`,
      );
      const one = await api.gql<{ requestRescore: { id: string } }>(
        `mutation($id: ID!) { requestRescore(scope: { organizationId: $id }) { id } }`,
        { id },
        admin,
      );
      const byOrganization = await jobCompleted(api, admin, one.data!.requestRescore.id);
      // Its result counts the pairs it keeps around the organization: every active one it has.
      const [{ pairs }] = await ds.query(
        `SELECT count(*)::int AS pairs FROM suggestion
          WHERE active AND (organization_a_id = $1 OR organization_b_id = $1)`,
        [id],
      );
      expect(JSON.parse(byOrganization.result)).toMatchObject({ partners: pairs });
      expect(pairs).toBeGreaterThan(0);

      const startedAt = new Date();
      const cluster = await api.gql<{ requestRescore: { id: string } }>(
        `mutation { requestRescore(scope: { cluster: "daebul" }) { id } }`,
        {},
        admin,
      );
      expect(cluster.errors).toBeUndefined();
      const byCluster = await jobCompleted(api, admin, cluster.data!.requestRescore.id);
      expect(byCluster.percent).toBe(100);
      expect(JSON.parse(byCluster.result).partners).toBeGreaterThan(0);
      // Every DAEBUL organization with a list had it written again.
      const [{ stale }] = await ds.query(
        `SELECT count(*)::int AS stale FROM organization o JOIN complex c ON c.code = o.complex_code
          WHERE c.cluster_code = 'DAEBUL' AND o.deleted_at IS NULL
            AND EXISTS (SELECT 1 FROM suggestion s WHERE s.active AND s.organization_a_id = o.id)
            AND NOT EXISTS (SELECT 1 FROM suggestion s WHERE s.active AND s.computed_at >= $1
              AND (s.organization_a_id = o.id OR s.organization_b_id = o.id))`,
        [startedAt],
      );
      expect(stale).toBe(0);
      const bad = await api.gql(
        `mutation { requestRescore(scope: { all: true, cluster: "DAEBUL" }) { id } }`,
        {},
        admin,
      );
      expect(bad.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      const coordinator = await signIn(api, 'coord-r@example.kr', UserRole.COORDINATOR, {
        clusterCodes: ['DAEBUL'],
      });
      expect((await api.gql(RESCORE_ALL, {}, coordinator)).errors![0].extensions?.code).toBe(
        'FORBIDDEN',
      );
    });
  });

  it('an organization deleted outright takes its pairs with it; so does emptying the table', async () => {
    const touching = async (id: string) =>
      (
        await ds.query(
          `SELECT count(*)::int AS n FROM suggestion WHERE organization_a_id = $1 OR organization_b_id = $1`,
          [id],
        )
      )[0].n as number;
    const [gone] = await ds.query(
      `SELECT o.id FROM organization o
        WHERE EXISTS (SELECT 1 FROM suggestion s WHERE s.organization_b_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.organization_id = o.id)
        ORDER BY o.id LIMIT 1`,
    );
    const [{ total }] = await ds.query(`SELECT count(*)::int AS total FROM suggestion`);
    const pairs = await touching(gone.id);
    expect(pairs).toBeGreaterThan(0);
    await ds.query(`DELETE FROM organization WHERE id = $1`, [gone.id]);
    expect(await touching(gone.id)).toBe(0);
    const [{ left }] = await ds.query(`SELECT count(*)::int AS left FROM suggestion`);
    expect(left).toBe(total - pairs);
    await ds.query(`TRUNCATE organization CASCADE`);
    expect(await ds.query(`SELECT 1 FROM suggestion`)).toEqual([]);
  });
});
