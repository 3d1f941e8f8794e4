import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueryLogger } from '@app/database';
import { seedDemoOrganizations } from '@app/database/seed/demo/seed-demo-organizations';
import { UserRole } from '@app/domain';
import { signIn } from '../harness/accounts';
import { outboxDrained, rescoreAll } from '../harness/jobs';
import { walkPages } from '../harness/pages';
import { startTestApi, TestApi } from '../harness/test-api';
import { startTestWorker } from '../harness/test-worker';

const QUEUE = `query($f: SuggestionFilterInput, $after: String) { suggestions(filter: $f, first: 20, after: $after) {
  totalCount edges { node { id status version score organizationA { id } organizationB { id } } } pageInfo { hasNextPage endCursor } } }`;
const REVIEW = `mutation($id: ID!, $d: ReviewDecision!, $reason: String, $note: String, $v: Int!) {
  reviewSuggestion(id: $id, decision: $d, reason: $reason, note: $note, expectedVersion: $v) {
    id status version history { decision fromStatus toStatus reason note actorUserId } } }`;

type Node = { id: string; status: string; version: number; score: number };
type Queue = {
  suggestions: {
    totalCount: number;
    edges: { node: Node }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

describe('coordinator review', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let admin: string;
  let daebul: string;
  let other: string;

  beforeAll(async () => {
    api = await startTestApi();
    ds = api.app.get(DataSource);
    worker = await startTestWorker();
    admin = await signIn(api, 'admin@example.kr', UserRole.ADMIN);
    daebul = await signIn(api, 'daebul@example.kr', UserRole.COORDINATOR, {
      clusterCodes: ['DAEBUL'],
    });
    other = await signIn(api, 'capital@example.kr', UserRole.COORDINATOR, {
      zoneCodes: ['CAPITAL' as never],
    });
    await seedDemoOrganizations(ds, { count: 800, seed: 9 });
    await rescoreAll(api, admin);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('a coordinator pages its queue, accepts and introduces one, rejects another; a rescore keeps the decisions', async () => {
    const first = await api.gql<Queue>(QUEUE, { f: { status: 'PROPOSED' } }, daebul);
    expect(first.errors).toBeUndefined();
    const page = first.data!.suggestions;
    expect(page.totalCount).toBeGreaterThan(2);
    // Every pair in the queue touches the DAEBUL cluster.
    const touching = await ds.query(
      `SELECT bool_and(ca.cluster_code = 'DAEBUL' OR cb.cluster_code = 'DAEBUL') AS ok FROM suggestion s
         JOIN organization a ON a.id = s.organization_a_id JOIN complex ca ON ca.code = a.complex_code
         JOIN organization b ON b.id = s.organization_b_id JOIN complex cb ON cb.code = b.complex_code
        WHERE s.id = ANY($1::uuid[])`,
      [page.edges.map((e) => e.node.id)],
    );
    expect(touching[0].ok).toBe(true);
    if (page.pageInfo.hasNextPage) {
      const next = await api.gql<Queue>(
        QUEUE,
        { f: { status: 'PROPOSED' }, after: page.pageInfo.endCursor },
        daebul,
      );
      expect(next.data!.suggestions.edges[0].node.score).toBeLessThanOrEqual(
        page.edges.at(-1)!.node.score,
      );
    }

    // Two pairs that do not touch the GUMI cluster, whose coordinator must stay out of them.
    const clear: { id: string }[] = await ds.query(
      `SELECT s.id FROM suggestion s
         JOIN organization a ON a.id = s.organization_a_id JOIN complex ca ON ca.code = a.complex_code
         JOIN organization b ON b.id = s.organization_b_id JOIN complex cb ON cb.code = b.complex_code
        WHERE s.id = ANY($1::uuid[]) AND ca.cluster_code <> 'GUMI' AND cb.cluster_code <> 'GUMI'`,
      [page.edges.map((e) => e.node.id)],
    );
    const clearIds = new Set(clear.map((r) => r.id));
    const [good, bad] = page.edges.map((e) => e.node).filter((n) => clearIds.has(n.id));
    const accepted = await api.gql<{ reviewSuggestion: Node & { history: unknown[] } }>(
      REVIEW,
      { id: good.id, d: 'ACCEPT', note: '공동 과제 후보', v: good.version },
      daebul,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.reviewSuggestion).toMatchObject({
      status: 'ACCEPTED',
      version: good.version + 1,
    });
    const introduced = await api.gql<{
      reviewSuggestion: Node & { history: { decision: string; toStatus: string }[] };
    }>(
      REVIEW,
      { id: good.id, d: 'INTRODUCE', note: '양측 연락처 전달', v: good.version + 1 },
      daebul,
    );
    expect(introduced.data!.reviewSuggestion.status).toBe('INTRODUCED');
    expect(introduced.data!.reviewSuggestion.history.map((h) => [h.decision, h.toStatus])).toEqual([
      ['ACCEPT', 'ACCEPTED'],
      ['INTRODUCE', 'INTRODUCED'],
    ]);

    const noReason = await api.gql(REVIEW, { id: bad.id, d: 'REJECT', v: bad.version }, daebul);
    expect(noReason.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'reason' }],
    });
    const rejected = await api.gql<{ reviewSuggestion: Node }>(
      REVIEW,
      { id: bad.id, d: 'REJECT', reason: '업종 불일치', v: bad.version },
      daebul,
    );
    expect(rejected.data!.reviewSuggestion.status).toBe('REJECTED');

    const wrongMove = await api.gql(
      REVIEW,
      { id: bad.id, d: 'ACCEPT', v: bad.version + 1 },
      daebul,
    );
    expect(wrongMove.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('none (it is final)'),
    });

    await rescoreAll(api, admin);
    const [after] = await ds.query(`SELECT status FROM suggestion WHERE id = $1`, [good.id]);
    expect(after.status).toBe('INTRODUCED');
    const [stillRejected] = await ds.query(`SELECT status FROM suggestion WHERE id = $1`, [bad.id]);
    expect(stillRejected.status).toBe('REJECTED');
    const queue = await api.gql<Queue>(QUEUE, { f: { status: 'PROPOSED' } }, daebul);
    expect(queue.data!.suggestions.edges.map((e) => e.node.id)).not.toContain(bad.id);

    // Another cluster's coordinator can neither see nor decide these two.
    const gumi = await signIn(api, 'gumi@example.kr', UserRole.COORDINATOR, {
      clusterCodes: ['GUMI'],
    });
    for (const status of ['INTRODUCED', 'REJECTED']) {
      const theirs = await api.gql<Queue>(QUEUE, { f: { status } }, gumi);
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data!.suggestions.edges.map((e) => e.node.id)).not.toContain(
        status === 'INTRODUCED' ? good.id : bad.id,
      );
    }
    for (const [pair, v] of [
      [good, good.version + 2],
      [bad, bad.version + 1],
    ] as const) {
      const decide = await api.gql(REVIEW, { id: pair.id, d: 'INTRODUCE', v }, gumi);
      expect(decide.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("another cluster's coordinator can neither see nor decide them", async () => {
    const [pair] = await ds.query(
      `SELECT s.id, s.version FROM suggestion s
         JOIN organization a ON a.id = s.organization_a_id JOIN complex ca ON ca.code = a.complex_code
         JOIN organization b ON b.id = s.organization_b_id JOIN complex cb ON cb.code = b.complex_code
        WHERE s.active AND s.status = 'PROPOSED' AND ca.zone_code <> 'CAPITAL' AND cb.zone_code <> 'CAPITAL'
          AND (ca.cluster_code = 'DAEBUL' OR cb.cluster_code = 'DAEBUL') LIMIT 1`,
    );
    const seen = await api.gql<Queue>(QUEUE, { f: { organization: null } }, other);
    expect(seen.data!.suggestions.edges.map((e) => e.node.id)).not.toContain(pair.id);
    const decide = await api.gql(REVIEW, { id: pair.id, d: 'ACCEPT', v: pair.version }, other);
    expect(decide.errors![0].extensions?.code).toBe('FORBIDDEN');
    const member = await api.gql(QUEUE, {}, undefined);
    expect(member.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('two coordinators deciding at once: one wins, the other gets CONFLICT', async () => {
    const [pair] = await ds.query(
      `SELECT s.id, s.version FROM suggestion s
         JOIN organization a ON a.id = s.organization_a_id JOIN complex ca ON ca.code = a.complex_code
        WHERE s.active AND s.status = 'PROPOSED' AND ca.cluster_code = 'DAEBUL' LIMIT 1`,
    );
    const second = await signIn(api, 'honam@example.kr', UserRole.COORDINATOR, {
      zoneCodes: ['HONAM' as never],
    });
    const [x, y] = await Promise.all([
      api.gql(REVIEW, { id: pair.id, d: 'ACCEPT', v: pair.version }, daebul),
      api.gql(REVIEW, { id: pair.id, d: 'REJECT', reason: '중복', v: pair.version }, second),
    ]);
    const outcomes = [x, y].map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM review_event WHERE suggestion_id = $1`,
      [pair.id],
    );
    expect(n).toBe(1);
  });

  it('orders the queue by score, scoring time or last change, either way, and pages it without gaps', async () => {
    // The rescores the earlier rejections asked for may have been put back while a full
    // rescore wrote, and still be writing: pages are compared once nothing writes.
    await outboxDrained(ds);
    const ORDERED = `query($o: SuggestionOrderInput, $after: String) {
      suggestions(filter: { cluster: "DAEBUL" }, orderBy: $o, first: 40, after: $after) {
        totalCount edges { node { id score computedAt } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      suggestions: {
        totalCount: number;
        edges: { node: { id: string; score: number; computedAt: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const walk = async (o: { field: string; direction: string }) => {
      const { nodes, totalCount } = await walkPages(async (after) => {
        const res = await api.gql<Page>(ORDERED, { o, after }, daebul);
        expect(res.errors).toBeUndefined();
        return res.data!.suggestions;
      }, 100);
      expect(nodes).toHaveLength(totalCount);
      return nodes.map((n) => n.id);
    };
    const expected = async (column: string, direction: string) =>
      (
        await ds.query(
          `SELECT s.id FROM suggestion s
             JOIN organization a ON a.id = s.organization_a_id JOIN complex ca ON ca.code = a.complex_code
             JOIN organization b ON b.id = s.organization_b_id JOIN complex cb ON cb.code = b.complex_code
            WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL AND (s.active OR s.status <> 'PROPOSED')
              AND (ca.cluster_code = 'DAEBUL' OR cb.cluster_code = 'DAEBUL')
            ORDER BY s.${column} ${direction}, s.id`,
        )
      ).map((r: { id: string }) => r.id);

    // Give the pairs distinct last-change times, microseconds apart, so the walk crosses ties
    // a millisecond clock would hide.
    await ds.query(
      `UPDATE suggestion SET updated_at = now() - (random() * interval '2 milliseconds')`,
    );
    expect(await walk({ field: 'SCORE', direction: 'ASC' })).toEqual(
      await expected('score', 'ASC'),
    );
    expect(await walk({ field: 'UPDATED_AT', direction: 'DESC' })).toEqual(
      await expected('updated_at', 'DESC'),
    );
    expect(await walk({ field: 'COMPUTED_AT', direction: 'ASC' })).toEqual(
      await expected('computed_at', 'ASC'),
    );

    const first = await api.gql<Page>(
      ORDERED,
      { o: { field: 'SCORE', direction: 'DESC' } },
      daebul,
    );
    const mixed = await api.gql(
      ORDERED,
      {
        o: { field: 'UPDATED_AT', direction: 'DESC' },
        after: first.data!.suggestions.pageInfo.endCursor,
      },
      daebul,
    );
    expect(mixed.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'after', reason: expect.stringContaining('belongs to the order SCORE DESC') },
      ],
    });
  });

  it('loads the history of a long page in one query, not one per suggestion', async () => {
    const WITH_HISTORY = `query($n: Int) { suggestions(first: $n) { edges { node { id
      history { decision actorUserId } } } } }`;
    const logger = ds.logger as QueryLogger;
    const cost = async (n: number) => {
      const before = logger.count;
      const res = await api.gql<{ suggestions: { edges: unknown[] } }>(WITH_HISTORY, { n }, admin);
      expect(res.errors).toBeUndefined();
      expect(res.data!.suggestions.edges).toHaveLength(n);
      return logger.count - before;
    };
    expect(await cost(50)).toBe(await cost(5));
  });
});
