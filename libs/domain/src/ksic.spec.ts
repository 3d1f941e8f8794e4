import {
  areValueChainNeighbours,
  isValidKsicCode,
  KSIC_DIVISIONS,
  KSIC_SECTIONS,
  KSIC_VALUE_CHAIN,
  ksicDivision,
  ksicSection,
} from './ksic';

describe('KSIC', () => {
  it('has the 21 sections A–U and the 77 divisions of the 10th revision', () => {
    expect(KSIC_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(KSIC_DIVISIONS).toHaveLength(77);
    const codes = KSIC_DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(77);
    expect([...codes].sort()).toEqual(codes);
    const sections = new Set(KSIC_SECTIONS.map((s) => s.code));
    for (const d of KSIC_DIVISIONS) {
      expect(d.code).toMatch(/^\d{2}$/);
      expect(sections.has(d.section)).toBe(true);
      expect(d.nameKo).toMatch(/[가-힣]/);
      expect(d.nameEn.length).toBeGreaterThan(3);
    }
    // Manufacturing is divisions 10–34.
    expect(KSIC_DIVISIONS.filter((d) => d.section === 'C').map((d) => d.code)).toEqual(
      Array.from({ length: 25 }, (_, i) => String(10 + i)),
    );
    // Every section has at least one division.
    for (const s of sections) expect(KSIC_DIVISIONS.some((d) => d.section === s)).toBe(true);
  });

  it('validates codes of 2–5 digits on a real division', () => {
    for (const ok of ['29', '292', '2929', '29293', '01', '99', '85302', '70129']) {
      expect(isValidKsicCode(ok)).toBe(true);
    }
    for (const bad of ['', '2', '04', '48', '100000', '2929a', ' 29', 'C', '53123', '0']) {
      expect(isValidKsicCode(bad)).toBe(false);
    }
  });

  it('finds the division and section of a code', () => {
    expect(ksicDivision('31111')?.nameEn).toBe('Manufacture of other transport equipment');
    expect(ksicDivision('31111')?.section).toBe('C');
    expect(ksicDivision('04')).toBeUndefined();
    expect(ksicSection('62010')?.code).toBe('J');
    expect(ksicSection('72')?.nameKo).toBe('전문, 과학 및 기술 서비스업');
    expect(ksicSection('72')?.code).toBe('M');
    expect(ksicSection('c')?.code).toBe('C');
    expect(ksicSection('V')).toBeUndefined();
    expect(ksicSection('4')).toBeUndefined();
  });

  it('has a symmetric value chain over real divisions, without self-loops', () => {
    for (const [a, neighbours] of Object.entries(KSIC_VALUE_CHAIN)) {
      expect(isValidKsicCode(a)).toBe(true);
      for (const b of neighbours) {
        expect(b).not.toBe(a);
        expect(isValidKsicCode(b)).toBe(true);
        expect(KSIC_VALUE_CHAIN[b]).toContain(a);
      }
    }
  });

  it('links the metal → machinery → vehicle → ship chain and its neighbours', () => {
    expect(areValueChainNeighbours('24', '25')).toBe(true);
    expect(areValueChainNeighbours('25', '29')).toBe(true);
    expect(areValueChainNeighbours('29', '30')).toBe(true);
    expect(areValueChainNeighbours('30', '31')).toBe(true);
    expect(areValueChainNeighbours('31111', '24111')).toBe(true);
    expect(areValueChainNeighbours('20', '22')).toBe(true);
    expect(areValueChainNeighbours('26', '27')).toBe(true);
    expect(areValueChainNeighbours('27', '28')).toBe(true);
    expect(areValueChainNeighbours('62010', '26111')).toBe(true);
    expect(areValueChainNeighbours('63', '26')).toBe(true);
    for (const m of ['20', '24', '25', '26', '29', '30', '31']) {
      expect(areValueChainNeighbours('72129', m)).toBe(true);
    }
  });

  it('is symmetric and says no for unrelated, same-division or invalid codes', () => {
    const pairs: [string, string][] = [
      ['24', '25'],
      ['22', '20'],
      ['26', '62'],
      ['10', '56'],
      ['30', '85'],
      ['64', '31'],
    ];
    for (const [a, b] of pairs)
      expect(areValueChainNeighbours(a, b)).toBe(areValueChainNeighbours(b, a));
    expect(areValueChainNeighbours('10', '56')).toBe(false);
    expect(areValueChainNeighbours('64', '31')).toBe(false);
    expect(areValueChainNeighbours('29', '29293')).toBe(false);
    expect(areValueChainNeighbours('04', '25')).toBe(false);
    expect(areValueChainNeighbours('abc', '25')).toBe(false);
  });
});
