/**
 * Sparse vectors as parallel typed arrays sorted by term id: a few bytes per entry and
 * merge-joins without allocation, which is what 100,000 organizations need.
 */

export interface SparseVector {
  /** Ascending term ids. */
  terms: Int32Array;
  weights: Float32Array;
}

const { log1p, sqrt } = Math;

/**
 * log(1 + w) for raw weights in quarters up to 64: token and field weights are quarters, so
 * almost every sum is one, and a table beats the call millions of times in a build.
 */
const LOG1P_QUARTERS = Float64Array.from({ length: 257 }, (_, q) => log1p(q / 4));

function logTf(w: number): number {
  const q = w * 4;
  return q <= 256 && q === (q | 0) ? (LOG1P_QUARTERS[q] as number) : log1p(w);
}

/** Where a finished vector goes: a pool slot, via `put(slot, terms, weights, n)`. */
export interface VectorSink {
  putArrays(slot: number, terms: Int32Array, weights: Float64Array, n: number): void;
}

let candidateTerms = new Int32Array(1024);
let candidateWeights = new Float64Array(1024);
let sortBuffer = new Float64Array(1024);
let keptTerms = new Int32Array(1024);
let keptWeights = new Float64Array(1024);
/** Weight by term id while a vector is finished; terms are unique within a vector. */
let byTerm = new Float64Array(1024);

function ensureScratch(n: number): void {
  if (n <= candidateTerms.length) return;
  const size = Math.max(n, candidateTerms.length * 2);
  candidateTerms = new Int32Array(size);
  candidateWeights = new Float64Array(size);
  sortBuffer = new Float64Array(size);
  keptTerms = new Int32Array(size);
  keptWeights = new Float64Array(size);
}

/**
 * TF-IDF of the raw entries `[start, start + length)` — sublinear term frequency, or presence
 * alone when `binary` — cut to the `maxTerms` heaviest terms (ties: lower term id),
 * L2-normalised, into `sink` at `slot`. Stop terms (IDF 0) drop out. The cut keeps vectors
 * and posting lists small; the light tail it drops barely moves a cosine.
 */
export function weighInto(
  sink: VectorSink,
  slot: number,
  terms: Int32Array,
  rawWeights: Float32Array,
  start: number,
  length: number,
  idf: Float64Array,
  maxTerms: number,
  binary = false,
): void {
  ensureScratch(length);
  let m = 0;
  let maxTerm = 0;
  for (let i = start; i < start + length; i += 1) {
    const term = terms[i] as number;
    const w = (binary ? 1 : logTf(rawWeights[i] as number)) * (idf[term] as number);
    if (w > 0) {
      candidateTerms[m] = term;
      candidateWeights[m] = w;
      m += 1;
      if (term > maxTerm) maxTerm = term;
    }
  }
  if (maxTerm >= byTerm.length) byTerm = new Float64Array(Math.max(maxTerm + 1, byTerm.length * 2));
  let n = 0;
  if (m > maxTerms) {
    sortBuffer.set(candidateWeights.subarray(0, m));
    const threshold = sortBuffer.subarray(0, m).sort()[m - maxTerms] as number;
    let ties = 0;
    for (let i = 0; i < m; i += 1) {
      const w = candidateWeights[i] as number;
      if (w > threshold) keptTerms[n++] = candidateTerms[i] as number;
      else if (w === threshold) sortBuffer[ties++] = candidateTerms[i] as number;
    }
    // Among equal weights the lower term ids stay, so the cut is deterministic.
    const tied = sortBuffer.subarray(0, ties).sort();
    for (let i = 0; n < maxTerms && i < ties; i += 1) keptTerms[n++] = tied[i] as number;
  } else {
    for (let i = 0; i < m; i += 1) keptTerms[n++] = candidateTerms[i] as number;
  }
  for (let i = 0; i < m; i += 1)
    byTerm[candidateTerms[i] as number] = candidateWeights[i] as number;
  const sorted = keptTerms.subarray(0, n).sort();
  let norm = 0;
  for (let i = 0; i < n; i += 1) {
    const w = byTerm[sorted[i] as number] as number;
    norm += w * w;
  }
  norm = sqrt(norm);
  for (let i = 0; i < n; i += 1) keptWeights[i] = (byTerm[sorted[i] as number] as number) / norm;
  sink.putArrays(slot, sorted, keptWeights, n);
}

/** Dot product of two sorted sparse vectors given as (arrays, start, length) slices. */
export function dot(
  aTerms: Int32Array,
  aWeights: Float32Array,
  aStart: number,
  aLength: number,
  bTerms: Int32Array,
  bWeights: Float32Array,
  bStart: number,
  bLength: number,
): number {
  let i = aStart;
  let j = bStart;
  const aEnd = aStart + aLength;
  const bEnd = bStart + bLength;
  let sum = 0;
  while (i < aEnd && j < bEnd) {
    const ta = aTerms[i] as number;
    const tb = bTerms[j] as number;
    if (ta === tb) {
      sum += (aWeights[i] as number) * (bWeights[j] as number);
      i += 1;
      j += 1;
    } else if (ta < tb) i += 1;
    else j += 1;
  }
  return sum;
}
