import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seedDemoOrganizations } from '@app/database/seed/demo/seed-demo-organizations';
import { UserRole } from '@app/domain';
import { PASSWORD, signIn } from '../harness/accounts';
import { startProcess } from '../harness/processes';
import { startTestApi, TestApi } from '../harness/test-api';
import { startTestWorker } from '../harness/test-worker';

/**
 * `npm run demo` seeds organizations straight into PostgreSQL, then runs `prepare-demo` against
 * its api: without it a fresh demo searched an empty (or stale) index and suggested nothing.
 */
describe('prepare-demo', () => {
  let api: TestApi;
  let ds: DataSource;
  let worker: INestApplicationContext;
  const ADMIN = 'demo-admin@example.kr';

  const prepare = async (args: string[]) => {
    const p = startProcess('apps/api/src/cli/prepare-demo.js', {}, ['--url', api.url, ...args]);
    const { code } = await p.exited(120_000);
    return { code, output: p.output() };
  };
  const totalHits = async (token: string) =>
    (
      await api.gql<{ searchOrganizations: { totalHits: number } }>(
        `query { searchOrganizations(query: "", first: 1) { totalHits } }`,
        {},
        token,
      )
    ).data!.searchOrganizations.totalHits;

  beforeAll(async () => {
    api = await startTestApi();
    ds = api.app.get(DataSource);
    worker = await startTestWorker();
    await seedDemoOrganizations(ds, { count: 120, seed: 21 });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('indexes the seeded organizations and scores their partners through the api', async () => {
    const admin = await signIn(api, ADMIN, UserRole.ADMIN);
    const count = async (sql: string) => (await ds.query(sql))[0].n as number;
    expect(await totalHits(admin)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM suggestion`)).toBe(0);

    const { code, output } = await prepare(['--email', ADMIN, '--password', PASSWORD]);
    expect(output).toMatch(/search index rebuilt .*; partners scored /);
    expect(code).toBe(0);

    expect(await totalHits(admin)).toBe(120);
    // Every organization with an eligible partner has its list, and its end recorded.
    expect(
      await count(
        `SELECT count(DISTINCT organization_a_id)::int AS n FROM suggestion WHERE active`,
      ),
    ).toBeGreaterThan(60);
    expect(await count(`SELECT count(*)::int AS n FROM match_list_end`)).toBe(120);
  });

  it('exits 1 naming the reason when it cannot sign in, and asks for nothing', async () => {
    const { code, output } = await prepare(['--email', ADMIN, '--password', 'not the password']);
    expect(code).toBe(1);
    expect(output).toMatch(/prepare-demo: .*(password|credentials|sign)/i);
    expect(output).not.toContain('search index rebuilt');
  });

  it('exits 1 when an option is missing', async () => {
    const { code, output } = await prepare(['--email', ADMIN]);
    expect(code).toBe(1);
    expect(output).toContain('--password is required');
  });
});
