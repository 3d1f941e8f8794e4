import { normalizeBusinessNumber, isValidBusinessNumber } from '../business-number';
import { NeedVisibility, OrganizationKind, OrganizationSize } from '../enums';
import { BadUserInputError, FieldProblem } from '../errors';
import { isValidKsicCode } from '../ksic';
import {
  LIMITS,
  NeedInput,
  NormalizedItem,
  NormalizedNeed,
  NormalizedOrganization,
  OrganizationInput,
  OrganizationPatch,
  ProfileItemInput,
} from './organization-input';

/**
 * Collects every problem of an input instead of stopping at the first, so a client (or an
 * import report) can fix them all at once. Values come back trimmed and normalised.
 */
class Checker {
  readonly problems: FieldProblem[] = [];

  fail(path: string, reason: string): void {
    this.problems.push({ path, reason });
  }

  text(path: string, value: unknown, max: number, required: boolean): string | null {
    if (value === null || value === undefined) {
      if (required) this.fail(path, 'is required');
      return null;
    }
    if (typeof value !== 'string') {
      this.fail(path, 'must be text');
      return null;
    }
    // NFC keeps composed Hangul as one form, whatever keyboard or file it came from.
    const trimmed = value.normalize('NFC').trim();
    if (required && trimmed === '') this.fail(path, 'must not be empty');
    else if ([...trimmed].length > max)
      this.fail(path, `must be at most ${max} characters (got ${[...trimmed].length})`);
    return trimmed === '' ? null : trimmed;
  }

  keywords(path: string, value: unknown, maxCount: number): string[] {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail(path, 'must be a list');
      return [];
    }
    if (value.length > maxCount)
      this.fail(path, `must have at most ${maxCount} keywords (got ${value.length})`);
    const out: string[] = [];
    value.forEach((k, i) => {
      const t = this.text(`${path}.${i}`, k, LIMITS.keyword, true);
      if (t !== null && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
    });
    return out;
  }

  enumValue<T extends string>(
    path: string,
    value: unknown,
    values: readonly T[],
    required: boolean,
  ): T | null {
    if (value === null || value === undefined) {
      if (required) this.fail(path, `is required (one of ${values.join(', ')})`);
      return null;
    }
    if (!values.includes(value as T)) {
      this.fail(path, `must be one of ${values.join(', ')} (got ${JSON.stringify(value)})`);
      return null;
    }
    return value as T;
  }

  ksicCodes(path: string, value: unknown): string[] {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail(path, 'must be a list');
      return [];
    }
    if (value.length > LIMITS.ksicCodes)
      this.fail(path, `must have at most ${LIMITS.ksicCodes} codes (got ${value.length})`);
    const out: string[] = [];
    value.forEach((code, i) => {
      const c = typeof code === 'string' ? code.trim() : '';
      if (!/^\d{2,5}$/.test(c) || !isValidKsicCode(c)) {
        this.fail(
          `${path}.${i}`,
          `must be a KSIC code: 2 to 5 digits starting with a KSIC division (got ${JSON.stringify(code)})`,
        );
      } else if (!out.includes(c)) out.push(c);
    });
    return out;
  }

  website(path: string, value: unknown): string | null {
    const text = this.text(path, value, LIMITS.website, false);
    if (text === null) return null;
    let url: URL | null;
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.')) {
      this.fail(
        path,
        `must be an http(s) address such as https://example.kr (got ${JSON.stringify(text)})`,
      );
      return null;
    }
    return url.toString();
  }

  businessNumber(path: string, value: unknown, kind: OrganizationKind | null): string | null {
    const text = this.text(path, value, 20, false);
    if (text === null) return null;
    if (kind !== null && kind !== OrganizationKind.FIRM) {
      this.fail(path, 'only a firm has a business registration number');
      return null;
    }
    const digits = normalizeBusinessNumber(text);
    if (digits === null) {
      this.fail(path, `must be 10 digits, e.g. 123-45-67890 (got ${JSON.stringify(text)})`);
      return null;
    }
    if (!isValidBusinessNumber(digits)) {
      this.fail(
        path,
        'has a wrong check digit: not a valid business registration number (사업자등록번호)',
      );
      return null;
    }
    return digits;
  }

  item(path: string, value: ProfileItemInput): NormalizedItem {
    return {
      title: this.text(`${path}.title`, value?.title, LIMITS.itemTitle, true) ?? '',
      description:
        this.text(`${path}.description`, value?.description, LIMITS.itemDescription, false) ?? '',
      keywords: this.keywords(`${path}.keywords`, value?.keywords, LIMITS.itemKeywords),
    };
  }

  need(path: string, value: NeedInput): NormalizedNeed {
    return {
      ...this.item(path, value),
      visibility:
        this.enumValue(
          `${path}.visibility`,
          value?.visibility ?? NeedVisibility.PUBLIC,
          Object.values(NeedVisibility),
          true,
        ) ?? NeedVisibility.PUBLIC,
    };
  }

  items<T, R>(path: string, value: T[] | null | undefined, each: (path: string, v: T) => R): R[] {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail(path, 'must be a list');
      return [];
    }
    if (value.length > LIMITS.items)
      this.fail(path, `must have at most ${LIMITS.items} entries (got ${value.length})`);
    return value.map((v, i) => each(`${path}.${i}`, v));
  }
}

function done<T>(checker: Checker, value: T): T {
  if (checker.problems.length > 0) throw new BadUserInputError(checker.problems);
  return value;
}

/** Validates a whole new profile. Throws BadUserInputError listing every invalid field. */
export function validateOrganizationInput(
  input: OrganizationInput,
  prefix = 'input',
): NormalizedOrganization {
  const c = new Checker();
  const kind = c.enumValue(`${prefix}.kind`, input?.kind, Object.values(OrganizationKind), true);
  const value: NormalizedOrganization = {
    kind: kind ?? OrganizationKind.FIRM,
    nameKo: c.text(`${prefix}.nameKo`, input?.nameKo, LIMITS.nameKo, true) ?? '',
    nameEn: c.text(`${prefix}.nameEn`, input?.nameEn, LIMITS.nameEn, false),
    complexCode: (
      c.text(`${prefix}.complexCode`, input?.complexCode, 40, true) ?? ''
    ).toUpperCase(),
    ksicCodes: c.ksicCodes(`${prefix}.ksicCodes`, input?.ksicCodes),
    size: c.enumValue(`${prefix}.size`, input?.size, Object.values(OrganizationSize), false),
    description:
      c.text(`${prefix}.description`, input?.description, LIMITS.description, false) ?? '',
    keywords: c.keywords(`${prefix}.keywords`, input?.keywords, LIMITS.keywords),
    website: c.website(`${prefix}.website`, input?.website),
    businessNumber: c.businessNumber(`${prefix}.businessNumber`, input?.businessNumber, kind),
    capabilities: c.items(`${prefix}.capabilities`, input?.capabilities, (p, v) => c.item(p, v)),
    needs: c.items(`${prefix}.needs`, input?.needs, (p, v) => c.need(p, v)),
  };
  return done(c, value);
}

/**
 * Validates the fields an update names, against the kind the organization has (or gets).
 * Returns only the named fields, normalised; `null` clears an optional field.
 */
export function validateOrganizationPatch(
  patch: OrganizationPatch,
  currentKind: OrganizationKind,
  prefix = 'input',
): Partial<NormalizedOrganization> {
  const c = new Checker();
  const out: Partial<NormalizedOrganization> = {};
  const has = (key: keyof OrganizationPatch) =>
    patch !== null && typeof patch === 'object' && key in patch && patch[key] !== undefined;
  const kind = has('kind')
    ? c.enumValue(`${prefix}.kind`, patch.kind, Object.values(OrganizationKind), true)
    : currentKind;
  if (has('kind') && kind) out.kind = kind;
  if (has('nameKo'))
    out.nameKo = c.text(`${prefix}.nameKo`, patch.nameKo, LIMITS.nameKo, true) ?? '';
  if (has('nameEn')) out.nameEn = c.text(`${prefix}.nameEn`, patch.nameEn, LIMITS.nameEn, false);
  if (has('complexCode'))
    out.complexCode = (
      c.text(`${prefix}.complexCode`, patch.complexCode, 40, true) ?? ''
    ).toUpperCase();
  if (has('ksicCodes')) out.ksicCodes = c.ksicCodes(`${prefix}.ksicCodes`, patch.ksicCodes);
  if (has('size'))
    out.size = c.enumValue(`${prefix}.size`, patch.size, Object.values(OrganizationSize), false);
  if (has('description'))
    out.description =
      c.text(`${prefix}.description`, patch.description, LIMITS.description, false) ?? '';
  if (has('keywords'))
    out.keywords = c.keywords(`${prefix}.keywords`, patch.keywords, LIMITS.keywords);
  if (has('website')) out.website = c.website(`${prefix}.website`, patch.website);
  if (has('businessNumber'))
    out.businessNumber = c.businessNumber(`${prefix}.businessNumber`, patch.businessNumber, kind);
  return done(c, out);
}

export function validateCapabilityInput(input: ProfileItemInput, prefix = 'input'): NormalizedItem {
  const c = new Checker();
  return done(c, c.item(prefix, input));
}

export function validateNeedInput(input: NeedInput, prefix = 'input'): NormalizedNeed {
  const c = new Checker();
  return done(c, c.need(prefix, input));
}
