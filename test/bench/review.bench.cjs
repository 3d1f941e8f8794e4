'use strict';
// The coordinators' screens at scale, on the suggestions a full rescore left in this run's
// database (run it after `rescore`: `npm run bench -- rescore review --orgs N`): the review
// queue's first and a later page for a cluster coordinator, an organization's partners,
// clusterStats with its unmet needs and zoneStats, through the GraphQL API, p50/p95 of each.
const ROUNDS = 10;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

module.exports = async function reviewBench({ ds, dist }) {
  const [{ pairs }] = await ds.query(`SELECT count(*)::int AS pairs FROM suggestion`);
  if (pairs === 0) {
    throw new Error('no suggestions: run it after rescore, e.g. npm run bench -- rescore review');
  }
  const { UserService } = dist('libs/database/src/index.js');
  const users = new UserService(ds);
  const password = 'bench-password-2010';
  await users.create({ email: 'admin@bench.kr', password, role: 'ADMIN' });
  await users.create({
    email: 'daebul@bench.kr',
    password,
    role: 'COORDINATOR',
    clusterCodes: ['DAEBUL'],
  });
  const [{ id: orgId }] = await ds.query(
    `SELECT o.id FROM organization o JOIN complex c ON c.code = o.complex_code
      WHERE c.cluster_code = 'DAEBUL' ORDER BY o.id LIMIT 1`,
  );

  Object.assign(process.env, {
    DATABASE_URL: ds.options.url,
    NODE_ENV: 'test',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const { createApi } = dist('apps/api/src/bootstrap.js');
  const app = await createApi({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const { postGraphql } = dist('apps/api/src/cli/graphql-client.js');
  const gql = async (query, variables, token) => {
    const started = process.hrtime.bigint();
    const body = await postGraphql(base, query, variables, token);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { data: body.data, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  };
  const login = async (email) =>
    (
      await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
        e: email,
        p: password,
      })
    ).data.login.token;

  const results = [];
  try {
    const admin = await login('admin@bench.kr');
    const daebul = await login('daebul@bench.kr');
    const QUEUE = `query($after: String) { suggestions(filter: { status: PROPOSED }, first: 20, after: $after) {
      totalCount edges { node { id score organizationA { nameKo } organizationB { nameKo }
      explanation { factors { factor contribution } } history { decision } } } pageInfo { endCursor } } }`;
    const first = await gql(QUEUE, {}, daebul);
    let cursor = first.data.suggestions.pageInfo.endCursor;
    for (let i = 0; i < 4; i++) {
      cursor = (await gql(QUEUE, { after: cursor }, daebul)).data.suggestions.pageInfo.endCursor;
    }
    const cases = [
      {
        name: 'review queue, first page of 20 (DAEBUL coordinator)',
        run: () => gql(QUEUE, {}, daebul),
        detail: `${first.data.suggestions.totalCount.toLocaleString('en')} pairs in the queue; partners, explanation, history`,
      },
      {
        name: 'review queue, 6th page (keyset cursor)',
        run: () => gql(QUEUE, { after: cursor }, daebul),
        detail: 'same query after a cursor',
      },
      {
        name: 'suggestionsFor one organization, top 20',
        run: () =>
          gql(
            `query($id: ID!) { suggestionsFor(organizationId: $id, first: 20) { edges { node { score partner { nameKo } explanation { sharedConcepts { ko } } } } } }`,
            { id: orgId },
            daebul,
          ),
        detail: 'with explanations',
      },
      {
        name: 'clusterStats(DAEBUL) with the first 20 unmet needs and their cross-zone partners',
        run: () =>
          gql(
            `{ clusterStats(clusterId: "DAEBUL") { organizations suggestions acceptanceRate
               suggestionsByStatus { status count } unmetNeeds(first: 20) { totalCount
               edges { node { need { title } crossZonePartners { organization { nameKo } score } } } } } }`,
            {},
            daebul,
          ),
        detail: 'counts, acceptance rate, unmet needs (page of 20)',
      },
      {
        name: 'zoneStats(CAPITAL), the largest zone, with unmet needs',
        run: () =>
          gql(
            `{ zoneStats(zone: CAPITAL) { organizations suggestions acceptanceRate
               suggestionsByScope { scope count } unmetNeeds(first: 20) { totalCount
               edges { node { need { title } crossZonePartners { organization { nameKo } } } } } } }`,
            {},
            admin,
          ),
        detail: 'as above for a zone',
      },
    ];
    for (const c of cases) {
      const times = [];
      for (let round = 0; round < ROUNDS + 1; round++) {
        const { ms } = await c.run();
        if (round > 0) times.push(ms); // the first round warms caches
      }
      results.push({
        name: c.name,
        result: `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`,
        detail: `${c.detail}; ${pairs.toLocaleString('en')} suggestion rows in all`,
      });
    }
  } finally {
    await app.close();
  }
  return results;
};
