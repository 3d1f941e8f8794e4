import { copyLines, uniquePairs } from './suggestion.writer';

const row = (n: number) => ({ a: `a${n}`, b: `b${n}`, line: `a${n}\tb${n}\n` });
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

describe('copyLines', () => {
  it("batches the rows' lines into chunks, in order, each after a new time-ordered id", () => {
    const chunks = [...copyLines([row(1), row(2), row(3)], 2)];
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toMatch(new RegExp(`^${UUID}\ta1\tb1\n${UUID}\ta2\tb2\n$`));
    expect(chunks[1]).toMatch(new RegExp(`^${UUID}\ta3\tb3\n$`));
  });
});

describe('uniquePairs', () => {
  it('orders rows by (a, b) and keeps the last row given for a pair', () => {
    const pair = (a: string, b: string, line: string) => ({ a, b, line });
    const rows = [
      pair('b', 'c', 'first'),
      pair('a', 'z', 'x'),
      pair('a', 'c', 'y'),
      pair('b', 'c', 'second'),
      pair('b', 'c', 'third'),
    ];
    expect(uniquePairs(rows)).toEqual([
      pair('a', 'c', 'y'),
      pair('a', 'z', 'x'),
      pair('b', 'c', 'third'),
    ]);
    expect(rows[0]!.line).toBe('first');
    expect(uniquePairs([])).toEqual([]);
  });
});
