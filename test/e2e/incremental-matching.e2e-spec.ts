import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { seedDemoOrganizations } from '@app/database/seed/demo/seed-demo-organizations';
import { UserRole } from '@app/domain';
import { JOBS, outboxJobId, QUEUES } from '@app/jobs';
import { EngineHolder } from '../../apps/worker/src/matching/engine-holder';
import { MatchProfileReader } from '../../apps/worker/src/matching/match-profile.reader';
import { IncrementalWriter } from '../../apps/worker/src/matching/incremental.writer';
import { INCREMENTAL_LOCK } from '../../apps/worker/src/matching/suggestion.writer';
import { MatchingEngine } from '@app/matching';
import { signIn } from '../harness/accounts';
import { jobCompleted, outboxDrained, rescoreAll } from '../harness/jobs';
import { startTestApi, TestApi } from '../harness/test-api';
import { eventually, startTestWorker } from '../harness/test-worker';

const key = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * The rule the incremental path must keep: a pair is suggested (active) exactly when it is in
 * the top K of either side, as the worker's live engine scores them now.
 */
describe('incremental rescoring keeps every top-K list exact', () => {
  let api: TestApi;
  let ds: DataSource;
  let worker: INestApplicationContext;
  let admin: string;

  const activePairs = async (): Promise<Set<string>> =>
    new Set(
      (
        await ds.query(
          `SELECT organization_a_id AS a, organization_b_id AS b FROM suggestion WHERE active`,
        )
      ).map((r: { a: string; b: string }) => key(r.a, r.b)),
    );

  /** The rejected pairs, as the worker's engine is told to leave them out. */
  const rejection = async () => {
    const rejected = new Set<string>(
      (
        await ds.query(
          `SELECT organization_a_id AS a, organization_b_id AS b FROM suggestion WHERE status = 'REJECTED'`,
        )
      ).map((r: { a: string; b: string }) => key(r.a, r.b)),
    );
    return (a: string, b: string) => rejected.has(key(a, b));
  };

  const topKPairs = async (): Promise<Set<string>> => {
    const engine = await worker.get(EngineHolder).current();
    const exclude = await rejection();
    const pairs = new Set<string>();
    for (const id of engine.ids())
      for (const s of engine.topK(id, { exclude })) pairs.add(key(id, s.partnerId));
    return pairs;
  };

  const difference = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));

  /**
   * Every list's recorded end is where the engine's list ends now: its K-th score and partner
   * (0 and none while shorter). Incremental rescores decide which lists a change reaches, and
   * which pairs an untouched list holds, by them alone.
   */
  const expectListEndsExact = async () => {
    const engine = await worker.get(EngineHolder).current();
    const exclude = await rejection();
    const k = engine.config.k;
    const rows: { id: string; end: number; last: string | null }[] = await ds.query(
      `SELECT organization_id AS id, list_end AS "end", end_partner_id AS last FROM match_list_end`,
    );
    const recorded = new Map(rows.map((r) => [r.id, { end: r.end, last: r.last }]));
    const wrong = [];
    let full = 0;
    for (const id of engine.ids()) {
      const list = engine.topKRanked(id, { exclude });
      const last = list.length < k ? undefined : list[k - 1];
      const expected = { end: last?.score ?? 0, last: last?.partnerId ?? null };
      if (last) full += 1;
      if (JSON.stringify(recorded.get(id)) !== JSON.stringify(expected))
        wrong.push({ id, expected, recorded: recorded.get(id) });
    }
    expect(wrong).toEqual([]);
    expect(full).toBeGreaterThan(engine.ids().length / 2);
  };

  /** Adds a capability through the API, as an organization's member would. */
  const addCapability = async (
    organizationId: string,
    capability: { title: string; description?: string; keywords: string[] },
  ) => {
    const res = await api.gql(
      `mutation($id: ID!, $c: CapabilityInput!) { addCapability(organizationId: $id, input: $c) { id } }`,
      { id: organizationId, c: capability },
      admin,
    );
    expect(res.errors).toBeUndefined();
  };

  /** A capability that answers this need, word for word. */
  const answering = (need: { title: string; description: string; keywords: string[] }) => ({
    title: need.title,
    description: need.description,
    keywords: need.keywords,
  });

  /** Asks for a full rescore through the API; its job id, `<queue>/<BullMQ id>`. */
  const askFullRescore = async (): Promise<string> =>
    (
      await api.gql<{ requestRescore: { id: string } }>(
        `mutation { requestRescore(scope: { all: true }) { id } }`,
        {},
        admin,
      )
    ).data!.requestRescore.id;

  /** Every organization's top K as an engine ranks it, to compare two engines. */
  const listsOf = (engine: MatchingEngine) =>
    JSON.stringify(engine.ids().map((id) => [id, engine.topK(id)]));

  /** The first live organization of a kind, by id. */
  const firstOf = async (kind: string): Promise<string> =>
    (
      await ds.query(
        `SELECT id FROM organization WHERE kind = $1 AND deleted_at IS NULL ORDER BY id LIMIT 1`,
        [kind],
      )
    )[0].id;

  /** Once every change has gone through its jobs: the stored pairs and the engine's lists. */
  const settled = async () => {
    await outboxDrained(ds);
    return { active: await activePairs(), expected: await topKPairs() };
  };

  beforeAll(async () => {
    api = await startTestApi();
    ds = api.app.get(DataSource);
    worker = await startTestWorker();
    admin = await signIn(api, 'admin@example.kr', UserRole.ADMIN);
    await seedDemoOrganizations(ds, { count: 400, seed: 33 });
    await rescoreAll(api, admin);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('after a full rescore', async () => {
    const [active, expected] = [await activePairs(), await topKPairs()];
    expect(difference(active, expected)).toEqual([]);
    expect(difference(expected, active)).toEqual([]);
    await expectListEndsExact();
  });

  it("after a profile change that enters other organizations' lists and pushes their last out", async () => {
    // An institute takes on the needs of five firms as its capabilities: it enters their top K.
    const firms: { id: string; title: string; description: string; keywords: string[] }[] =
      await ds.query(
        `SELECT DISTINCT ON (o.id) o.id, n.title, n.description, n.keywords
           FROM organization o JOIN need n ON n.organization_id = o.id
          WHERE o.kind = 'FIRM' ORDER BY o.id, n.id LIMIT 5`,
      );
    const [lab] = await ds.query(
      `SELECT id FROM organization WHERE kind = 'INSTITUTE' ORDER BY id LIMIT 1`,
    );
    for (const f of firms) await addCapability(lab.id, answering(f));
    const { active, expected } = await settled();
    const entered = firms.filter((f) => expected.has(key(f.id, lab.id)));
    expect(entered.length).toBeGreaterThan(0);
    expect(difference(active, expected)).toEqual([]);
    expect(difference(expected, active)).toEqual([]);
  });

  it('after organizations leave: a capability taken away, an organization deleted', async () => {
    const [lab] = await ds.query(
      `SELECT o.id, o.version, (SELECT c.id FROM capability c WHERE c.organization_id = o.id
          ORDER BY c.created_at DESC, c.id LIMIT 1) AS capability
         FROM organization o WHERE o.kind = 'INSTITUTE' ORDER BY o.id LIMIT 1`,
    );
    const removed = await api.gql(
      `mutation($id: ID!) { removeCapability(id: $id) }`,
      { id: lab.capability },
      admin,
    );
    expect(removed.errors).toBeUndefined();
    const [firm] = await ds.query(
      `SELECT o.id, o.version FROM organization o
        WHERE o.kind = 'FIRM' AND EXISTS (SELECT 1 FROM suggestion s WHERE s.active
          AND (s.organization_a_id = o.id OR s.organization_b_id = o.id))
        ORDER BY o.id DESC LIMIT 1`,
    );
    const deleted = await api.gql(
      `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, expectedVersion: $v) { id } }`,
      { id: firm.id, v: firm.version },
      admin,
    );
    expect(deleted.errors).toBeUndefined();
    const { active, expected } = await settled();
    expect([...active].some((p) => p.includes(firm.id))).toBe(false);
    expect(difference(active, expected)).toEqual([]);
    expect(difference(expected, active)).toEqual([]);
  });

  it('after a review: a rejected pair leaves both lists, which take their next partners, also after a later change', async () => {
    const [rejected, accepted]: { id: string; version: number; a: string; b: string }[] =
      await ds.query(
        `SELECT id, version, organization_a_id AS a, organization_b_id AS b FROM suggestion
          WHERE active AND status = 'PROPOSED' ORDER BY score DESC, id LIMIT 2`,
      );
    const engine = () => worker.get(EngineHolder).current();
    const listLength = async (id: string) =>
      (await engine()).topK(id, { exclude: await rejection() }).length;
    const lengths = [await listLength(rejected!.a), await listLength(rejected!.b)];
    const review = (s: { id: string; version: number }, decision: string, reason?: string) =>
      api.gql<{ reviewSuggestion: { status: string } }>(
        `mutation($id: ID!, $d: ReviewDecision!, $v: Int!, $r: String) {
           reviewSuggestion(id: $id, decision: $d, expectedVersion: $v, reason: $r) { status } }`,
        { id: s.id, d: decision, v: s.version, r: reason },
        admin,
      );
    expect((await review(rejected!, 'REJECT', 'No shared research topic')).errors).toBeUndefined();
    expect((await review(accepted!, 'ACCEPT')).errors).toBeUndefined();
    // The rejection asks for both sides to be rescored (outbox rows, then score-organization).
    const [{ rows }] = await ds.query(
      `SELECT count(*)::int AS rows FROM outbox WHERE topic = 'suggestion.rejected'
          AND payload->>'organizationId' = ANY($1::text[])`,
      [[rejected!.a, rejected!.b]],
    );
    expect(rows).toBe(2);

    let { active, expected } = await settled();
    expect(active.has(key(rejected!.a, rejected!.b))).toBe(false);
    expect(active.has(key(accepted!.a, accepted!.b))).toBe(true);
    expect(difference(active, expected)).toEqual([]);
    expect(difference(expected, active)).toEqual([]);
    // Each side lost a partner and took its next: as long a list as before.
    expect([await listLength(rejected!.a), await listLength(rejected!.b)]).toEqual(lengths);

    /** A profile change of `org`; once settled, the rejected pair is still out, lists exact. */
    const changeAndSettle = async (org: { id: string; version: number }, keywords: string[]) => {
      const res = await api.gql(
        `mutation($id: ID!, $v: Int!, $k: [String!]!) {
           updateOrganization(id: $id, expectedVersion: $v, input: { keywords: $k }) { id } }`,
        { id: org.id, v: org.version, k: keywords },
        admin,
      );
      expect(res.errors).toBeUndefined();
      ({ active, expected } = await settled());
      expect(active.has(key(rejected!.a, rejected!.b))).toBe(false);
      expect(difference(active, expected)).toEqual([]);
      expect(difference(expected, active)).toEqual([]);
    };

    // A later profile change of either side rescores it: the pair stays out.
    const [org] = await ds.query(`SELECT id, version FROM organization WHERE id = $1`, [
      rejected!.a,
    ]);
    await changeAndSettle(org, ['용접 자동화', 'welding automation', '로봇']);
    const [{ status }] = await ds.query(`SELECT status FROM suggestion WHERE id = $1`, [
      rejected!.id,
    ]);
    expect(status).toBe('REJECTED');

    // A change of a third organization, a partner of the other side: that side's list is ranked
    // again by a job that changed neither side of the rejected pair, and still leaves it out
    // (the pair was its list's best: read without the rejection, it would come back).
    const [third] = await ds.query(
      `SELECT o.id, o.version FROM suggestion s
         JOIN organization o ON o.id = CASE WHEN s.organization_a_id = $1
                                            THEN s.organization_b_id ELSE s.organization_a_id END
        WHERE s.active AND (s.organization_a_id = $1 OR s.organization_b_id = $1) AND o.id <> $2
        ORDER BY s.score DESC, o.id LIMIT 1`,
      [rejected!.b, rejected!.a],
    );
    await changeAndSettle(third, ['수소 연료전지', 'hydrogen fuel cell']);
  });

  it('after a series of changes across the country, each taking on another organization’s need', async () => {
    // Forty organizations of every kind and region, each given a capability that answers a
    // need of another, faster than their jobs run: a job's engine has caught up with changes
    // whose own jobs are still to come. Before such neighbours were settled with the job
    // (they were written as neighbours in their new state), pairs stayed suggested that no
    // list held.
    const picked: { id: string; title: string; description: string; keywords: string[] }[] =
      await ds.query(
        `SELECT o.id, n.title, n.description, n.keywords
           FROM organization o
           JOIN LATERAL (SELECT * FROM need WHERE organization_id <> o.id
                          ORDER BY md5(o.id::text || id::text) LIMIT 1) n ON true
          WHERE o.deleted_at IS NULL ORDER BY md5(o.id::text || 's2') LIMIT 40`,
      );
    for (const p of picked) await addCapability(p.id, answering(p));
    const { active, expected } = await settled();
    expect(difference(active, expected)).toEqual([]);
    expect(difference(expected, active)).toEqual([]);
    await expectListEndsExact();
  });

  it('catches up on a change committed after a catch-up that began while it was open', async () => {
    const holder = worker.get(EngineHolder);
    const [org] = await ds.query(
      `SELECT id FROM organization WHERE deleted_at IS NULL ORDER BY id LIMIT 1`,
    );
    const tx = ds.createQueryRunner();
    await tx.connect();
    try {
      await tx.startTransaction();
      // updated_at is the transaction's start: earlier than the catch-up below reads the clock.
      await tx.query(
        `UPDATE organization SET deleted_at = now(), updated_at = now(), version = version + 1
          WHERE id = $1`,
        [org.id],
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await holder.current()).has(org.id)).toBe(true);
      await tx.commitTransaction();
    } finally {
      await tx.release();
    }
    expect((await holder.current()).has(org.id)).toBe(false);
  });

  it('a change made while a full rescore writes is rescored after the run, on top of it', async () => {
    // A fresh worker: its live engine is built after the change, with the run's IDF (moving an
    // organization to another complex changes no term), so its lists are what must be stored.
    await worker.close();
    worker = await startTestWorker();
    // Holding the incremental lock keeps the run's first child waiting, its run recorded.
    const hold = ds.createQueryRunner();
    await hold.connect();
    const queue = new Queue(QUEUES.MATCHING, {
      connection: { url: api.env.redisUrl },
      prefix: api.env.redisPrefix,
    });
    try {
      await hold.query(`SELECT pg_advisory_lock($1)`, [INCREMENTAL_LOCK]);
      const requested = await askFullRescore();
      // The API's job ids are `<queue>/<BullMQ id>`.
      const runId = requested.split('/')[1]!;
      await eventually(async () => {
        const [{ waiting }] = await ds.query(
          `SELECT count(*)::int AS waiting FROM pg_locks
            WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`,
          [INCREMENTAL_LOCK],
        );
        return waiting > 0 ? true : undefined;
      }, 'a rescore child waiting for the incremental lock');
      const [org] = await ds.query(
        `SELECT o.id, o.version, c.cluster_code AS cluster FROM organization o
           JOIN complex c ON c.code = o.complex_code
          WHERE o.deleted_at IS NULL AND EXISTS (SELECT 1 FROM suggestion s WHERE s.active
            AND (s.organization_a_id = o.id OR s.organization_b_id = o.id))
          ORDER BY o.id LIMIT 1`,
      );
      const [elsewhere] = await ds.query(
        `SELECT code FROM complex WHERE cluster_code <> $1 ORDER BY code LIMIT 1`,
        [org.cluster],
      );
      const moved = await api.gql(
        `mutation($id: ID!, $v: Int!, $c: String!) {
           updateOrganization(id: $id, expectedVersion: $v, input: { complexCode: $c }) { id } }`,
        { id: org.id, v: org.version, c: elsewhere.code },
        admin,
      );
      expect(moved.errors).toBeUndefined();
      await hold.query(`SELECT pg_advisory_unlock($1)`, [INCREMENTAL_LOCK]);

      await eventually(
        async () => ((await queue.getJobState(runId)) === 'completed' ? true : undefined),
        'the full rescore done',
        60_000,
      );
      const { active, expected } = await settled();
      const [change] = await ds.query(
        `SELECT id FROM outbox WHERE payload->>'organizationId' = $1 ORDER BY id DESC LIMIT 1`,
        [org.id],
      );
      const run = await queue.getJob(runId);
      const rescored = await queue.getJob(outboxJobId(change.id, JOBS.SCORE_ORGANIZATION));
      expect(rescored?.finishedOn).toBeGreaterThanOrEqual(run!.finishedOn!);
      expect(difference(active, expected)).toEqual([]);
      expect(difference(expected, active)).toEqual([]);
    } finally {
      await hold.release();
      await queue.close();
    }
  });

  it('asking for a full rescore while one is writing returns that one', async () => {
    const hold = ds.createQueryRunner();
    await hold.connect();
    try {
      // The run's first child waits for the incremental lock: the run cannot end meanwhile.
      await hold.query(`SELECT pg_advisory_lock($1)`, [INCREMENTAL_LOCK]);
      const first = await askFullRescore();
      await new Promise((resolve) => setTimeout(resolve, 1100)); // a run id has seconds
      expect(await askFullRescore()).toBe(first);
      await hold.query(`SELECT pg_advisory_unlock($1)`, [INCREMENTAL_LOCK]);
      await jobCompleted(api, admin, first, 'the full rescore done');
      // Once it is done, asking starts another.
      const next = await askFullRescore();
      expect(next).not.toBe(first);
      await jobCompleted(api, admin, next, 'the next full rescore done');
    } finally {
      await hold.release();
    }
  });

  it("a worker's next full rescore reads and analyses only the profiles changed since its last build", async () => {
    const holder = worker.get(EngineHolder);
    const lab = await firstOf('UNIVERSITY');
    await addCapability(lab, { title: '수소 연료전지 스택 내구성 평가', keywords: ['연료전지'] });
    await outboxDrained(ds);
    const requested = await askFullRescore();
    const run = await holder.forRun(requested.split('/')[1]!);
    // The live engine's catch-up upserted the change; the run's build read its texts again.
    expect(holder.lastBuild).toEqual({ organizations: run.ids().length, analysed: 1 });
    const fresh = new MatchingEngine(await worker.get(MatchProfileReader).all(), run.config);
    expect(listsOf(run)).toBe(listsOf(fresh));
    await jobCompleted(api, admin, requested, 'the full rescore done');

    // The next change is rescored with the run's engine, caught up: no build, the run's IDF.
    const builds = holder.lastBuild;
    await addCapability(lab, { title: '고체 산화물 연료전지 소재', keywords: ['연료전지'] });
    const { active, expected } = await settled();
    expect(await holder.current(true)).toBe(run);
    expect(holder.lastBuild).toBe(builds);
    expect(holder.listsRecorded).toBe(true);
    expect(difference(active, expected)).toEqual([]);
    expect(difference(expected, active)).toEqual([]);
  });

  it('a worker analyses every profile as it starts, so its first build reads no texts', async () => {
    await worker.close();
    worker = await startTestWorker();
    const holder = worker.get(EngineHolder);
    const [{ live }] = await ds.query(
      `SELECT count(*)::int AS live FROM organization WHERE deleted_at IS NULL`,
    );
    // Ready before any job asks: every profile analysed, the live engine built from them.
    await holder.ready;
    expect(holder.analysed).toBe(live);
    const built = holder.lastBuild;
    expect(built).toEqual({ organizations: live, analysed: 0 });
    const engine = await holder.current();
    expect(holder.lastBuild).toBe(built);
    expect(engine.ids()).toHaveLength(live);
    expect(holder.listsRecorded).toBe(true);
  });

  it('a full rescore with nothing changed since the last build scores with that engine; after a change it builds', async () => {
    // The worker was just started: its live engine is a build, nothing changed since.
    const holder = worker.get(EngineHolder);
    await holder.ready;
    const live = await holder.current();
    const built = holder.lastBuild;
    const reader = worker.get(MatchProfileReader);
    const ask = async () => {
      const id = await askFullRescore();
      return { id, engine: await holder.forRun(id.split('/')[1]!) };
    };
    const first = await ask();
    expect(first.engine).toBe(live);
    expect(holder.lastBuild).toBe(built);
    expect(listsOf(first.engine)).toBe(
      listsOf(new MatchingEngine(await reader.all(), live.config)),
    );
    await jobCompleted(api, admin, first.id, 'the first full rescore done');

    // A change since: the next run builds, and reads only the changed profile's texts.
    await addCapability(await firstOf('INSTITUTE'), {
      title: '전고체 배터리 계면 분석',
      keywords: ['이차전지'],
    });
    await outboxDrained(ds);
    const second = await ask();
    expect(second.engine).not.toBe(live);
    expect(holder.lastBuild).toEqual({ organizations: second.engine.ids().length, analysed: 1 });
    await jobCompleted(api, admin, second.id, 'the second full rescore done');
    const { active, expected } = await settled();
    expect(difference(active, expected)).toEqual([]);
    expect(difference(expected, active)).toEqual([]);
  });

  it("writes an incremental rescore's rows, retirements and list ends in one transaction: a failure writes none", async () => {
    const [pair] = await ds.query(
      `SELECT organization_a_id AS a, organization_b_id AS b, score, scope, engine_version AS version
         FROM suggestion WHERE active ORDER BY id LIMIT 1`,
    );
    const before = async () => ({
      pairs: await ds.query(
        `SELECT id, score, active FROM suggestion
          WHERE organization_a_id = $1 OR organization_b_id = $1 ORDER BY id`,
        [pair.a],
      ),
      ends: await ds.query(`SELECT organization_id, list_end FROM match_list_end ORDER BY 1`),
    });
    const stored = await before();
    const line = [pair.a, pair.b, '0.999', '0.5', '0.5', pair.scope, '{"v":[]}', pair.version];
    const write = worker.get(IncrementalWriter).write({
      rows: [{ a: pair.a, b: pair.b, line: new TextEncoder().encode(`${line.join('\t')}\n`) }],
      computedAt: new Date(),
      // Every other pair of a's would be retired, and one list end moved...
      changed: [pair.a],
      keep: new Set([key(pair.a, pair.b)]),
      // ...had the retirement not failed (not an id), after the rows and those were written.
      retire: ['not-an-id|either'],
      ends: new Map([[pair.a, { end: 0.999, last: pair.b }]]),
      removed: [],
    });
    await expect(write).rejects.toThrow(/uuid: "not-an-id"/);
    expect(await before()).toEqual(stored);
  });
});
