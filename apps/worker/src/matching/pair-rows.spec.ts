import { encodeBreakdown, SuggestionScope } from '@app/domain';
import { ENGINE_VERSION, Suggestion } from '@app/matching';
import { decimal, toPairRow } from './pair-rows';

const fromA: Suggestion = {
  partnerId: 'b',
  score: 0.5,
  relevanceAToB: 0.7,
  relevanceBToA: 0.2,
  scope: SuggestionScope.SAME_ZONE,
  breakdown: [
    { factor: 'relevanceAToB', value: 0.7, weight: 0.3, contribution: 0.21 },
    { factor: 'relevanceBToA', value: 0.2, weight: 0.3, contribution: 0.06 },
    { factor: 'proximity', value: 0.5, weight: 0.4, contribution: 0.2 },
  ],
  sharedConcepts: ['welding'],
  matchedItems: [
    { needId: 'n1', capabilityId: 'c1', direction: 'A_NEEDS_B', similarity: 0.9 },
    { needId: 'n2', capabilityId: 'c2', direction: 'B_NEEDS_A', similarity: 0.4 },
  ],
};

/** The same pair as the engine reports it from b's side. */
const fromB: Suggestion = {
  ...fromA,
  partnerId: 'a',
  relevanceAToB: 0.2,
  relevanceBToA: 0.7,
  breakdown: [
    { factor: 'relevanceAToB', value: 0.2, weight: 0.3, contribution: 0.06 },
    { factor: 'relevanceBToA', value: 0.7, weight: 0.3, contribution: 0.21 },
    { factor: 'proximity', value: 0.5, weight: 0.4, contribution: 0.2 },
  ],
  matchedItems: [
    { needId: 'n2', capabilityId: 'c2', direction: 'A_NEEDS_B', similarity: 0.4 },
    { needId: 'n1', capabilityId: 'c1', direction: 'B_NEEDS_A', similarity: 0.9 },
  ],
};

/** The COPY line's columns, each read back as PostgreSQL would (escapes undone). */
function columns(line: string): string[] {
  expect(line.endsWith('\n')).toBe(true);
  return line
    .slice(0, -1)
    .split('\t')
    .map((c) => c.replace(/\\(.)/g, (_, x: string) => ({ t: '\t', n: '\n', r: '\r' })[x] ?? x));
}

describe('toPairRow', () => {
  it('writes the same row whichever side found the pair', () => {
    expect(toPairRow('b', fromB)).toEqual(toPairRow('a', fromA));
    expect(toPairRow('a', fromA)).toMatchObject({ a: 'a', b: 'b' });
  });

  it('writes the columns, and the breakdown exactly as encodeBreakdown stores it', () => {
    const [a, b, score, relAToB, relBToA, scope, json, version] = columns(
      toPairRow('b', fromB).line,
    );
    expect([a, b, score, relAToB, relBToA, scope, version]).toEqual([
      'a',
      'b',
      '0.5',
      '0.7',
      '0.2',
      'SAME_ZONE',
      ENGINE_VERSION,
    ]);
    const reference = encodeBreakdown({
      factors: fromA.breakdown,
      sharedConcepts: fromA.sharedConcepts,
      matchedItems: fromA.matchedItems,
    });
    expect(JSON.parse(json!)).toEqual(reference);
    expect(reference.v).toEqual([0.7, 0.2, 0, 0, 0, 0, 0.5]);
  });

  it('escapes what COPY would read as a separator', () => {
    const odd = ['tab\there', 'back\\slash', 'line\nbreak', 'quote"d'];
    const cols = columns(toPairRow('a', { ...fromA, sharedConcepts: odd }).line);
    expect(cols).toHaveLength(8);
    expect(JSON.parse(cols[6]!).c).toEqual(odd);
  });
});

describe('decimal', () => {
  it('prints what String prints for the rounded number', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff) * 1.2;
    const samples = [0, 1, 0.5, 0.00005, 0.99995, 0.1, 1e-9, 0.3 - 1e-17, 2.5];
    for (let i = 0; i < 20000; i += 1) samples.push(random());
    for (const x of samples) {
      for (const scale of [1e4, 1e9]) {
        expect(decimal(x, scale)).toBe(String(Math.round(x * scale) / scale));
      }
    }
  });
});
