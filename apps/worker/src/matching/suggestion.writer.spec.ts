import { copyLines, uniquePairs } from './suggestion.writer';

const bytes = (text: string) => new TextEncoder().encode(text);
const row = (n: number) => ({ a: `a${n}`, b: `b${n}`, line: bytes(`a${n}\tb${n}\n`) });
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

describe('copyLines', () => {
  it("batches the rows' lines into chunks, in order, each after a new time-ordered id", () => {
    const chunks = [...copyLines([row(1), row(2), row(3)], 2)].map((c) => c.toString('utf8'));
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toMatch(new RegExp(`^${UUID}\ta1\tb1\n${UUID}\ta2\tb2\n$`));
    expect(chunks[1]).toMatch(new RegExp(`^${UUID}\ta3\tb3\n$`));
  });

  it('fills each chunk exactly, Hangul as UTF-8', () => {
    const line = 'a\tb\t{"c":["용접","자동화"]}\n';
    const [chunk] = [...copyLines([{ a: 'a', b: 'b', line: bytes(line) }])];
    expect(chunk!.length).toBe(37 + Buffer.byteLength(line));
    expect(chunk!.toString('utf8').slice(37)).toBe(line);
  });
});

describe('uniquePairs', () => {
  it('orders rows by (a, b) and keeps the last row given for a pair', () => {
    const pair = (a: string, b: string, line: string) => ({ a, b, line: bytes(line) });
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
    expect(rows[0]!.line).toEqual(bytes('first'));
    expect(uniquePairs([])).toEqual([]);
  });
});
