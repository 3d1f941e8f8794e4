import { DataSource } from 'typeorm';
import { businessNumberWithCheckDigit, UserRole } from '@app/domain';
import { signIn } from '../harness/accounts';
import { startTestApi, TestApi } from '../harness/test-api';

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) {
  importOrganizations(csv: $csv, dryRun: $dryRun) { dryRun rows valid created errors { row column message } } }`;

interface Report {
  importOrganizations: {
    dryRun: boolean;
    rows: number;
    valid: number;
    created: number;
    errors: { row: number; column: string; message: string }[];
  };
}

describe('bulk import', () => {
  let api: TestApi;
  let ds: DataSource;
  let admin: string;
  let coordinator: string;
  const organizations = async () =>
    (await ds.query(`SELECT count(*)::int AS n FROM organization`))[0].n as number;

  const header =
    '구분,기관명,영문명,산업단지,표준산업분류,키워드,사업자등록번호,보유역량,수요기술,비공개수요';
  const rows = [
    `기업,(주)목포조선기자재,Mokpo Marine Parts,대불,31114,선박;의장품,${businessNumberWithCheckDigit('411811111')},선박 의장품 제작,용접 자동화,원가 절감`,
    '대학,목포대학교 조선해양공학과,Mokpo National University,DAEBUL,85,조선;용접,,"선체 구조 해석; 용접 공정 연구",,',
    '연구소,한국생산기술연구원 광주본부,KITECH Gwangju,광주첨단,72,뿌리기술,,용접 로봇,,',
  ];

  beforeAll(async () => {
    api = await startTestApi();
    ds = api.app.get(DataSource);
    admin = await signIn(api, 'admin@example.kr', UserRole.ADMIN);
    coordinator = await signIn(api, 'daebul@example.kr', UserRole.COORDINATOR, {
      clusterCodes: ['DAEBUL'],
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('a dry run checks everything and writes nothing', async () => {
    const before = await organizations();
    const res = await api.gql<Report>(
      IMPORT,
      { csv: [header, ...rows].join('\n'), dryRun: true },
      admin,
    );
    expect(res.data!.importOrganizations).toEqual({
      dryRun: true,
      rows: 3,
      valid: 3,
      created: 0,
      errors: [],
    });
    expect(await organizations()).toBe(before);
  });

  it('reports every error by row and column, and writes nothing when any row is invalid', async () => {
    const before = await organizations();
    const csv = [
      header,
      ...rows,
      '가게,,,달나라,ABC,,123,,,',
      `기업,(주)중복,,대불,25,,${businessNumberWithCheckDigit('411811111')},,,`,
    ].join('\r\n');
    const res = await api.gql<Report>(IMPORT, { csv }, admin);
    const report = res.data!.importOrganizations;
    expect(report).toMatchObject({ dryRun: false, rows: 5, valid: 3, created: 0 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: 5, column: '구분', message: expect.stringContaining('must be one of') },
        { row: 5, column: '기관명', message: 'must not be empty' },
        { row: 5, column: '산업단지', message: expect.stringContaining('달나라') },
        { row: 5, column: '표준산업분류', message: expect.stringContaining('KSIC') },
        { row: 6, column: '사업자등록번호', message: 'repeats the business number of row 2' },
      ]),
    );
    expect(await organizations()).toBe(before);
  });

  it('imports all rows with their items and outbox rows', async () => {
    const before = await organizations();
    const [{ n: outboxBefore }] = await ds.query(`SELECT count(*)::int AS n FROM outbox`);
    const res = await api.gql<Report>(IMPORT, { csv: [header, ...rows].join('\n') }, admin);
    expect(res.data!.importOrganizations).toMatchObject({
      rows: 3,
      valid: 3,
      created: 3,
      errors: [],
    });
    expect(await organizations()).toBe(before + 3);
    const [{ n: outboxAfter }] = await ds.query(`SELECT count(*)::int AS n FROM outbox`);
    expect(outboxAfter).toBe(outboxBefore + 3);
    const [university] = await ds.query(
      `SELECT o.kind, o.complex_code, array_agg(c.title ORDER BY c.position) AS caps
         FROM organization o JOIN capability c ON c.organization_id = o.id
        WHERE o.name_ko = '목포대학교 조선해양공학과' GROUP BY o.id`,
    );
    expect(university).toEqual({
      kind: 'UNIVERSITY',
      complex_code: 'DAEBUL',
      caps: ['선체 구조 해석', '용접 공정 연구'],
    });
    const [confidential] = await ds.query(`SELECT visibility FROM need WHERE title = '원가 절감'`);
    expect(confidential.visibility).toBe('COORDINATORS');
    // The same file again clashes on the business number it already registered.
    const again = await api.gql<Report>(IMPORT, { csv: [header, rows[0]].join('\n') }, admin);
    expect(again.data!.importOrganizations.errors[0]).toMatchObject({
      row: 2,
      column: '사업자등록번호',
      message: expect.stringContaining('already registered'),
    });
  });

  it('a coordinator imports inside its scope only; a member may not import', async () => {
    const before = await organizations();
    const res = await api.gql<Report>(
      IMPORT,
      {
        csv: [
          header,
          rows[1].replace('목포대학교', '전남대학교'),
          rows[2].replace('광주본부', '광주분원'),
        ].join('\n'),
      },
      coordinator,
    );
    expect(res.data!.importOrganizations.errors).toEqual([
      { row: 3, column: '산업단지', message: expect.stringContaining('outside your scope') },
    ]);
    expect(await organizations()).toBe(before);
    const [org] = await ds.query(`SELECT id FROM organization LIMIT 1`);
    const member = await signIn(api, 'member@example.kr', UserRole.MEMBER, {
      organizationId: org.id,
    });
    const forbidden = await api.gql(IMPORT, { csv: header }, member);
    expect(forbidden.errors![0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(IMPORT, { csv: header });
    expect(anonymous.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('takes 10,000 rows in one call', async () => {
    const lines = [header];
    for (let i = 0; i < 10000; i++) {
      lines.push(
        `기업,테스트기업 ${i},Test Firm ${i},대불,2511${i % 10},용접;가공,${businessNumberWithCheckDigit(String(500000000 + i))},정밀 가공 ${i},용접 자동화,`,
      );
    }
    const before = await organizations();
    const res = await api.gql<Report>(IMPORT, { csv: lines.join('\n') }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importOrganizations).toMatchObject({
      rows: 10000,
      valid: 10000,
      created: 10000,
      errors: [],
    });
    expect(await organizations()).toBe(before + 10000);
  });
});
