import { ID_LENGTH, writeTimeOrderedId } from './time-ordered-id';

function timeOrderedId(now: number): string {
  const bytes = Buffer.alloc(ID_LENGTH + 2, '|');
  expect(writeTimeOrderedId(bytes, 1, now)).toBe(ID_LENGTH + 1);
  const text = bytes.toString('latin1');
  // Nothing written outside its place.
  expect([text[0], text[ID_LENGTH + 1]]).toEqual(['|', '|']);
  return text.slice(1, ID_LENGTH + 1);
}

describe('writeTimeOrderedId', () => {
  it('writes a version 7 UUID carrying the time in its first 48 bits', () => {
    const at = Date.UTC(2026, 10, 25, 12, 0, 0, 123);
    const id = timeOrderedId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
    expect(timeOrderedId(2 ** 48 - 1).slice(0, 13)).toBe('ffffffff-ffff');
  });

  it('sorts by time and does not repeat within a millisecond', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) =>
      timeOrderedId(1_700_000_000_000 + (i >> 4)),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const prefixes = ids.map((id) => id.slice(0, 13));
    expect(prefixes).toEqual([...prefixes].sort());
  });

  it('spreads its random digits evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2_000; i += 1) {
      for (const c of timeOrderedId(0).slice(24)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    // 24,000 random digits: about 1,500 of each of the 16.
    expect(counts.size).toBe(16);
    for (const n of counts.values()) expect(n).toBeGreaterThan(1_200);
  });
});
