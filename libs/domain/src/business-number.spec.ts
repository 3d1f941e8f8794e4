import {
  businessNumberWithCheckDigit,
  formatBusinessNumber,
  isValidBusinessNumber,
  normalizeBusinessNumber,
} from './business-number';

// Published registration numbers of large listed companies.
const KNOWN_VALID = ['124-81-00998', '220-81-62517', '107-86-14075', '1248100998'];

describe('business registration number', () => {
  it('normalises separators, spaces and full-width digits', () => {
    expect(normalizeBusinessNumber('124-81-00998')).toBe('1248100998');
    expect(normalizeBusinessNumber(' 124 81 00998 ')).toBe('1248100998');
    expect(normalizeBusinessNumber('１２４－８１－００９９８')).toBe('1248100998');
    expect(normalizeBusinessNumber('124-81-0099')).toBeNull();
    expect(normalizeBusinessNumber('124-81-009988')).toBeNull();
    expect(normalizeBusinessNumber('12a-81-00998')).toBeNull();
    expect(normalizeBusinessNumber('')).toBeNull();
    expect(normalizeBusinessNumber(null)).toBeNull();
  });

  it('accepts numbers with the right check digit', () => {
    for (const n of KNOWN_VALID) expect(isValidBusinessNumber(n)).toBe(true);
  });

  it('rejects a wrong check digit, a transposition and malformed input', () => {
    expect(isValidBusinessNumber('124-81-00997')).toBe(false);
    expect(isValidBusinessNumber('124-81-00989')).toBe(false);
    expect(isValidBusinessNumber('214-81-00998')).toBe(false);
    expect(isValidBusinessNumber('0000000001')).toBe(false);
    expect(isValidBusinessNumber('12481009')).toBe(false);
    expect(isValidBusinessNumber(undefined)).toBe(false);
  });

  it('applies the carry of the ninth digit (weight 5)', () => {
    // 9th digit 9: 9*5 = 45 adds 45 and again floor(45/10) = 4.
    expect(businessNumberWithCheckDigit('124810099')).toBe('1248100998');
    // 9th digit 1: 5, no carry.
    expect(businessNumberWithCheckDigit('220816251')).toBe('2208162517');
    expect(businessNumberWithCheckDigit('000000000')).toBe('0000000000');
  });

  it('makes every nine-digit prefix valid, and only one check digit works', () => {
    for (const first9 of ['101810001', '613860345', '999999999', '123456789']) {
      const full = businessNumberWithCheckDigit(first9);
      expect(isValidBusinessNumber(full)).toBe(true);
      const valid = [...'0123456789'].filter((d) => isValidBusinessNumber(first9 + d));
      expect(valid).toEqual([full[9]]);
    }
    expect(() => businessNumberWithCheckDigit('12345678')).toThrow(RangeError);
    expect(() => businessNumberWithCheckDigit('12345678a')).toThrow(RangeError);
  });

  it('formats as xxx-xx-xxxxx', () => {
    expect(formatBusinessNumber('1248100998')).toBe('124-81-00998');
    expect(formatBusinessNumber('124 81 00998')).toBe('124-81-00998');
    expect(formatBusinessNumber('12345')).toBeNull();
  });
});
