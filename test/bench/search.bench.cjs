'use strict';
// Search at scale: N demo organizations indexed end to end from PostgreSQL (read, map,
// index, wait), then the same queries through the GraphQL API and straight to Meilisearch,
// in one run, p50/p95 of each.
const { randomBytes } = require('node:crypto');
const services = require('../../docker/local/services.cjs');

const QUERIES = [
  { query: '용접' },
  { query: '조선' },
  { query: '이차전지' },
  { query: 'secondary battery' },
  { query: 'weldng robot' },
  { query: '반도체 장비' },
  { query: '금형', filter: { zones: ['CAPITAL'] } },
  { query: 'smart factory', filter: { kinds: ['UNIVERSITY', 'INSTITUTE'] } },
  { query: '의료기기', facets: ['zoneCode', 'kind'] },
  { query: '', filter: { zones: ['HONAM'] }, facets: ['clusterCode', 'ksicDivisions'] },
  { query: '정밀 가공', near: { lat: 35.5, lng: 129.3, radiusKm: 30 } },
];
const ROUNDS = 20;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

module.exports = async function searchBench({ ds, dist, options }) {
  const count = Number(options.orgs ?? 100000);
  const { seedDemoOrganizations } = dist('libs/database/src/seed/demo/seed-demo-organizations.js');
  const { OrganizationIndexService, toOrganizationDocument } = dist('libs/search/src/index.js');
  const { OrganizationSourceReader } = dist('apps/worker/src/search/organization-source.reader.js');
  const { Meilisearch } = await import('meilisearch');
  const results = [];

  let t = Date.now();
  await seedDemoOrganizations(ds, { count, seed: 2010 });
  console.error(`  seeded ${count} organizations in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const masterKey = randomBytes(16).toString('hex');
  const meili = await services.startMeilisearch({ masterKey });
  try {
    const env = { MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey, MEILI_INDEX_PREFIX: 'bench_' };
    const index = new OrganizationIndexService(
      new Meilisearch({ host: meili.url, apiKey: masterKey }),
      env,
    );
    const reader = new OrganizationSourceReader(ds);
    async function* documents() {
      for await (const batch of reader.all(1000)) yield batch.map(toOrganizationDocument);
    }
    t = Date.now();
    const { indexed } = await index.rebuild(documents(), (n) => {
      if (n % 20000 < 1000) console.error(`  indexed ${n}`);
    });
    const seconds = (Date.now() - t) / 1000;
    results.push({
      name: `index ${count.toLocaleString('en')} organizations end to end from PostgreSQL (rebuild + swap)`,
      result: `${seconds.toFixed(1)} s`,
      detail: `${Math.round(indexed / seconds)} documents/s`,
    });

    Object.assign(process.env, {
      DATABASE_URL: ds.options.url,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: masterKey,
      MEILI_INDEX_PREFIX: 'bench_',
      NODE_ENV: 'test',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    const { createApi } = dist('apps/api/src/bootstrap.js');
    const app = await createApi({ logger: ['error'] });
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const gqlQuery = `query($q: String, $f: SearchFilterInput, $near: NearInput, $facets: [SearchFacet!]) {
      searchOrganizations(query: $q, filter: $f, near: $near, facets: $facets, first: 20) {
        totalHits hits { organization { id nameKo } highlights { field snippet } distanceKm } facets { name values { value count } } } }`;
    const facetEnum = {
      zoneCode: 'ZONE',
      kind: 'KIND',
      clusterCode: 'CLUSTER',
      ksicDivisions: 'KSIC_DIVISION',
    };
    const viaApi = [];
    const direct = [];
    try {
      for (let round = 0; round < ROUNDS + 2; round++) {
        for (const q of QUERIES) {
          let started = process.hrtime.bigint();
          const res = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: gqlQuery,
              variables: {
                q: q.query,
                f: q.filter,
                near: q.near,
                facets: (q.facets ?? []).map((f) => facetEnum[f]),
              },
            }),
          });
          const body = await res.json();
          if (body.errors) throw new Error(JSON.stringify(body.errors));
          const apiMs = Number(process.hrtime.bigint() - started) / 1e6;
          started = process.hrtime.bigint();
          await index.search({
            query: q.query,
            filter: q.filter,
            near: q.near,
            facets: q.facets,
            limit: 20,
            offset: 0,
          });
          const directMs = Number(process.hrtime.bigint() - started) / 1e6;
          // The first two rounds warm caches and are not counted.
          if (round >= 2) {
            viaApi.push(apiMs);
            direct.push(directMs);
          }
        }
      }
    } finally {
      await app.close();
    }
    const fmt = (values) =>
      `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
    results.push({
      name: `searchOrganizations through the API (${QUERIES.length} queries × ${ROUNDS})`,
      result: fmt(viaApi),
      detail: 'GraphQL over HTTP, hits resolved from PostgreSQL, highlights, facets',
    });
    results.push({
      name: 'the same searches straight to Meilisearch (libs/search)',
      result: fmt(direct),
      detail: 'client → Meilisearch only',
    });
  } finally {
    await meili.stop();
  }
  return results;
};
