'use strict';
// Bulk import of 10,000 CSV rows through the same service the GraphQL mutation uses:
// parse, validate, check scope and business numbers, one transaction of inserts + outbox.

module.exports = async function importBench({ ds, dist }) {
  const { OrganizationImportService } = dist('libs/database/src/index.js');
  const { businessNumberWithCheckDigit, UserRole } = dist('libs/domain/src/index.js');
  const admin = {
    userId: 'bench',
    email: 'bench@localhost',
    role: UserRole.ADMIN,
    organizationId: null,
    clusterCodes: [],
    zoneCodes: [],
  };
  const complexes = (await ds.query(`SELECT code FROM complex ORDER BY position`)).map(
    (r) => r.code,
  );
  const csv = (offset) => {
    const lines = [
      '구분,기관명,영문명,산업단지,표준산업분류,키워드,사업자등록번호,보유역량,수요기술,비공개수요',
    ];
    for (let i = 0; i < 10000; i++) {
      const n = offset + i;
      lines.push(
        `기업,벤치기업 ${n},Bench Firm ${n},${complexes[n % complexes.length]},2511${n % 10},용접;정밀가공;자동화,` +
          `${businessNumberWithCheckDigit(String(300000000 + n))},"CNC 정밀 가공; 용접 구조물 제작",용접 자동화 로봇,공정 원가 절감`,
      );
    }
    return lines.join('\n');
  };
  const service = new OrganizationImportService(ds);
  const results = [];
  for (const [label, dryRun, offset] of [
    ['import 10,000 rows (dry run: parse + validate + checks)', true, 0],
    ['import 10,000 rows (written, one transaction)', false, 0],
    ['import 10,000 more rows into 10,000 (written)', false, 10000],
  ]) {
    const text = csv(offset);
    const started = process.hrtime.bigint();
    const report = await service.importCsv(text, dryRun, admin);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (report.errors.length > 0)
      throw new Error(`import reported errors: ${JSON.stringify(report.errors.slice(0, 3))}`);
    results.push({
      name: label,
      result: `${(ms / 1000).toFixed(2)} s`,
      detail: `${Math.round(10000 / (ms / 1000))} rows/s, ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MiB CSV, created ${report.created}`,
    });
  }
  results.push(await throughApi({ ds, dist, csv: csv(20000) }));
  return results;
};

/** The same import as one GraphQL call to a running API, as a client sends it. */
async function throughApi({ ds, dist, csv }) {
  const { createApi } = dist('apps/api/src/bootstrap.js');
  const { UserService } = dist('libs/database/src/index.js');
  const url = ds.options.url;
  Object.assign(process.env, { DATABASE_URL: url, NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '0' });
  const app = await createApi({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  try {
    await app
      .get(UserService)
      .create({ email: 'bench@example.kr', password: 'bench-password-123', role: 'ADMIN' });
    const { postGraphql } = dist('apps/api/src/cli/graphql-client.js');
    const gql = (query, variables, token) => postGraphql(base, query, variables, token);
    const login = await gql(
      `mutation { login(email: "bench@example.kr", password: "bench-password-123") { token } }`,
    );
    const token = login.data.login.token;
    const started = process.hrtime.bigint();
    const res = await gql(
      `mutation($csv: String!) { importOrganizations(csv: $csv) { created errors { row message } } }`,
      { csv },
      token,
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (!res.data || res.data.importOrganizations.created !== 10000)
      throw new Error(JSON.stringify(res).slice(0, 500));
    return {
      name: 'importOrganizations over GraphQL, 10,000 rows in one call',
      result: `${(ms / 1000).toFixed(2)} s`,
      detail: `${Math.round(10000 / (ms / 1000))} rows/s, HTTP round trip included`,
    };
  } finally {
    await app.close();
  }
}
