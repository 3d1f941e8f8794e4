import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seedDemoOrganizations } from '@app/database/seed/demo/seed-demo-organizations';
import { UserRole, ZoneCode } from '@app/domain';
import { signIn } from '../harness/accounts';
import { outboxDrained, rescoreAll } from '../harness/jobs';
import { walkPages } from '../harness/pages';
import { startTestApi, TestApi } from '../harness/test-api';
import { startTestWorker } from '../harness/test-worker';

const CLUSTER_STATS = `query($id: ID!, $t: Float, $after: String, $first: Int) {
  clusterStats(clusterId: $id, threshold: $t) {
    cluster { id } zone { code } organizations organizationsByKind { kind count } needs
    suggestions suggestionsByStatus { status count } suggestionsByScope { scope count }
    decided acceptanceRate threshold
    unmetNeeds(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { need { id title } organization { id }
        crossZonePartners { organization { id complex { zone { code } } } suggestionId score similarity } } } } } }`;
const ZONE_STATS = `query($zone: ZoneCode!) { zoneStats(zone: $zone) { cluster { id } zone { code }
  organizations needs suggestions decided acceptanceRate unmetNeeds(first: 1) { totalCount } } }`;
const REVIEW = `mutation($id: ID!, $d: ReviewDecision!, $reason: String, $v: Int!) {
  reviewSuggestion(id: $id, decision: $d, reason: $reason, expectedVersion: $v) { status } }`;
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id needs { id } } }`;

interface Partner {
  organization: { id: string; complex: { zone: { code: string } } };
  suggestionId: string;
  score: number;
  similarity: number;
}
interface Stats {
  cluster: { id: string } | null;
  zone: { code: string };
  organizations: number;
  organizationsByKind: { kind: string; count: number }[];
  needs: number;
  suggestions: number;
  suggestionsByStatus: { status: string; count: number }[];
  suggestionsByScope: { scope: string; count: number }[];
  decided: number;
  acceptanceRate: number | null;
  threshold: number;
  unmetNeeds: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: {
      node: {
        need: { id: string; title: string };
        organization: { id: string };
        crossZonePartners: Partner[];
      };
    }[];
  };
}

describe('cluster and zone statistics', () => {
  let api: TestApi;
  let ds: DataSource;
  let worker: INestApplicationContext;
  let admin: string;
  let daebul: string;
  let honam: string;
  let launcherNeed: string;
  let launcherLab: string;

  const clusterStats = async (token: string, vars: Record<string, unknown>) =>
    api.gql<{ clusterStats: Stats }>(CLUSTER_STATS, { id: 'DAEBUL', first: 25, ...vars }, token);

  /** Every unmet need of DAEBUL through the API, page by page. */
  const walkUnmet = (threshold: number | null) =>
    walkPages(async (after) => {
      const res = await clusterStats(daebul, { t: threshold, first: 25, after });
      expect(res.errors).toBeUndefined();
      return res.data!.clusterStats.unmetNeeds;
    });

  /** The same rule computed here from raw rows, to check the SQL against. */
  const expectedUnmet = async (threshold: number): Promise<string[]> => {
    const inCluster = new Set<string>(
      (
        await ds.query(
          `SELECT o.id FROM organization o JOIN complex c ON c.code = o.complex_code
            WHERE o.deleted_at IS NULL AND c.cluster_code = 'DAEBUL'`,
        )
      ).map((r: { id: string }) => r.id),
    );
    const needs: { id: string; organization_id: string }[] = await ds.query(
      `SELECT id, organization_id FROM need`,
    );
    const pairs: {
      a: string;
      b: string;
      score: number;
      status: string;
      active: boolean;
      breakdown: { m?: [string, string, number, number][] };
    }[] = await ds.query(
      `SELECT organization_a_id AS a, organization_b_id AS b, score, status, active, breakdown FROM suggestion`,
    );
    const answered = new Set<string>();
    for (const p of pairs) {
      const counted = p.status !== 'REJECTED' && (p.active || p.status !== 'PROPOSED');
      if (!counted || p.score < threshold || !inCluster.has(p.a) || !inCluster.has(p.b)) continue;
      for (const [needId] of p.breakdown.m ?? []) answered.add(needId);
    }
    return needs
      .filter((n) => inCluster.has(n.organization_id) && !answered.has(n.id))
      .map((n) => n.id)
      .sort();
  };

  beforeAll(async () => {
    api = await startTestApi();
    ds = api.app.get(DataSource);
    worker = await startTestWorker();
    admin = await signIn(api, 'admin@example.kr', UserRole.ADMIN);
    daebul = await signIn(api, 'daebul@example.kr', UserRole.COORDINATOR, {
      clusterCodes: ['DAEBUL'],
    });
    honam = await signIn(api, 'honam@example.kr', UserRole.COORDINATOR, {
      zoneCodes: [ZoneCode.HONAM],
    });
    await seedDemoOrganizations(ds, { count: 800, seed: 9 });
    // A 대불 firm needing what only an aerospace lab in 사천 (another zone) offers.
    const firm = await api.gql<{ createOrganization: { id: string; needs: { id: string }[] } }>(
      CREATE,
      {
        input: {
          kind: 'FIRM',
          nameKo: '(주)대불발사체부품',
          complexCode: 'DAEBUL',
          ksicCodes: ['31311'],
          needs: [
            {
              title: '발사체 연소기 연소 시험',
              description: '소형 발사체 연소기의 지상 연소 시험과 열해석',
              keywords: ['발사체', '연소기', '연소시험'],
            },
          ],
        },
      },
      admin,
    );
    expect(firm.errors).toBeUndefined();
    launcherNeed = firm.data!.createOrganization.needs[0]!.id;
    const lab = await api.gql<{ createOrganization: { id: string } }>(
      CREATE,
      {
        input: {
          kind: 'INSTITUTE',
          nameKo: '사천항공우주시험연구소',
          complexCode: 'SACHEON',
          capabilities: [
            {
              title: '발사체 연소기 연소 시험 설비',
              description: '소형 발사체 연소기 지상 연소시험 및 열해석',
              keywords: ['발사체', '연소기', '연소시험'],
            },
          ],
        },
      },
      admin,
    );
    expect(lab.errors).toBeUndefined();
    launcherLab = lab.data!.createOrganization.id;
    // The two creations' own jobs first, so the statistics read what the full rescore left
    // (an incremental job running alongside it may settle a list either run's way).
    await outboxDrained(ds, 'the creations processed');
    await rescoreAll(api, admin);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it("counts a cluster's organizations by kind and its suggestions by status and scope", async () => {
    const res = await clusterStats(daebul, {});
    expect(res.errors).toBeUndefined();
    const s = res.data!.clusterStats;
    const kinds: { kind: string; n: number }[] = await ds.query(
      `SELECT o.kind, count(*)::int AS n FROM organization o JOIN complex c ON c.code = o.complex_code
        WHERE o.deleted_at IS NULL AND c.cluster_code = 'DAEBUL' GROUP BY o.kind`,
    );
    expect(s.cluster).toEqual({ id: 'DAEBUL' });
    expect(s.zone).toEqual({ code: 'HONAM' });
    expect(Object.fromEntries(s.organizationsByKind.map((k) => [k.kind, k.count]))).toEqual({
      FIRM: 0,
      UNIVERSITY: 0,
      INSTITUTE: 0,
      ...Object.fromEntries(kinds.map((k) => [k.kind, k.n])),
    });
    expect(s.organizations).toBe(kinds.reduce((a, k) => a + k.n, 0));

    const [pairs] = await ds.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE s.scope = 'CROSS_ZONE')::int AS cross_zone
         FROM suggestion s
         JOIN organization a ON a.id = s.organization_a_id JOIN complex ca ON ca.code = a.complex_code
         JOIN organization b ON b.id = s.organization_b_id JOIN complex cb ON cb.code = b.complex_code
        WHERE (s.active OR s.status <> 'PROPOSED') AND (ca.cluster_code = 'DAEBUL' OR cb.cluster_code = 'DAEBUL')`,
    );
    expect(pairs.total).toBeGreaterThan(0);
    expect(s.suggestions).toBe(pairs.total);
    expect(s.suggestionsByScope.find((x) => x.scope === 'CROSS_ZONE')!.count).toBe(
      pairs.cross_zone,
    );
    expect(s.suggestionsByStatus.find((x) => x.status === 'PROPOSED')!.count).toBe(pairs.total);
    expect(s).toMatchObject({ decided: 0, acceptanceRate: null, threshold: 0.35 });

    // The zone adds up its clusters.
    const zone = await api.gql<{ zoneStats: Stats }>(ZONE_STATS, { zone: 'HONAM' }, honam);
    expect(zone.errors).toBeUndefined();
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM organization o JOIN complex c ON c.code = o.complex_code
        WHERE o.deleted_at IS NULL AND c.zone_code = 'HONAM'`,
    );
    expect(zone.data!.zoneStats).toMatchObject({ cluster: null, zone: { code: 'HONAM' } });
    expect(zone.data!.zoneStats.organizations).toBe(n);
    expect(zone.data!.zoneStats.organizations).toBeGreaterThan(s.organizations);
  });

  it('the acceptance rate follows the decisions', async () => {
    const rows: { id: string; version: number }[] = await ds.query(
      `SELECT s.id, s.version FROM suggestion s
         JOIN organization a ON a.id = s.organization_a_id JOIN complex ca ON ca.code = a.complex_code
        WHERE s.active AND s.status = 'PROPOSED' AND ca.cluster_code = 'DAEBUL' ORDER BY s.id LIMIT 3`,
    );
    const [x, y, z] = rows;
    for (const [pair, d] of [
      [x!, 'ACCEPT'],
      [y!, 'ACCEPT'],
      [z!, 'REJECT'],
    ] as const) {
      const res = await api.gql(
        REVIEW,
        { id: pair.id, d, reason: '업종 불일치', v: pair.version },
        daebul,
      );
      expect(res.errors).toBeUndefined();
    }
    const s = (await clusterStats(daebul, {})).data!.clusterStats;
    expect(s.decided).toBe(3);
    expect(s.acceptanceRate).toBeCloseTo(2 / 3, 10);
    expect(s.suggestionsByStatus.find((x) => x.status === 'REJECTED')!.count).toBe(1);
  });

  it('lists the needs nobody inside the cluster answers, page by page, with the best partners across zones', async () => {
    const { nodes, totalCount } = await walkUnmet(null);
    expect(nodes.map((n) => n.need.id)).toEqual(await expectedUnmet(0.35));
    expect(totalCount).toBe(nodes.length);
    // Neither trivially everything nor nothing at the default threshold.
    const needs = (await clusterStats(daebul, {})).data!.clusterStats.needs;
    expect(totalCount).toBeGreaterThan(0);
    expect(totalCount).toBeLessThan(needs);
    expect(nodes.some((n) => n.crossZonePartners.length > 0)).toBe(true);

    // The hand-made case: the launcher need is unmet in 대불 and the 사천 lab is offered for it.
    const launcher = nodes.find((n) => n.need.id === launcherNeed);
    expect(launcher).toBeDefined();
    expect(launcher!.need.title).toBe('발사체 연소기 연소 시험');
    expect(launcher!.crossZonePartners.map((p) => p.organization.id)).toContain(launcherLab);

    for (const node of nodes) {
      const partners = node.crossZonePartners;
      expect(partners.length).toBeLessThanOrEqual(3);
      for (const p of partners) expect(p.organization.complex.zone.code).not.toBe('HONAM');
      const order = partners.map((p) => -p.similarity);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('a higher threshold leaves more needs unmet', async () => {
    const low = await walkUnmet(0);
    const high = await walkUnmet(1);
    expect(low.nodes.map((n) => n.need.id)).toEqual(await expectedUnmet(0));
    expect(low.totalCount).toBeLessThan(high.totalCount);
    const needs = (await clusterStats(daebul, {})).data!.clusterStats.needs;
    expect(high.totalCount).toBe(needs);
  });

  it('answers only those who may see, and says what is wrong with bad input', async () => {
    const gumi = await signIn(api, 'gumi@example.kr', UserRole.COORDINATOR, {
      clusterCodes: ['GUMI'],
    });
    const member = await signIn(api, 'member@example.kr', UserRole.MEMBER, {
      organizationId: launcherLab,
    });
    const code = async (
      res: Promise<{ errors?: { extensions?: { code?: string } }[] }>,
    ): Promise<string | undefined> => (await res).errors?.[0]?.extensions?.code;

    expect(await code(clusterStats(gumi, {}))).toBe('FORBIDDEN');
    expect(await code(clusterStats(member, {}))).toBe('FORBIDDEN');
    expect(await code(api.gql(CLUSTER_STATS, { id: 'DAEBUL' }))).toBe('UNAUTHENTICATED');
    expect(await code(clusterStats(honam, {}))).toBeUndefined();
    expect(await code(api.gql(ZONE_STATS, { zone: 'HONAM' }, daebul))).toBe('FORBIDDEN');
    expect(await code(api.gql(ZONE_STATS, { zone: 'CAPITAL' }, honam))).toBe('FORBIDDEN');
    expect(await code(api.gql(ZONE_STATS, { zone: 'CAPITAL' }, admin))).toBeUndefined();
    expect(await code(clusterStats(admin, { id: 'NOWHERE' }))).toBe('NOT_FOUND');

    const bad = await clusterStats(daebul, { t: 1.5 });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'threshold', reason: 'must be between 0 and 1' }],
    });
    const badCursor = await clusterStats(daebul, { after: 'bm9wZQ' });
    expect(badCursor.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after' }],
    });
  });
});
