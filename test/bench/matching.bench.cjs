#!/usr/bin/env node
'use strict';
// `npm run bench:matching -- --orgs N`: the matching engine on N demo organizations (seed
// 2010), single thread, from the build in dist/ (the npm script builds first). Prints a
// Markdown table. Options: --orgs N (10000), --k K (20), --samples S (100, incremental
// rescores), --brute / --no-brute (the all-pairs reference; default on up to 10,000 orgs).
const os = require('node:os');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

// A collection before and after the build makes the engine's memory measurable.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const ROOT = path.resolve(__dirname, '..', '..');
const dist = (p) => require(path.join(ROOT, 'dist', p));

function option(name, fallback) {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  if (at >= 0 && args[at + 1] !== undefined && !args[at + 1].startsWith('--')) {
    return Number(args[at + 1]);
  }
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline === undefined ? fallback : Number(inline.split('=')[1]);
}

const flag = (name) => process.argv.includes(`--${name}`);
const ms = (ns) => Number(ns) / 1e6;
/** CPU milliseconds since `from` (a process.cpuUsage()): on a shared machine, wall time lies. */
const cpuMs = (from) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};
const now = () => process.hrtime.bigint();
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const seconds = (m) => (m >= 1000 ? `${(m / 1000).toFixed(2)} s` : `${m.toFixed(1)} ms`);
const int = (n) => Math.round(n).toLocaleString('en-US');

/** The best k of a stream of (id, score), ordered as the engine orders partners. */
class Best {
  constructor(k) {
    this.k = k;
    this.items = [];
  }
  offer(id, score) {
    const items = this.items;
    if (items.length === this.k) {
      const last = items[items.length - 1];
      if (score < last.score || (score === last.score && id > last.id)) return;
    }
    let at = items.length;
    while (at > 0) {
      const p = items[at - 1];
      if (p.score > score || (p.score === score && p.id < id)) break;
      at -= 1;
    }
    items.splice(at, 0, { id, score });
    if (items.length > this.k) items.pop();
  }
}

/** A small, deterministic edit: what an organization changing its profile looks like. */
function edited(profile, i) {
  const keyword = i % 2 === 0 ? '용접 자동화' : 'machine vision';
  return {
    ...profile,
    keywords: [...profile.keywords, keyword],
    needs: profile.needs.map((n, j) =>
      j === 0 ? { ...n, description: `${n.description} ${keyword}` } : n,
    ),
  };
}

function main() {
  const count = option('orgs', 10000);
  const k = option('k', 20);
  const samples = option('samples', 100);
  const brute = flag('brute') || (!flag('no-brute') && count <= 10000);
  const { MatchingEngine, ENGINE_VERSION } = dist('libs/matching/src/index.js');
  const { demoProfiles } = dist('libs/matching/src/testing/demo-profiles.js');
  const { generateOrganizations } = dist('libs/database/src/seed/demo/generate-organizations.js');
  const referenceData = require(path.join(ROOT, 'libs/database/src/seed/reference-data.json'));
  const rows = [];
  const row = (name, result, detail = '') => {
    rows.push({ name, result, detail });
    console.error(`${name}: ${result} ${detail}`);
  };

  gc();
  const baseline = process.memoryUsage();
  let t = now();
  let profiles = demoProfiles(
    generateOrganizations({ count, seed: 2010, complexes: referenceData.complexes }),
    referenceData.complexes,
  );
  row(
    'generate demo organizations',
    seconds(ms(now() - t)),
    `${int(count)} organizations, seed 2010 (not engine time)`,
  );

  t = now();
  let cpu = process.cpuUsage();
  const engine = new MatchingEngine(profiles);
  const buildMs = ms(now() - t);
  const buildCpu = cpuMs(cpu);
  gc();
  const afterBuild = process.memoryUsage();
  const stats0 = engine.stats();
  row(
    'build engine',
    seconds(buildMs),
    `CPU ${seconds(buildCpu)}; ${int(stats0.terms)} terms, ${int(stats0.vectorEntries)} vector entries, ` +
      `${mib(stats0.typedArrayBytes)} in typed arrays; RSS ${mib(afterBuild.rss)} with the profiles still held`,
  );

  const ids = engine.ids();
  t = now();
  cpu = process.cpuUsage();
  const results = new Map();
  let suggestions = 0;
  for (const id of ids) {
    const top = engine.topK(id, { k });
    suggestions += top.length;
    if (brute) results.set(id, top.map((s) => `${s.partnerId}:${s.score}`).join());
  }
  const allMs = ms(now() - t);
  const allCpu = cpuMs(cpu);
  const stats = engine.stats();
  const allPairs = (count * (count - 1)) / 2;
  row(
    `top ${k} for all, single thread`,
    seconds(allMs),
    `${(allMs / count).toFixed(3)} ms/organization; CPU ${seconds(allCpu)} (${(allCpu / count).toFixed(3)} ms/organization); ` +
      `${int(suggestions)} suggestions with explanations`,
  );
  row(
    'pairs fully scored',
    int(stats.pairsScored),
    `${((100 * stats.pairsScored) / allPairs).toFixed(3)} % of the N(N−1)/2 = ${int(allPairs)} pairs (N² = ${int(count * count)}); ` +
      `${int(stats.pairsScored / count)} per organization; ${int(stats.postingsWalked / count)} postings walked per organization`,
  );

  // Incremental: one organization changes; the engine takes it in and rescores it.
  const upserts = [];
  const tops = [];
  for (let i = 0; i < samples; i += 1) {
    const profile = profiles[(i * 7919 + 13) % profiles.length];
    const changed = edited(profile, i);
    let s = now();
    engine.upsert(changed);
    upserts.push(ms(now() - s));
    s = now();
    engine.topK(changed.id, { k });
    tops.push(ms(now() - s));
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const totals = upserts.map((u, i) => u + tops[i]).sort((a, b) => a - b);
  const p95 = totals[Math.min(totals.length - 1, Math.floor(totals.length * 0.95))];
  row(
    'incremental rescore (upsert + top K)',
    `${mean(totals).toFixed(2)} ms`,
    `mean of ${samples} random organizations (p95 ${p95.toFixed(2)} ms): upsert ${mean(upserts).toFixed(2)} ms + ` +
      `top ${k} ${mean(tops).toFixed(2)} ms`,
  );

  if (brute) {
    // The reference: every pair through the engine's own score, on a fresh engine (the one
    // above has taken upserts).
    const reference = new MatchingEngine(profiles);
    t = now();
    const best = new Map(ids.map((id) => [id, new Best(k)]));
    const minScore = reference.config.minScore;
    for (let i = 0; i < ids.length; i += 1) {
      const a = ids[i];
      const bestA = best.get(a);
      for (let j = i + 1; j < ids.length; j += 1) {
        const b = ids[j];
        const pair = reference.score(a, b, { explain: false });
        if (!pair.eligible || pair.score < minScore) continue;
        bestA.offer(b, pair.score);
        best.get(b).offer(a, pair.score);
      }
    }
    const bruteMs = ms(now() - t);
    let mismatches = 0;
    for (const id of ids) {
      const expected = best
        .get(id)
        .items.map((r) => `${r.id}:${r.score}`)
        .join();
      if (expected !== results.get(id)) mismatches += 1;
    }
    row(
      'brute-force reference (all pairs)',
      seconds(bruteMs),
      `${int(allPairs)} pairs scored, ${(bruteMs / allMs).toFixed(1)}× the engine; ` +
        `top ${k} differs for ${mismatches} of ${int(count)} organizations`,
    );
    // The engine is exact: a difference is a bug, and the bench run fails with it.
    if (mismatches > 0) process.exitCode = 1;
  }
  // What a worker keeps: the engine alone, once profiles and results are dropped.
  profiles = undefined;
  results.clear();
  gc();
  const held = process.memoryUsage();
  row(
    'engine memory held',
    mib(held.heapUsed + held.arrayBuffers - baseline.heapUsed - baseline.arrayBuffers),
    `JS heap ${mib(held.heapUsed - baseline.heapUsed)} + typed arrays ${mib(held.arrayBuffers - baseline.arrayBuffers)}, ` +
      `after ${samples} upserts, profiles dropped; RSS ${mib(held.rss)}`,
  );
  const peak = process.resourceUsage().maxRSS * 1024;
  row('peak RSS', mib(peak), 'whole process: generator, profiles and engine');

  const model = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg()[0].toFixed(2);
  console.log(
    `\nMachine: ${os.cpus().length} × ${model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
      `${new Date().toISOString().slice(0, 10)}; load average at the end ${load}`,
  );
  console.log(`Engine ${ENGINE_VERSION}. Command: npm run bench:matching -- --orgs ${count}\n`);
  console.log(`| matching, ${int(count)} organizations | result | detail |\n|---|---|---|`);
  for (const r of rows) console.log(`| ${r.name} | ${r.result} | ${r.detail} |`);
  if (process.exitCode)
    console.error('\nFAILED: the engine’s top K differs from the brute-force reference');
}

main();
