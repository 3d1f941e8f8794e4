#!/usr/bin/env node
'use strict';
// `npm run bench [-- NAME…]`: runs the benchmarks against real services on a scratch
// database of their own, and prints a Markdown table to paste into BENCHMARKS.md.
// Benchmarks use the build in dist/ (npm run bench builds first).
const os = require('node:os');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const services = require('../../docker/local/services.cjs');

const ROOT = path.resolve(__dirname, '..', '..');
const dist = (p) => require(path.join(ROOT, 'dist', p));

const BENCHES = {
  'import-10k': require('./import-organizations.bench.cjs'),
  search: require('./search.bench.cjs'),
  rescore: require('./rescore.bench.cjs'),
  review: require('./review.bench.cjs'),
  incremental: require('./incremental.bench.cjs'),
};

/** `--name value` pairs after the benchmark names, e.g. `-- search --orgs 10000`. */
function parseOptions(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) options[argv[i].slice(2)] = argv[i + 1];
  }
  return options;
}

async function main() {
  const args = process.argv.slice(2);
  const options = parseOptions(args);
  const wanted = args.filter(
    (a, i) => !a.startsWith('-') && !(i > 0 && args[i - 1].startsWith('--')),
  );
  const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await services.ensurePostgres(server);
  const url = new URL(server);
  url.pathname = `/cm_bench_${randomBytes(3).toString('hex')}`;
  // `--database URL` runs on a database an earlier `--keep yes` left (e.g. only `incremental`
  // after one `rescore`), and keeps it.
  const databaseUrl = options.database ?? url.toString();
  await services.ensureDatabase(databaseUrl);
  const { createDataSource, seedReferenceData } = dist('libs/database/src/index.js');
  const { REFERENCE_DATA } = dist('libs/database/src/seed/reference-data.js');
  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  const rows = [];
  try {
    await ds.runMigrations({ transaction: 'each' });
    await seedReferenceData(ds, REFERENCE_DATA);
    for (const name of names) {
      if (!BENCHES[name])
        throw new Error(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
      console.error(`running ${name}…`);
      rows.push(...(await BENCHES[name]({ ds, dist, options })));
    }
  } finally {
    await ds.destroy();
    // `--keep yes` leaves the database for a closer look (EXPLAIN, psql); it is dropped otherwise.
    if (options.keep || options.database) console.error(`kept the database: ${databaseUrl}`);
    else await services.dropDatabase(databaseUrl);
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\nMachine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(`Command: npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\n`);
  console.log('| benchmark | result | detail |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.result} | ${r.detail} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
