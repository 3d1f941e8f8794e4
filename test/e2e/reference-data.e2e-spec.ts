import { startTestApi, TestApi } from '../harness/test-api';

describe('reference data over GraphQL', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the 7 zones in plan order, each with its clusters and their hubs', async () => {
    const res = await api.gql<{
      zones: {
        code: string;
        nameKo: string;
        clusters: { id: string; hub: { code: string; role: string } }[];
      }[];
    }>(
      `{ zones { code nameKo nameEn specialisations { ko en } clusters { id hub { code role } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const zones = res.data!.zones;
    expect(zones.map((z) => z.code)).toEqual([
      'CAPITAL',
      'CHUNGCHEONG',
      'DAEGYEONG',
      'DONGNAM',
      'HONAM',
      'GANGWON',
      'JEJU',
    ]);
    expect(zones.map((z) => z.clusters.length)).toEqual([5, 5, 3, 5, 5, 1, 1]);
    for (const zone of zones) {
      for (const cluster of zone.clusters) {
        expect(cluster.hub.code).toBe(cluster.id);
        expect(cluster.hub.role).toBe('HUB');
      }
    }
  });

  it('links a cluster to its zone, hub and complexes, and each complex back', async () => {
    const res = await api.gql<{
      cluster: {
        id: string;
        zone: { code: string };
        hub: { nameKo: string };
        complexes: {
          code: string;
          role: string;
          cluster: { id: string };
          zone: { code: string };
        }[];
        linked: { role: string }[];
      };
    }>(
      `query($id: ID!) { cluster(id: $id) { id zone { code } hub { nameKo }
          complexes { code role cluster { id } zone { code } } linked { role } } }`,
      { id: 'DAEBUL' },
    );
    expect(res.errors).toBeUndefined();
    const cluster = res.data!.cluster;
    expect(cluster.zone.code).toBe('HONAM');
    expect(cluster.hub.nameKo).toContain('대불');
    expect(cluster.complexes[0]).toMatchObject({ code: 'DAEBUL', role: 'HUB' });
    expect(cluster.linked.length).toBe(cluster.complexes.length - 1);
    expect(cluster.linked.length).toBeGreaterThan(0);
    for (const c of cluster.complexes) {
      expect(c.cluster.id).toBe('DAEBUL');
      expect(c.zone.code).toBe('HONAM');
    }
  });

  it('counts and pages complexes as a Relay connection', async () => {
    const all = await api.gql<{ complexes: { totalCount: number } }>(
      `{ complexes { totalCount } }`,
    );
    expect(all.data!.complexes.totalCount).toBe(193);

    const query = `query($after: String) {
      complexes(filter: { role: LINKED }, first: 100, after: $after) {
        totalCount edges { cursor node { code role } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`;
    type Page = {
      complexes: {
        totalCount: number;
        edges: { cursor: string; node: { code: string; role: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    };
    const first = await api.gql<Page>(query);
    expect(first.data!.complexes.totalCount).toBe(168);
    expect(first.data!.complexes.edges).toHaveLength(100);
    expect(first.data!.complexes.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    const second = await api.gql<Page>(query, { after: first.data!.complexes.pageInfo.endCursor });
    expect(second.data!.complexes.edges).toHaveLength(68);
    expect(second.data!.complexes.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    const codes = [...first.data!.complexes.edges, ...second.data!.complexes.edges].map(
      (e) => e.node.code,
    );
    expect(new Set(codes).size).toBe(168);
    expect(codes.every((c) => typeof c === 'string')).toBe(true);
  });

  it.each([
    [{ zone: 'CAPITAL', role: 'HUB' }, 5],
    [{ zone: 'CAPITAL', role: 'LINKED', type: 'GENERAL' }, 13],
    [{ zone: 'CAPITAL', role: 'LINKED', type: 'NATIONAL' }, 1],
    [{ zone: 'CHUNGCHEONG', role: 'LINKED', type: 'AGRO' }, 31],
    [{ zone: 'CHUNGCHEONG', role: 'LINKED', type: 'GENERAL' }, 10],
    [{ zone: 'DAEGYEONG', role: 'LINKED', type: 'AGRO' }, 10],
    [{ zone: 'DAEGYEONG', role: 'LINKED', type: 'GENERAL' }, 9],
    [{ zone: 'DAEGYEONG', role: 'LINKED', type: 'NATIONAL' }, 1],
    [{ zone: 'honam', role: 'HUB' }, 5],
    [{ role: 'HUB' }, 25],
  ])('filters complexes by %j', async (filter, count) => {
    const res = await api.gql<{ complexes: { totalCount: number } }>(
      `query($filter: ComplexFilterInput) { complexes(filter: $filter) { totalCount } }`,
      { filter },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.complexes.totalCount).toBe(count);
  });

  it('finds a complex by code, with its zone and cluster, and returns null for an unknown one', async () => {
    const res = await api.gql<{
      complex: {
        nameKo: string;
        role: string;
        source: string;
        zone: { code: string };
        cluster: { id: string };
      };
      missing: null;
    }>(
      `{ complex(code: "GUMI") { nameKo role source zone { code } cluster { id } } missing: complex(code: "NOWHERE") { code } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.complex).toMatchObject({
      role: 'HUB',
      source: 'PLAN',
      zone: { code: 'DAEGYEONG' },
      cluster: { id: 'GUMI' },
    });
    expect(res.data!.complex.nameKo).toContain('구미');
    expect(res.data!.missing).toBeNull();
  });

  it('filters clusters by zone', async () => {
    const res = await api.gql<{ clusters: { id: string }[]; all: { id: string }[] }>(
      `{ clusters(zone: "CHUNGCHEONG") { id } all: clusters { id } }`,
    );
    expect(res.data!.clusters.map((c) => c.id).sort()).toEqual([
      'ASAN',
      'CHEONAN',
      'CHEONGJU',
      'CHUNGJU',
      'OCHANG',
    ]);
    expect(res.data!.all).toHaveLength(25);
  });

  describe('bad input', () => {
    it.each([
      ['clusters(zone:)', `{ clusters(zone: "ATLANTIS") { id } }`, 'zone'],
      [
        'complexes(filter.zone)',
        `{ complexes(filter: { zone: "ATLANTIS" }) { totalCount } }`,
        'filter.zone',
      ],
      ['zone(code:)', `{ zone(code: "ATLANTIS") { code } }`, 'code'],
    ])(
      'an unknown zone in %s is BAD_USER_INPUT naming the valid codes',
      async (_name, query, path) => {
        const res = await api.gql(query);
        expect(res.errors).toHaveLength(1);
        const error = res.errors![0];
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.message).toContain(
          'CAPITAL, CHUNGCHEONG, DAEGYEONG, DONGNAM, HONAM, GANGWON, JEJU',
        );
        expect(error.extensions?.fields).toEqual([
          { path, reason: expect.stringContaining('ATLANTIS') },
        ]);
      },
    );

    it.each([0, -1, 101, 1000])('first = %i is BAD_USER_INPUT', async (first) => {
      const res = await api.gql(`query($first: Int) { complexes(first: $first) { totalCount } }`, {
        first,
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([
        { path: 'first', reason: expect.stringContaining('between 1 and 100') },
      ]);
      expect(res.data).toBeNull();
    });

    it('accepts first at its bounds', async () => {
      for (const first of [1, 100]) {
        const res = await api.gql<{ complexes: { edges: unknown[] } }>(
          `query($first: Int) { complexes(first: $first) { edges { cursor } } }`,
          { first },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.complexes.edges).toHaveLength(first);
      }
    });

    it('a cursor of something else is BAD_USER_INPUT', async () => {
      const res = await api.gql(`{ complexes(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
