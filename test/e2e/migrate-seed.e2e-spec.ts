import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, seedReferenceData } from '@app/database';
import { REFERENCE_DATA } from '@app/database/seed/reference-data';
import { seedDemoOrganizations } from '@app/database/seed/demo/seed-demo-organizations';
import services, { withDatabase } from '../harness/services';

const TABLES = [
  'app_user',
  'capability',
  'cluster',
  'complex',
  'match_list_end',
  'need',
  'notification',
  'organization',
  'outbox',
  'review_event',
  'suggestion',
  'zone',
];

describe('migrations and seeding on an empty database', () => {
  const url = withDatabase(
    process.env.CM_TEST_SERVER_URL!,
    `cm_test_${process.env.CM_TEST_RUN}_empty_${randomBytes(3).toString('hex')}`,
  );
  let ds: DataSource;

  beforeAll(async () => {
    await services.ensureDatabase(url);
    ds = createDataSource(url);
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await services.dropDatabase(url);
  });

  const tables = async (): Promise<string[]> =>
    (
      await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);

  it('migrates an empty database to the whole data model', async () => {
    expect(await tables()).toEqual([]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied.length).toBeGreaterThan(0);
    expect(await tables()).toEqual(TABLES);
    expect(await ds.runMigrations({ transaction: 'each' })).toEqual([]);
  });

  it('seeds 7 zones, 25 clusters and 193 complexes (25 HUB, 168 LINKED), and a second seed changes nothing', async () => {
    const first = await seedReferenceData(ds, REFERENCE_DATA);
    expect(first).toMatchObject({ zones: 7, clusters: 25, complexes: 193 });
    expect(first.changed).toBe(7 + 25 + 193);
    const [roles] = await ds.query(
      `SELECT count(*) FILTER (WHERE role = 'HUB')::int AS hubs, count(*) FILTER (WHERE role = 'LINKED')::int AS linked FROM complex`,
    );
    expect(roles).toEqual({ hubs: 25, linked: 168 });
    const before = await ds.query(`SELECT * FROM complex ORDER BY code`);
    const second = await seedReferenceData(ds, REFERENCE_DATA);
    expect(second).toEqual({ zones: 7, clusters: 25, complexes: 193, changed: 0 });
    expect(await ds.query(`SELECT * FROM complex ORDER BY code`)).toEqual(before);
  });

  it('seeds demo organizations deterministically and idempotently', async () => {
    const first = await seedDemoOrganizations(ds, { count: 300, seed: 7 });
    expect(first).toEqual({ inserted: 300, total: 300 });
    const snapshot = await ds.query(
      `SELECT o.id, o.name_ko, o.kind, o.complex_code, count(DISTINCT c.id)::int AS caps, count(DISTINCT n.id)::int AS needs
         FROM organization o LEFT JOIN capability c ON c.organization_id = o.id LEFT JOIN need n ON n.organization_id = o.id
        GROUP BY o.id ORDER BY o.id`,
    );
    expect(await seedDemoOrganizations(ds, { count: 300, seed: 7 })).toEqual({
      inserted: 0,
      total: 300,
    });
    const kinds = await ds.query(
      `SELECT kind, count(*)::int AS n FROM organization GROUP BY kind ORDER BY kind`,
    );
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['FIRM', 'INSTITUTE', 'UNIVERSITY']);
    // Same seed on a fresh database gives the same rows: compare against a re-run after wiping.
    await ds.query(`TRUNCATE organization CASCADE`);
    await seedDemoOrganizations(ds, { count: 300, seed: 7 });
    const again = await ds.query(
      `SELECT o.id, o.name_ko, o.kind, o.complex_code, count(DISTINCT c.id)::int AS caps, count(DISTINCT n.id)::int AS needs
         FROM organization o LEFT JOIN capability c ON c.organization_id = o.id LEFT JOIN need n ON n.organization_id = o.id
        GROUP BY o.id ORDER BY o.id`,
    );
    expect(again).toEqual(snapshot);
  });

  it('reverts migrations one at a time, the last leaving an empty schema', async () => {
    const columnsOf = async (table: string) =>
      (
        await ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [
          table,
        ])
      ).map((r: { column_name: string }) => r.column_name);
    const columns = () => columnsOf('outbox');
    // What each migration's revert must take away; a new migration adds its line here.
    const indexes = async (table: string) =>
      (await ds.query(`SELECT indexname FROM pg_indexes WHERE tablename = $1`, [table])).map(
        (r: { indexname: string }) => r.indexname,
      );
    const foreignKeys = async () =>
      (
        await ds.query(
          `SELECT conname FROM pg_constraint WHERE conrelid = 'suggestion'::regclass AND contype = 'f'`,
        )
      ).map((r: { conname: string }) => r.conname);
    const breakdownType = async () =>
      (
        await ds.query(
          `SELECT data_type FROM information_schema.columns
            WHERE table_name = 'suggestion' AND column_name = 'breakdown'`,
        )
      )[0]?.data_type;
    const revertedBy: Record<string, () => Promise<void>> = {
      ListEndPartner1765000000000: async () => {
        expect(await columnsOf('match_list_end')).not.toContain('end_partner_id');
      },
      RejectedPairsByEitherSide1764600000000: async () => {
        const names = await indexes('suggestion');
        expect(names).not.toContain('suggestion_rejected_b_idx');
        expect(names).toContain('suggestion_rejected_idx');
      },
      SuggestionPairIndexServesA1764510000000: async () => {
        expect(await indexes('suggestion')).toContain('suggestion_a_idx');
      },
      SuggestionBreakdownJson1764500000000: async () => {
        expect(await breakdownType()).toBe('jsonb');
      },
      SuggestionHotUpdates1764400000000: async () => {
        expect(await indexes('suggestion')).toContain('suggestion_a_score_idx');
        expect(await indexes('suggestion')).not.toContain('suggestion_a_idx');
        const [{ options }] = await ds.query(
          `SELECT reloptions AS options FROM pg_class WHERE relname = 'suggestion'`,
        );
        expect(options).toBeNull();
      },
      SuggestionWithoutForeignKeys1764330000000: async () => {
        expect((await foreignKeys()).sort()).toEqual([
          'suggestion_organization_a_id_fkey',
          'suggestion_organization_b_id_fkey',
        ]);
      },
      IncrementalLookups1764320000000: async () => {
        expect(await indexes('match_list_end')).toContain('match_list_end_idx');
        expect(await indexes('match_list_end')).not.toContain('match_list_end_updated_idx');
        expect(await indexes('suggestion')).not.toContain('suggestion_rejected_idx');
      },
      ListEnds1764240000000: async () => {
        expect(await tables()).toEqual(TABLES.filter((t) => t !== 'match_list_end'));
      },
      Notifications1764230000000: async () => {
        expect(await tables()).toEqual(
          TABLES.filter((t) => t !== 'notification' && t !== 'match_list_end'),
        );
      },
      OutboxConsumers1764140000000: async () => {
        expect(await columns()).not.toContain('done_jobs');
      },
      InitialSchema1764054000000: async () => {
        expect(await tables()).toEqual([]);
      },
    };
    const reverted: string[] = [];
    for (;;) {
      const [last] = await ds.query(
        `SELECT name FROM typeorm_migrations ORDER BY timestamp DESC LIMIT 1`,
      );
      if (!last) break;
      expect(Object.keys(revertedBy)).toContain(last.name);
      await ds.undoLastMigration({ transaction: 'each' });
      await revertedBy[last.name]!();
      reverted.push(last.name);
    }
    expect(reverted).toEqual(Object.keys(revertedBy));
  });
});
