import { encodeBreakdown, SuggestionScope } from '@app/domain';
import { ENGINE_VERSION, Suggestion } from '@app/matching';
import { copyFields, CopyTextWriter } from './copy-text-writer';
import { PairRow, toPairRow } from './pair-rows';

const lineOf = (row: PairRow) => new TextDecoder().decode(row.line);

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
  return copyFields(new TextEncoder().encode(line));
}

describe('toPairRow', () => {
  it('writes the same row whichever side found the pair', () => {
    expect(toPairRow('b', fromB)).toEqual(toPairRow('a', fromA));
    expect(toPairRow('a', fromA)).toMatchObject({ a: 'a', b: 'b' });
  });

  it('writes the columns, and the breakdown exactly as encodeBreakdown stores it', () => {
    const [a, b, score, relAToB, relBToA, scope, json, version] = columns(
      lineOf(toPairRow('b', fromB)),
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

  it("stores each direction's relevance to the score's precision (9 decimals)", () => {
    const precise = { ...fromA, relevanceAToB: 0.5358074526821494, relevanceBToA: 1 / 3 };
    const [, , , relAToB, relBToA] = columns(lineOf(toPairRow('a', precise)));
    expect([relAToB, relBToA]).toEqual(['0.535807453', '0.333333333']);
    expect(Number(relAToB)).toBe(Math.round(0.5358074526821494 * 1e9) / 1e9);
  });

  it('escapes what COPY would read as a separator', () => {
    const odd = ['tab\there', 'back\\slash', 'line\nbreak', 'quote"d 용접', 'ctrl\u0001\ud800'];
    const cols = columns(lineOf(toPairRow('a', { ...fromA, sharedConcepts: odd })));
    expect(cols).toHaveLength(8);
    expect(JSON.parse(cols[6]!).c).toEqual(odd);
  });
});

describe('CopyTextWriter', () => {
  const written = (write: (w: CopyTextWriter) => void): string => {
    const w = new CopyTextWriter();
    w.begin(1024);
    write(w);
    return new TextDecoder().decode(w.end());
  };

  it('prints decimals as String prints the rounded number', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff) * 1.2;
    const samples = [0, 1, 0.5, 0.00005, 0.99995, 0.1, 1e-9, 0.3 - 1e-17, 2.5, 12.25, 1234.5];
    for (let i = 0; i < 20000; i += 1) samples.push(random());
    for (const scale of [1e4, 1e9]) {
      const expected = samples.map((x) => String(Math.round(x * scale) / scale)).join(',');
      const actual = written((w) =>
        samples.forEach((x, i) => {
          if (i > 0) w.ascii(',');
          w.decimal(x, scale);
        }),
      );
      expect(actual.split(',')).toEqual(expected.split(','));
    }
  });

  it('writes JSON string literals as JSON.stringify does, and text as COPY reads it', () => {
    for (const s of [
      'plain',
      'quote"d',
      'back\\slash',
      'tab\t',
      '용접 자동화',
      '\u0007',
      'a\ud800b',
    ]) {
      const literal = JSON.stringify(s);
      // COPY's escapes of the literal's own backslashes, undone as PostgreSQL would.
      expect(written((w) => w.json(s)).replace(/\\(.)/g, '$1')).toBe(literal);
      // Text is sent as UTF-8, where a lone surrogate has no encoding (U+FFFD, as before).
      expect(
        written((w) => w.text(s)).replace(/\\(.)/g, (_, x: string) => ({ t: '\t' })[x] ?? x),
      ).toBe(s.replace(/[\ud800-\udfff]/g, '\ufffd'));
    }
  });

  it('starts a new slab when a row would not fit, leaving written rows untouched', () => {
    const w = new CopyTextWriter();
    const rows: Uint8Array[] = [];
    for (let i = 0; i < 3; i += 1) {
      w.begin(600_000);
      w.ascii(String(i).repeat(500_000));
      rows.push(w.end());
    }
    expect(rows.map((r) => [r.length, r[0], r[r.length - 1]])).toEqual([
      [500_000, 0x30, 0x30],
      [500_000, 0x31, 0x31],
      [500_000, 0x32, 0x32],
    ]);
  });
});
