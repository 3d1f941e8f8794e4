/**
 * Korean business registration number (사업자등록번호): ten digits, shown as xxx-xx-xxxxx
 * (tax office · taxpayer type · serial and check digit). The National Tax Service check digit
 * catches most typing errors, so the platform rejects a number that fails it before it ever
 * reaches the unique index.
 */

const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

const ZERO = 48; // '0'

/** The check digit for the first nine digits (a string of exactly nine ASCII digits). */
function checkDigitOf(first9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    sum += (first9.charCodeAt(i) - ZERO) * (WEIGHTS[i] as number);
  }
  // The ninth digit is weighted 5 and its tens carry is added again: the NTS rule.
  const ninth = first9.charCodeAt(8) - ZERO;
  sum += ((ninth * 5 - ((ninth * 5) % 10)) / 10) | 0;
  return (10 - (sum % 10)) % 10;
}

/**
 * '123-45-67890', '123 45 67890', '1234567890' or full-width digits → '1234567890';
 * anything that is not ten digits once separators are gone → null. Does not check the digit.
 */
export function normalizeBusinessNumber(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  // NFKC turns full-width digits and dashes (common from Korean IMEs) into ASCII.
  const compact = input
    .normalize('NFKC')
    .trim()
    .replace(/[\s\-‐‑‒–—.]/g, '');
  return /^\d{10}$/.test(compact) ? compact : null;
}

/** Ten digits (in any accepted spelling) whose last digit is the NTS check digit. */
export function isValidBusinessNumber(input: string | null | undefined): boolean {
  const digits = normalizeBusinessNumber(input);
  if (digits === null) return false;
  return checkDigitOf(digits) === digits.charCodeAt(9) - ZERO;
}

/** Appends the check digit to nine digits; throws on anything else. */
export function businessNumberWithCheckDigit(first9: string): string {
  if (!/^\d{9}$/.test(first9)) {
    throw new RangeError(`expected nine digits, got ${JSON.stringify(first9)}`);
  }
  return `${first9}${checkDigitOf(first9)}`;
}

/** 'xxx-xx-xxxxx', or null when the input is not ten digits. */
export function formatBusinessNumber(input: string | null | undefined): string | null {
  const digits = normalizeBusinessNumber(input);
  if (digits === null) return null;
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}
