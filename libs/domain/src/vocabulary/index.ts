import { ZoneCode } from '../enums';
import { CONCEPTS, Concept } from './concepts';

export { CONCEPTS } from './concepts';
export type { Concept, ConceptSector } from './concepts';

/**
 * The form every lookup compares: NFKC (full-width letters and digits, compatibility
 * jamo and ligatures fold to their plain forms), lower case, single spaces, trimmed.
 * Spacing inside Korean compounds is not removed: 이차 전지 and 이차전지 are listed as
 * variants instead, because collapsing all spaces would also merge unrelated phrases.
 */
export function normalizeTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

let byTerm: ReadonlyMap<string, readonly string[]> | undefined;
let byId: ReadonlyMap<string, Concept> | undefined;

/** Normalised term → ids of the concepts that list it (one id, unless the data is wrong). */
export function conceptsByTerm(): ReadonlyMap<string, readonly string[]> {
  if (byTerm === undefined) {
    const map = new Map<string, string[]>();
    for (const concept of CONCEPTS) {
      for (const variant of [...concept.ko, ...concept.en]) {
        const key = normalizeTerm(variant);
        const ids = map.get(key);
        if (ids === undefined) map.set(key, [concept.id]);
        else if (!ids.includes(concept.id)) ids.push(concept.id);
      }
    }
    byTerm = map;
  }
  return byTerm;
}

export function conceptById(id: string): Concept | undefined {
  if (byId === undefined) byId = new Map(CONCEPTS.map((concept) => [concept.id, concept]));
  return byId.get(id);
}

/** Concept ids for a keyword as typed by a user (any case, width or spacing). */
export function conceptIdsForTerm(term: string): readonly string[] {
  return conceptsByTerm().get(normalizeTerm(term)) ?? [];
}

/**
 * One group of equivalent strings per concept, Korean first: what Meilisearch needs as
 * synonyms. Variants are deduplicated by their normalised form, keeping the first spelling.
 */
export function synonymGroups(): string[][] {
  return CONCEPTS.map((concept) => {
    const seen = new Set<string>();
    const group: string[] = [];
    for (const variant of [...concept.ko, ...concept.en]) {
      const key = normalizeTerm(variant);
      if (seen.has(key)) continue;
      seen.add(key);
      group.push(variant.normalize('NFKC'));
    }
    return group;
  });
}

/**
 * The same groups in Meilisearch's settings shape: every variant (lower-cased) lists all the
 * others, which makes the relation symmetric as Meilisearch expects.
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of synonymGroups()) {
    const lowered = group.map(normalizeTerm);
    for (const term of lowered) {
      out[term] = lowered.filter((other) => other !== term);
    }
  }
  return out;
}

interface Matcher {
  /** The variant as it must appear: lower case, or exact case for short abbreviations. */
  text: string;
  caseSensitive: boolean;
  conceptId: string;
  latinStart: boolean;
  latinEnd: boolean;
}

let matchersByFirstChar: ReadonlyMap<string, readonly Matcher[]> | undefined;

const LATIN_OR_DIGIT = /[a-z0-9]/i;

function matchers(): ReadonlyMap<string, readonly Matcher[]> {
  if (matchersByFirstChar === undefined) {
    const map = new Map<string, Matcher[]>();
    for (const concept of CONCEPTS) {
      for (const variant of [...concept.ko, ...concept.en]) {
        const nfkc = variant.normalize('NFKC').replace(/\s+/g, ' ').trim();
        // "IT", "AI", "EV", "LED": as lower-case words they are ordinary English ("it", "led").
        const caseSensitive = nfkc.length <= 3 && /[A-Z]/.test(nfkc);
        const text = caseSensitive ? nfkc : nfkc.toLowerCase();
        const first = text[0];
        const last = text[text.length - 1];
        if (first === undefined || last === undefined) continue;
        const matcher: Matcher = {
          text,
          caseSensitive,
          conceptId: concept.id,
          latinStart: LATIN_OR_DIGIT.test(first),
          latinEnd: LATIN_OR_DIGIT.test(last),
        };
        const key = first.toLowerCase();
        const list = map.get(key);
        if (list === undefined) map.set(key, [matcher]);
        else list.push(matcher);
      }
    }
    for (const list of map.values()) list.sort((a, b) => b.text.length - a.text.length);
    matchersByFirstChar = map;
  }
  return matchersByFirstChar;
}

/**
 * Concept ids mentioned in free text, in order of first mention. Korean variants match
 * anywhere (compounds have no spaces: 조선해양공학과 mentions 조선해양공학); Latin variants
 * only as whole words. At each position the longest variant wins, so 용접자동화 counts as
 * welding automation and not also as welding.
 */
export function conceptsInText(text: string): string[] {
  const exact = text.normalize('NFKC').replace(/\s+/g, ' ');
  // ASCII-only lowering keeps positions aligned between the two strings.
  const lower = exact.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  const found: string[] = [];
  const seen = new Set<string>();
  const table = matchers();
  let i = 0;
  while (i < lower.length) {
    const candidates = table.get(lower[i] as string);
    let advanced = false;
    if (candidates !== undefined) {
      for (const m of candidates) {
        const haystack = m.caseSensitive ? exact : lower;
        if (!haystack.startsWith(m.text, i)) continue;
        if (m.latinStart && i > 0 && LATIN_OR_DIGIT.test(lower[i - 1] as string)) continue;
        const end = i + m.text.length;
        if (m.latinEnd && end < lower.length && LATIN_OR_DIGIT.test(lower[end] as string)) continue;
        if (!seen.has(m.conceptId)) {
          seen.add(m.conceptId);
          found.push(m.conceptId);
        }
        i = end;
        advanced = true;
        break;
      }
    }
    if (!advanced) i += 1;
  }
  return found;
}

/**
 * Concept ids each zone specialises in, from the 2010 expansion plan (DOMAIN.md): the zone's
 * own words first, then the closest concepts the press reports name for its hubs.
 */
export const ZONE_SPECIALISATION: Readonly<Record<ZoneCode, readonly string[]>> = {
  // Global hub of knowledge-based parts & materials; IT (서울디지털, 반월·시화, 남동).
  [ZoneCode.CAPITAL]: [
    'parts-materials',
    'knowledge-industry',
    'advanced-materials',
    'information-technology',
    'software',
    'electronic-components',
    'digital-content',
  ],
  // IT hub: display (천안·아산), semiconductors and secondary batteries (청주·오창), mechatronics (충주).
  [ZoneCode.CHUNGCHEONG]: [
    'information-technology',
    'display',
    'oled',
    'semiconductor',
    'secondary-battery',
    'mechatronics',
  ],
  // Electrical/electronics (구미) and machinery (성서, 경산진량).
  [ZoneCode.DAEGYEONG]: [
    'electrical-electronics',
    'electronic-components',
    'mobile-devices',
    'machinery',
    'machine-tools',
    'precision-parts',
  ],
  // Automotive (울산), shipbuilding (울산, 거제, 녹산), aerospace (사천); petrochemicals and steel.
  [ZoneCode.DONGNAM]: [
    'automotive',
    'auto-parts',
    'shipbuilding',
    'shipbuilding-offshore',
    'ship-equipment',
    'offshore-plant',
    'aerospace',
    'aircraft-parts',
    'petrochemicals',
    'steel',
  ],
  // Shipbuilding (대불), auto parts (광주, 군산), photonics (광주첨단), eco-friendly green industry.
  [ZoneCode.HONAM]: [
    'shipbuilding',
    'ship-equipment',
    'leisure-boat',
    'auto-parts',
    'photonics',
    'led',
    'green-industry',
    'renewable-energy',
  ],
  // Medical industry, NE-Asia medical hub (원주 medical devices).
  [ZoneCode.GANGWON]: [
    'medical-devices',
    'medical-imaging',
    'rehabilitation-devices',
    'digital-health',
  ],
  // Bio cluster.
  [ZoneCode.JEJU]: [
    'biotechnology',
    'cosmetics',
    'health-functional-food',
    'natural-products',
    'marine-bio',
  ],
};
