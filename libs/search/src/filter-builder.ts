import { BadUserInputError, FieldProblem, LIMITS, OrganizationKind, ZONE_CODES } from '@app/domain';
import type { SearchFilter, SearchParams } from './search-params';

export const MAX_FILTER_VALUES = 20;
export const MAX_RADIUS_KM = 1000;

const CODE = /^[A-Z0-9_]{1,40}$/;
const KSIC_DIVISION = /^\d{2}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const KINDS: readonly string[] = Object.values(OrganizationKind);

type Near = NonNullable<SearchParams['near']>;

interface ListRule {
  key: keyof SearchFilter;
  attribute: string;
  check(value: string): string | null;
}

const RULES: readonly ListRule[] = [
  {
    key: 'zones',
    attribute: 'zoneCode',
    check: (v) =>
      (ZONE_CODES as readonly string[]).includes(v)
        ? null
        : `must be one of ${ZONE_CODES.join(', ')}`,
  },
  {
    key: 'clusters',
    attribute: 'clusterCode',
    check: (v) => (CODE.test(v) ? null : 'must be a cluster code (A–Z, 0–9, _; up to 40)'),
  },
  {
    key: 'complexes',
    attribute: 'complexCode',
    check: (v) => (CODE.test(v) ? null : 'must be a complex code (A–Z, 0–9, _; up to 40)'),
  },
  {
    key: 'kinds',
    attribute: 'kind',
    check: (v) => (KINDS.includes(v) ? null : `must be one of ${KINDS.join(', ')}`),
  },
  {
    key: 'ksicDivisions',
    attribute: 'ksicDivisions',
    check: (v) => (KSIC_DIVISION.test(v) ? null : 'must be a KSIC division of 2 digits'),
  },
  {
    key: 'keywords',
    attribute: 'keywords',
    check: (v) =>
      v.trim() === ''
        ? 'must not be empty'
        : v.length > LIMITS.keyword
          ? `must be at most ${LIMITS.keyword} characters`
          : CONTROL.test(v)
            ? 'must not contain control characters'
            : null,
  },
];

/**
 * A filter value as a double-quoted Meilisearch string. Inside quotes the parser honours
 * only backslash escapes, so once `\` and `"` are escaped nothing in the value — quotes,
 * `OR`, `AND`, `NOT`, `TO`, parentheses — can end the string and become filter syntax.
 * Escaping the backslash matters twice over: the parser also unescapes sequences such as
 * `\n` and `\u{…}` inside the value.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}

// toFixed never switches to exponent notation, which the filter parser does not read.
function geoNumber(value: number): string {
  return Number(value.toFixed(6)).toString();
}

function checkNear(near: Near, problems: FieldProblem[]): void {
  const inRange = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
  if (!inRange(near.lat, -90, 90))
    problems.push({ path: 'near.lat', reason: 'must be a latitude between -90 and 90' });
  if (!inRange(near.lng, -180, 180))
    problems.push({ path: 'near.lng', reason: 'must be a longitude between -180 and 180' });
  if (!inRange(near.radiusKm, Number.MIN_VALUE, MAX_RADIUS_KM))
    problems.push({
      path: 'near.radiusKm',
      reason: `must be more than 0 and at most ${MAX_RADIUS_KM}`,
    });
}

/**
 * The Meilisearch filter for a search: one entry per constraint, which Meilisearch ANDs;
 * the values of one list are alternatives (IN). Every value is checked first, and all
 * problems are reported together as BAD_USER_INPUT with their paths (`filter.zones.0`).
 */
export function buildFilter(filter: SearchFilter = {}, near?: Near): string[] {
  const problems: FieldProblem[] = [];
  const entries: string[] = [];

  for (const rule of RULES) {
    const values: unknown = filter[rule.key];
    if (values === undefined || values === null) continue;
    const path = `filter.${rule.key}`;
    if (!Array.isArray(values)) {
      problems.push({ path, reason: 'must be a list' });
      continue;
    }
    if (values.length > MAX_FILTER_VALUES) {
      problems.push({ path, reason: `must have at most ${MAX_FILTER_VALUES} values` });
      continue;
    }
    let valid = true;
    values.forEach((value: unknown, i) => {
      const reason = typeof value === 'string' ? rule.check(value) : 'must be a string';
      if (reason !== null) {
        problems.push({ path: `${path}.${i}`, reason });
        valid = false;
      }
    });
    if (valid && values.length > 0) {
      const list = unique(values as string[]).map(quoteFilterValue);
      entries.push(`${rule.attribute} IN [${list.join(', ')}]`);
    }
  }

  if (near !== undefined && near !== null) {
    checkNear(near, problems);
    if (problems.every((p) => !p.path.startsWith('near.'))) {
      const meters = Math.max(1, Math.round(near.radiusKm * 1000));
      entries.push(`_geoRadius(${geoNumber(near.lat)}, ${geoNumber(near.lng)}, ${meters})`);
    }
  }

  if (problems.length > 0) throw new BadUserInputError(problems);
  return entries;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
