'use strict';
// Node flags every worker process is started with (demo, start:worker, benchmarks).
//
// A full rescore allocates a few short-lived objects per pair explained (millions per run)
// while the engine holds ~1 GB that lives for the whole run. With V8's default 16 MiB young
// generation, scavenges ran every few milliseconds and promoted objects that were about to
// die; 32 MiB lets them die young. Measured at 100,000 organizations, 2 workers (session 8,
// BENCHMARKS.md): worker CPU per nightly run ≈ 43 → 38 s each, wall 60–62 → 54–56 s.
module.exports = ['--max-semi-space-size=32'];
