import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { QueryLogger } from '@app/database';
import { seedDemoOrganizations } from '@app/database/seed/demo/seed-demo-organizations';
import { businessNumberWithCheckDigit, UserRole, ZoneCode } from '@app/domain';
import { signIn } from '../harness/accounts';
import { walkPages } from '../harness/pages';
import { startTestApi, TestApi } from '../harness/test-api';

const ORG_FIELDS = `id kind nameKo nameEn ksicCodes keywords website businessNumber version deletedAt
  complex { code } cluster { id } zone { code }
  capabilities { id title keywords } needs { id title visibility }`;

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORG_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateOrganizationInput!, $v: Int!) {
  updateOrganization(id: $id, input: $input, expectedVersion: $v) { ${ORG_FIELDS} } }`;

interface Org {
  id: string;
  version: number;
  nameKo: string;
  businessNumber: string | null;
  needs: { id: string; title: string; visibility: string }[];
  capabilities: { id: string; title: string }[];
  complex: { code: string };
  cluster: { id: string };
  zone: { code: string };
  deletedAt: string | null;
}

describe('organization profiles', () => {
  let api: TestApi;
  let ds: DataSource;
  let admin: string;
  let daebulCoordinator: string;
  let honamCoordinator: string;
  let gumiCoordinator: string;
  const firmNumber = businessNumberWithCheckDigit('617812345');

  const counts = async () =>
    (
      await ds.query(`SELECT
        (SELECT count(*) FROM organization)::int AS organizations,
        (SELECT count(*) FROM capability)::int AS capabilities,
        (SELECT count(*) FROM need)::int AS needs,
        (SELECT count(*) FROM outbox)::int AS outbox`)
    )[0];

  const daebulFirm = (extra: Record<string, unknown> = {}) => ({
    kind: 'FIRM',
    nameKo: '(주)대불정밀',
    nameEn: 'Daebul Precision Co., Ltd.',
    complexCode: 'DAEBUL',
    ksicCodes: ['31111'],
    keywords: ['용접', '선박 블록'],
    website: 'https://daebul-precision.example.kr',
    capabilities: [{ title: '선박 블록 제작', keywords: ['조선'] }],
    needs: [
      { title: '용접 자동화 로봇 도입', keywords: ['용접자동화'] },
      { title: '원가 절감 공정 진단', visibility: 'COORDINATORS' },
    ],
    ...extra,
  });

  beforeAll(async () => {
    api = await startTestApi();
    ds = api.app.get(DataSource);
    admin = await signIn(api, 'admin@example.kr', UserRole.ADMIN);
    daebulCoordinator = await signIn(api, 'daebul@example.kr', UserRole.COORDINATOR, {
      clusterCodes: ['DAEBUL'],
    });
    honamCoordinator = await signIn(api, 'honam@example.kr', UserRole.COORDINATOR, {
      zoneCodes: [ZoneCode.HONAM],
    });
    gumiCoordinator = await signIn(api, 'gumi@example.kr', UserRole.COORDINATOR, {
      clusterCodes: ['GUMI'],
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('create, update, delete', () => {
    let org: Org;

    it('creates a profile with its capabilities and needs, and an outbox row in the same transaction', async () => {
      const before = await counts();
      const res = await api.gql<{ createOrganization: Org }>(
        CREATE,
        { input: daebulFirm({ businessNumber: firmNumber }) },
        admin,
      );
      expect(res.errors).toBeUndefined();
      org = res.data!.createOrganization;
      expect(org).toMatchObject({
        version: 1,
        complex: { code: 'DAEBUL' },
        cluster: { id: 'DAEBUL' },
        zone: { code: 'HONAM' },
        businessNumber: firmNumber,
      });
      expect(org.needs).toHaveLength(2);
      expect(await counts()).toEqual({
        organizations: before.organizations + 1,
        capabilities: before.capabilities + 1,
        needs: before.needs + 2,
        outbox: before.outbox + 1,
      });
      const [row] = await ds.query(`SELECT topic, payload FROM outbox ORDER BY id DESC LIMIT 1`);
      expect(row).toEqual({ topic: 'organization.changed', payload: { organizationId: org.id } });
    });

    it('rejects invalid input with every invalid field, and writes nothing', async () => {
      const before = await counts();
      const res = await api.gql(
        CREATE,
        {
          input: daebulFirm({
            nameKo: ' ',
            complexCode: 'NOWHERE',
            ksicCodes: ['00001', 'x'],
            website: 'not a url',
            businessNumber: '123-45-67890',
            keywords: Array.from({ length: 25 }, (_, i) => `k${i}`),
            capabilities: [{ title: 'x'.repeat(121) }],
            needs: [{ title: '', visibility: 'PUBLIC' }],
          }),
        },
        admin,
      );
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      const paths = (res.errors![0].extensions!.fields as { path: string }[]).map((f) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'input.nameKo',
          'input.ksicCodes.0',
          'input.ksicCodes.1',
          'input.website',
          'input.keywords',
          'input.capabilities.0.title',
          'input.needs.0.title',
        ]),
      );
      expect(await counts()).toEqual(before);
    });

    it('refuses an unknown complex with BAD_USER_INPUT on input.complexCode', async () => {
      const before = await counts();
      const res = await api.gql(CREATE, { input: daebulFirm({ complexCode: 'NOWHERE' }) }, admin);
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.complexCode', reason: expect.stringContaining('NOWHERE') }],
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses a second organization with the same business number, naming the first', async () => {
      const before = await counts();
      const res = await api.gql(
        CREATE,
        { input: daebulFirm({ nameKo: '다른 회사', businessNumber: firmNumber }) },
        admin,
      );
      expect(res.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        existingOrganizationId: org.id,
      });
      expect(res.errors![0].message).toContain('(주)대불정밀');
      expect(await counts()).toEqual(before);
    });

    it('updates with the current version and refuses a stale one with CONFLICT', async () => {
      const ok = await api.gql<{ updateOrganization: Org }>(
        UPDATE,
        { id: org.id, input: { nameEn: 'Daebul Precision', keywords: ['용접'] }, v: 1 },
        admin,
      );
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.updateOrganization.version).toBe(2);
      const before = await counts();
      const stale = await api.gql(
        UPDATE,
        { id: org.id, input: { nameKo: '늦은 변경' }, v: 1 },
        admin,
      );
      expect(stale.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        currentVersion: 2,
        expectedVersion: 1,
      });
      expect(await counts()).toEqual(before);
      const [{ name_ko }] = await ds.query(`SELECT name_ko FROM organization WHERE id = $1`, [
        org.id,
      ]);
      expect(name_ko).toBe('(주)대불정밀');
    });

    it('adds, changes and removes capabilities and needs one by one, each a new version', async () => {
      const add = await api.gql<{ addCapability: { id: string } }>(
        `mutation($id: ID!) { addCapability(organizationId: $id, input: { title: "CNC 정밀 가공", keywords: ["CNC"] }) { id title } }`,
        { id: org.id },
        admin,
      );
      const capabilityId = add.data!.addCapability.id;
      await api.gql(
        `mutation($id: ID!) { updateCapability(id: $id, input: { title: "5축 CNC 가공" }) { id } }`,
        { id: capabilityId },
        admin,
      );
      const need = await api.gql<{ addNeed: { id: string; visibility: string } }>(
        `mutation($id: ID!) { addNeed(organizationId: $id, input: { title: "비파괴 검사", visibility: COORDINATORS }) { id visibility } }`,
        { id: org.id },
        admin,
      );
      expect(need.data!.addNeed.visibility).toBe('COORDINATORS');
      const removed = await api.gql<{ removeNeed: boolean }>(
        `mutation($id: ID!) { removeNeed(id: $id) }`,
        { id: need.data!.addNeed.id },
        admin,
      );
      expect(removed.data!.removeNeed).toBe(true);
      const read = await api.gql<{ organization: Org }>(
        `query($id: ID!) { organization(id: $id) { ${ORG_FIELDS} } }`,
        { id: org.id },
        admin,
      );
      expect(read.data!.organization.capabilities.map((c) => c.title)).toEqual([
        '선박 블록 제작',
        '5축 CNC 가공',
      ]);
      expect(read.data!.organization.version).toBe(6);
      const invalid = await api.gql(
        `mutation($id: ID!) { addCapability(organizationId: $id, input: { title: "" }) { id } }`,
        { id: org.id },
        admin,
      );
      expect(invalid.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.title' }],
      });
      const missing = await api.gql(
        `mutation { removeCapability(id: "00000000-0000-4000-8000-000000000000") }`,
        {},
        admin,
      );
      expect(missing.errors![0].extensions?.code).toBe('NOT_FOUND');
    });

    it('soft-deletes: the row stays, reads forget it, an outbox row announces it', async () => {
      const res = await api.gql<{ deleteOrganization: Org }>(
        `mutation($id: ID!) { deleteOrganization(id: $id) { id deletedAt } }`,
        { id: org.id },
        admin,
      );
      expect(res.data!.deleteOrganization.deletedAt).not.toBeNull();
      const read = await api.gql<{ organization: Org | null }>(
        `query($id: ID!) { organization(id: $id) { id } }`,
        { id: org.id },
      );
      expect(read.data!.organization).toBeNull();
      const [row] = await ds.query(`SELECT deleted_at FROM organization WHERE id = $1`, [org.id]);
      expect(row.deleted_at).not.toBeNull();
      const [outbox] = await ds.query(`SELECT topic FROM outbox ORDER BY id DESC LIMIT 1`);
      expect(outbox.topic).toBe('organization.deleted');
      // Its business number is free again.
      const again = await api.gql(
        CREATE,
        { input: daebulFirm({ businessNumber: firmNumber }) },
        admin,
      );
      expect(again.errors).toBeUndefined();
    });
  });

  describe('roles', () => {
    let ownOrg: Org;
    let member: string;
    let otherMember: string;

    beforeAll(async () => {
      const created = await api.gql<{ createOrganization: Org }>(
        CREATE,
        { input: daebulFirm({ nameKo: '(주)영암테크' }) },
        daebulCoordinator,
      );
      ownOrg = created.data!.createOrganization;
      member = await signIn(api, 'member@example.kr', UserRole.MEMBER, {
        organizationId: ownOrg.id,
      });
      const other = await api.gql<{ createOrganization: Org }>(
        CREATE,
        {
          input: daebulFirm({
            nameKo: '구미전자',
            complexCode: 'GUMI',
            ksicCodes: ['26'],
            needs: [],
          }),
        },
        admin,
      );
      otherMember = await signIn(api, 'other@example.kr', UserRole.MEMBER, {
        organizationId: other.data!.createOrganization.id,
      });
    });

    it('without a token, writes are UNAUTHENTICATED and write nothing', async () => {
      const before = await counts();
      const res = await api.gql(CREATE, { input: daebulFirm() });
      expect(res.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await counts()).toEqual(before);
    });

    it('a bad or expired token is UNAUTHENTICATED', async () => {
      const bad = await api.gql(`{ me { email } }`, {}, 'not-a-token');
      expect(bad.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      const [user] = await ds.query(`SELECT id FROM app_user WHERE email = 'admin@example.kr'`);
      const expired = api.app
        .get(JwtService)
        .sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) - 60 });
      const res = await api.gql(`{ me { email } }`, {}, expired);
      expect(res.errors![0]).toMatchObject({
        message: expect.stringContaining('expired'),
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('me tells who is signed in', async () => {
      const res = await api.gql<{ me: { email: string; role: string; clusterCodes: string[] } }>(
        `{ me { email role clusterCodes } }`,
        {},
        daebulCoordinator,
      );
      expect(res.data!.me).toEqual({
        email: 'daebul@example.kr',
        role: 'COORDINATOR',
        clusterCodes: ['DAEBUL'],
      });
      expect((await api.gql<{ me: null }>(`{ me { email } }`)).data!.me).toBeNull();
    });

    it('a member edits its own organization and no other', async () => {
      const own = await api.gql<{ updateOrganization: Org }>(
        UPDATE,
        { id: ownOrg.id, input: { description: '우리 회사' }, v: ownOrg.version },
        member,
      );
      expect(own.errors).toBeUndefined();
      const other = await api.gql(
        UPDATE,
        { id: ownOrg.id, input: { description: '남의 회사' }, v: 2 },
        otherMember,
      );
      expect(other.errors![0].extensions?.code).toBe('FORBIDDEN');
      const create = await api.gql(CREATE, { input: daebulFirm({ nameKo: '새 회사' }) }, member);
      expect(create.errors![0].extensions?.code).toBe('FORBIDDEN');
    });

    it('a coordinator creates and edits inside its scope only', async () => {
      const before = await counts();
      const outside = await api.gql(
        CREATE,
        { input: daebulFirm({ complexCode: 'GUMI' }) },
        daebulCoordinator,
      );
      expect(outside.errors![0].extensions?.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
      const edit = await api.gql(
        UPDATE,
        { id: ownOrg.id, input: { description: '구미에서' }, v: 2 },
        gumiCoordinator,
      );
      expect(edit.errors![0].extensions?.code).toBe('FORBIDDEN');
      const zoneWide = await api.gql<{ updateOrganization: Org }>(
        UPDATE,
        { id: ownOrg.id, input: { description: '호남권' }, v: 2 },
        honamCoordinator,
      );
      expect(zoneWide.errors).toBeUndefined();
      const move = await api.gql(
        UPDATE,
        { id: ownOrg.id, input: { complexCode: 'GUMI' }, v: 3 },
        daebulCoordinator,
      );
      expect(move.errors![0].extensions?.code).toBe('FORBIDDEN');
    });

    it('anyone reads public fields; a COORDINATORS need only its members, coordinators in scope and admins', async () => {
      const query = `query($id: ID!) { organization(id: $id) { nameKo needs { title visibility } } }`;
      const titles = async (token?: string) =>
        (await api.gql<{ organization: Org }>(query, { id: ownOrg.id }, token))
          .data!.organization.needs.map((n) => n.title)
          .sort();
      const all = ['용접 자동화 로봇 도입', '원가 절감 공정 진단'];
      const publicOnly = ['용접 자동화 로봇 도입'];
      expect(await titles()).toEqual(publicOnly);
      expect(await titles(otherMember)).toEqual(publicOnly);
      expect(await titles(gumiCoordinator)).toEqual(publicOnly);
      expect(await titles(member)).toEqual(all);
      expect(await titles(daebulCoordinator)).toEqual(all);
      expect(await titles(honamCoordinator)).toEqual(all);
      expect(await titles(admin)).toEqual(all);
    });
  });

  describe('sign-in', () => {
    it('says nothing about whether the email exists, and slows down then refuses repeated failures', async () => {
      await signIn(api, 'victim@example.kr', UserRole.ADMIN);
      const login = (email: string, password: string) =>
        api.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
          e: email,
          p: password,
        });
      const unknown = await login('nobody@example.kr', 'whatever-password');
      const wrong = await login('victim@example.kr', 'whatever-password');
      expect(unknown.errors![0]).toMatchObject({
        message: 'wrong email or password',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(wrong.errors![0]).toEqual(unknown.errors![0]);
      for (let i = 0; i < 4; i++) await login('victim@example.kr', 'still-wrong-password');
      const locked = await login('victim@example.kr', 'correct horse battery staple');
      expect(locked.errors![0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: expect.any(Number),
      });
    });
  });

  describe('reads', () => {
    beforeAll(async () => {
      await seedDemoOrganizations(ds, { count: 400, seed: 11 });
    });

    it('lists organizations as a Relay connection with filters and totalCount', async () => {
      type Page = {
        organizations: {
          totalCount: number;
          edges: {
            cursor: string;
            node: {
              id: string;
              kind: string;
              nameKo: string;
              zone: { code: string };
              complex: { code: string };
              ksicCodes: string[];
            };
          }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const q = `query($f: OrganizationFilterInput, $first: Int, $after: String) {
        organizations(filter: $f, first: $first, after: $after) {
          totalCount edges { cursor node { id kind nameKo ksicCodes zone { code } complex { code } } } pageInfo { hasNextPage endCursor } } }`;
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM organization WHERE deleted_at IS NULL`,
      );
      const all = await api.gql<Page>(q, { first: 100 });
      expect(all.data!.organizations.totalCount).toBe(n);
      const { nodes } = await walkPages(
        async (after) => (await api.gql<Page>(q, { first: 100, after })).data!.organizations,
      );
      expect(new Set(nodes.map((node) => node.id)).size).toBe(n);

      const honam = await api.gql<Page>(q, {
        f: { zone: 'HONAM', kind: 'UNIVERSITY' },
        first: 100,
      });
      const [{ m }] = await ds.query(
        `SELECT count(*)::int AS m FROM organization o JOIN complex c ON c.code = o.complex_code
          WHERE o.deleted_at IS NULL AND c.zone_code = 'HONAM' AND o.kind = 'UNIVERSITY'`,
      );
      expect(honam.data!.organizations.totalCount).toBe(m);
      for (const e of honam.data!.organizations.edges)
        expect(e.node).toMatchObject({ kind: 'UNIVERSITY', zone: { code: 'HONAM' } });

      const ksic = await api.gql<Page>(q, { f: { ksic: '26' }, first: 50 });
      for (const e of ksic.data!.organizations.edges)
        expect(e.node.ksicCodes.some((k) => k.startsWith('26'))).toBe(true);
      const complex = await api.gql<Page>(q, {
        f: { complex: 'GUMI', cluster: 'GUMI' },
        first: 50,
      });
      for (const e of complex.data!.organizations.edges) expect(e.node.complex.code).toBe('GUMI');

      const bad = await api.gql(q, { f: { zone: 'MARS' } });
      expect(bad.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      const tooMany = await api.gql(q, { first: 101 });
      expect(tooMany.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('loads complex, cluster and zone of a page through DataLoaders: the query count does not grow with the page', async () => {
      const logger = ds.logger as QueryLogger;
      const q = `query($first: Int) { organizations(first: $first) { edges { node {
        nameKo complex { nameKo cluster { nameKo zone { nameKo } } } cluster { nameKo } zone { nameKo }
        capabilities { title } needs { title } } } } }`;
      const cost = async (first: number) => {
        const before = logger.count;
        const res = await api.gql(q, { first });
        expect(res.errors).toBeUndefined();
        return logger.count - before;
      };
      const five = await cost(5);
      const fifty = await cost(50);
      expect(fifty).toBe(five);
      expect(fifty).toBeLessThanOrEqual(8);
    });
  });

  describe('limits', () => {
    it('refuses an over-deep query with a clear error', async () => {
      const deep = `{ zones { clusters { zone { clusters { zone { clusters { zone { clusters { zone { clusters { zone { code } } } } } } } } } } } }`;
      const res = await api.gql(deep);
      expect(res.status).toBe(400);
      expect(res.errors![0]).toMatchObject({
        message: expect.stringContaining('exceeds the limit of 10'),
        extensions: { code: 'QUERY_TOO_DEEP', maxDepth: 10 },
      });
    });

    it('refuses an over-complex query with a clear error', async () => {
      const wide = `{ organizations(first: 100) { edges { node { capabilities { title description keywords }
        needs { title description keywords } complex { nameKo nameEn cluster { nameKo complexes { nameKo nameEn code } } }
        zone { nameKo clusters { nameKo } } } } } }`;
      const res = await api.gql(wide);
      expect(res.errors![0].extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        maxComplexity: 2000,
      });
    });
  });
});
