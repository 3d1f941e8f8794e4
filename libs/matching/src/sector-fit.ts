/**
 * Sector fit from KSIC codes: the best over all code pairs of the two organizations — the
 * same division 1, supply-chain neighbours (libs/domain's value chain) 0.6, otherwise 0.
 * Computed on two-digit divisions, so a table of 100 × 100 serves every pair.
 */
import { areValueChainNeighbours, ksicDivision } from '@app/domain';

export const SECTOR_FIT = { sameDivision: 1, valueChainNeighbours: 0.6 } as const;

let table: Float64Array | undefined;

function divisionTable(): Float64Array {
  if (table !== undefined) return table;
  const out = new Float64Array(100 * 100);
  for (let a = 0; a < 100; a += 1) {
    for (let b = 0; b < 100; b += 1) {
      const ca = String(a).padStart(2, '0');
      const cb = String(b).padStart(2, '0');
      if (ksicDivision(ca) === undefined || ksicDivision(cb) === undefined) continue;
      if (a === b) out[a * 100 + b] = SECTOR_FIT.sameDivision;
      else if (areValueChainNeighbours(ca, cb)) out[a * 100 + b] = SECTOR_FIT.valueChainNeighbours;
    }
  }
  table = out;
  return out;
}

/** The valid divisions of some KSIC codes, as numbers, each once, ascending. */
export function divisionsOf(ksicCodes: readonly string[]): Uint8Array {
  const found = new Set<number>();
  for (const code of ksicCodes) {
    const division = ksicDivision(code.trim());
    if (division !== undefined) found.add(Number(division.code));
  }
  return Uint8Array.from([...found].sort((a, b) => a - b));
}

/** Fit of any division (0–99) with the best of `divisions`: a row to look pairs up in. */
export function divisionRow(divisions: Uint8Array): Float64Array {
  const t = divisionTable();
  const row = new Float64Array(100);
  for (const a of divisions) {
    for (let b = 0; b < 100; b += 1) {
      const fit = t[a * 100 + b] as number;
      if (fit > (row[b] as number)) row[b] = fit;
    }
  }
  return row;
}

/**
 * `sectorFitOfDivisions` of two slots from the store's `context` records at `at` and `bt`
 * (org-store: division count in bits 8 and up of word 1, the divisions as bytes of words 2
 * and 3), so scoring a pair reads one record per slot instead of two more arrays.
 */
export function sectorFitOfContext(context: Int32Array, at: number, bt: number): number {
  const t = divisionTable();
  const countA = context[at + 1]! >>> 8;
  const countB = context[bt + 1]! >>> 8;
  let best = 0;
  for (let i = 0; i < countA; i += 1) {
    const row = ((context[at + 2 + (i >> 2)]! >>> (8 * (i & 3))) & 0xff) * 100;
    for (let j = 0; j < countB; j += 1) {
      const fit = t[row + ((context[bt + 2 + (j >> 2)]! >>> (8 * (j & 3))) & 0xff)]!;
      if (fit > best) best = fit;
    }
  }
  return best;
}

/**
 * Divisions kept per organization (the lowest, if it names more): sector fit is a best pair,
 * and an organization registered in more than eight divisions says little by any of them.
 */
export const MAX_DIVISIONS = 8;

export function sectorFitOfDivisions(a: Uint8Array, b: Uint8Array): number {
  const t = divisionTable();
  let best = 0;
  for (let i = 0; i < a.length; i += 1) {
    const row = (a[i] as number) * 100;
    for (let j = 0; j < b.length; j += 1) {
      const fit = t[row + (b[j] as number)] as number;
      if (fit > best) best = fit;
    }
  }
  return best;
}

export function sectorFit(a: readonly string[], b: readonly string[]): number {
  return sectorFitOfDivisions(divisionsOf(a), divisionsOf(b));
}
