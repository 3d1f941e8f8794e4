/**
 * What a worker logs once it is ready (every profile analysed, its live engine built and
 * warmed up), or once getting ready failed and it builds on demand: `EngineHolder`'s two
 * start-up lines. The benches wait for it in the worker's output.
 */
exports.WORKER_READY = /live engine ready|getting the engine ready at start-up failed/;
