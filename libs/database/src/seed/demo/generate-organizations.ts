/**
 * Deterministic demo organizations for the cluster platform: firms, university labs and
 * research institutes spread over the complexes, with capabilities and needs written from
 * the shared vocabulary so that the matching engine finds real signal (a 대불 ship-block
 * maker needing 용접자동화, an 울산대학교 조선해양공학과 lab offering it).
 *
 * Pure: no database, no clock, no Math.random. Organization i depends only on (seed, i)
 * and on the organizations before it, never on `count`; so a larger count extends a
 * smaller one, which is what lets the seeder add "the difference" on a second run.
 */
import { NeedVisibility, OrganizationKind, OrganizationSize, ZoneCode } from '@app/domain';
import { businessNumberWithCheckDigit } from '@app/domain/business-number';
import { deriveSeed, SeededRandom } from '@app/domain/random';
import { conceptById, conceptsInText, ZONE_SPECIALISATION } from '@app/domain/vocabulary';
import {
  CHALLENGES,
  Challenge,
  Department,
  FIRM_STEMS,
  GENERIC_FIRM_SUFFIXES,
  INITIALS,
  Institute,
  INSTITUTE_UNIT_SUFFIXES,
  INSTITUTES,
  LAB_PREFIXES,
  LAB_SUFFIXES,
  Named,
  SECTOR_PROFILES,
  SectorProfile,
  UNIVERSITIES,
  Verb,
} from './organization-catalog';

export interface DemoComplex {
  code: string;
  zone: ZoneCode;
  nameKo: string;
  cityKo: string;
  cityEn: string;
  mainIndustries: { ko: string; en: string }[];
  /** 'HUB' complexes get three times the organizations of linked ones; optional. */
  role?: string;
}

export interface DemoItem {
  title: string;
  description: string;
  keywords: string[];
}

export interface DemoNeed extends DemoItem {
  visibility: NeedVisibility;
}

export interface DemoOrganization {
  kind: OrganizationKind;
  nameKo: string;
  nameEn: string;
  complexCode: string;
  ksicCodes: string[];
  size: OrganizationSize;
  description: string;
  keywords: string[];
  website: string | null;
  /** Firms only: 10 digits with a valid check digit, unique across the whole output. */
  businessNumber: string | null;
  capabilities: DemoItem[];
  needs: DemoNeed[];
}

export interface GenerateOptions {
  count: number;
  seed: number;
  complexes: DemoComplex[];
}

/** Limits the output keeps (stricter than what the API accepts, so edits have headroom). */
export const DEMO_LIMITS = {
  nameKo: 100,
  nameEn: 150,
  description: 1000,
  title: 120,
  itemDescription: 500,
  keywordsPerItem: 10,
  keyword: 40,
  capabilities: { min: 1, max: 5 },
  needs: { min: 0, max: 4 },
} as const;

/** Shares of universities and institutes, in percent; the rest are firms. */
const UNIVERSITY_PERCENT = 7;
const INSTITUTE_PERCENT = 8;
const ENGLISH_SHARE = 0.15;
const COORDINATORS_ONLY_SHARE = 0.3;
const HUB_WEIGHT = 3;
/** Fresh lab names to try before numbering one (제2연구실). */
const MAX_NAME_ATTEMPTS = 8;

// Bound once: under Jest's vm sandbox each global lookup (Math) is many times slower.
const { floor, max, min } = Math;

// ── Korean text helpers ─────────────────────────────────────────────────────────────

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Final consonant of the last sound: 0 none, 8 ㄹ, other values another consonant. */
function finalConsonant(word: string): number {
  const trimmed = word.replace(/[\s)\]'"·.,]+$/u, '');
  const ch = trimmed[trimmed.length - 1];
  if (ch === undefined) return 0;
  const code = ch.charCodeAt(0);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return (code - HANGUL_FIRST) % 28;
  // Digits and Latin letters as Koreans read them: 일 칠 팔 end in ㄹ, 영 삼 육 in another.
  if ('178'.includes(ch)) return 8;
  if ('036'.includes(ch)) return 1;
  if ('LlRr'.includes(ch)) return 8;
  if ('MmNn'.includes(ch)) return 1;
  return 0;
}

type Particle = '은' | '이' | '을' | '과' | '으로' | '이며';
const PARTICLES: Record<Particle, [string, string]> = {
  은: ['은', '는'],
  이: ['이', '가'],
  을: ['을', '를'],
  과: ['과', '와'],
  으로: ['으로', '로'],
  이며: ['이며', '며'],
};

/** The word with the particle form its last sound takes (대한정밀은, 한빛테크는). */
function withParticle(word: string, particle: Particle): string {
  const final = finalConsonant(word);
  const [after, afterVowel] = PARTICLES[particle];
  if (particle === '으로') return word + (final === 0 || final === 8 ? afterVowel : after);
  return word + (final === 0 ? afterVowel : after);
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Cuts to at most `max` code points, at a word boundary when one is near, with an ellipsis. */
function clip(text: string, max: number): string {
  // UTF-16 length bounds the code point count from above: the common case needs no scan.
  if (text.length <= max) return text;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (codePoints(clean) <= max) return clean;
  const chars = [...clean].slice(0, max - 1);
  let cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.7) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,.;:·]+$/u, '')}…`;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

const SMALL_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'a']);

/** "welding automation" → "Welding Automation"; abbreviations and mixed case stay. */
function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) =>
      /[A-Z]/.test(word) || (i > 0 && SMALL_WORDS.has(word)) ? word : capitalise(word),
    )
    .join(' ');
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Case-insensitive de-duplication and the per-keyword limit, preserving order. */
function keywordList(words: readonly string[], max: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    const keyword = clip(word, DEMO_LIMITS.keyword);
    const key = keyword.toLowerCase();
    if (keyword === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(keyword);
    if (out.length === max) break;
  }
  return out;
}

// ── Vocabulary access ───────────────────────────────────────────────────────────────

type Lang = 'ko' | 'en';

function conceptOrThrow(id: string) {
  const concept = conceptById(id);
  if (concept === undefined) throw new Error(`demo catalog names unknown concept "${id}"`);
  return concept;
}

/** A spelling of a concept: usually the preferred one, sometimes a variant (so synonyms matter). */
function term(id: string, lang: Lang, rng: SeededRandom): string {
  const variants = conceptOrThrow(id)[lang];
  if (variants.length === 1 || rng.chance(0.6)) return variants[0]!;
  return rng.pick(variants);
}

function label(id: string, lang: Lang): string {
  return conceptOrThrow(id)[lang][0]!;
}

// ── Where organizations go ──────────────────────────────────────────────────────────

interface WeightedProfile {
  profile: SectorProfile;
  weight: number;
}

/**
 * How likely each sector is in a complex: its main industries (read through the vocabulary)
 * dominate, the zone's specialisation adds, and common trades (machining, root industries)
 * appear everywhere a little.
 */
function profileWeights(complex: DemoComplex): WeightedProfile[] {
  const industries = (complex.mainIndustries ?? []).map((m) => `${m.ko} ${m.en}`).join(' / ');
  const found = new Set(conceptsInText(industries));
  const zoneSpecialisation = new Set(ZONE_SPECIALISATION[complex.zone] ?? []);
  return SECTOR_PROFILES.map((profile) => {
    let weight = profile.baseWeight;
    for (const id of profile.core) if (found.has(id)) weight += 4;
    for (const id of profile.tech) if (found.has(id)) weight += 1;
    if (profile.core.some((id) => zoneSpecialisation.has(id))) weight += 1;
    return { profile, weight };
  }).filter((w) => w.weight > 0);
}

/**
 * Complex of position i. The first block puts every complex once (so any count of at least
 * the number of complexes reaches them all); later blocks hold each hub three times and each
 * linked complex once. Each block is shuffled with its own seed, so position i never depends
 * on count.
 */
class ComplexSchedule {
  private readonly weighted: number[];
  private cachedBlock = -1;
  private cached: number[] = [];

  constructor(
    private readonly complexes: readonly DemoComplex[],
    private readonly seed: number,
  ) {
    this.weighted = [];
    complexes.forEach((c, index) => {
      const times = c.role === 'HUB' ? HUB_WEIGHT : 1;
      for (let k = 0; k < times; k += 1) this.weighted.push(index);
    });
  }

  at(position: number): DemoComplex {
    const n = this.complexes.length;
    let block: number;
    let offset: number;
    if (position < n) {
      block = 0;
      offset = position;
    } else {
      block = 1 + floor((position - n) / this.weighted.length);
      offset = (position - n) % this.weighted.length;
    }
    if (block !== this.cachedBlock) {
      const base = block === 0 ? this.complexes.map((_, i) => i) : this.weighted.slice();
      this.cached = new SeededRandom(deriveSeed(this.seed, 'complex-block', block)).shuffle(base);
      this.cachedBlock = block;
    }
    return this.complexes[this.cached[offset]!]!;
  }
}

/**
 * Kind of each position by error diffusion: after n positions there are exactly
 * floor(n·7%) universities and floor(n·8%) institutes (one fewer for a moment when both fall
 * due together). A seed-dependent phase keeps seeds from sharing one pattern.
 */
class KindSchedule {
  private universities = 0;
  private institutes = 0;
  private readonly phase: number;

  constructor(seed: number) {
    this.phase = deriveSeed(seed, 'kinds') % 100;
  }

  private due(position: number, percent: number): number {
    const p = this.phase;
    return floor(((position + 1 + p) * percent) / 100) - floor((p * percent) / 100);
  }

  next(position: number): OrganizationKind {
    if (this.universities < this.due(position, UNIVERSITY_PERCENT)) {
      this.universities += 1;
      return OrganizationKind.UNIVERSITY;
    }
    if (this.institutes < this.due(position, INSTITUTE_PERCENT)) {
      this.institutes += 1;
      return OrganizationKind.INSTITUTE;
    }
    return OrganizationKind.FIRM;
  }
}

// ── Business registration numbers ───────────────────────────────────────────────────

/**
 * Tax-office code ranges by region, approximately as the National Tax Service numbers them
 * (1xx/2xx capital region and Gangwon, 3xx Chungcheong, 4xx Honam, 5xx Daegyeong, 6xx
 * Dongnam and Jeju). Only the format and the check digit are load-bearing.
 */
const TAX_OFFICES: Record<ZoneCode, readonly [number, number][]> = {
  [ZoneCode.CAPITAL]: [
    [101, 149],
    [201, 220],
  ],
  [ZoneCode.GANGWON]: [[221, 227]],
  [ZoneCode.CHUNGCHEONG]: [[301, 317]],
  [ZoneCode.HONAM]: [[401, 418]],
  [ZoneCode.DAEGYEONG]: [[501, 515]],
  [ZoneCode.DONGNAM]: [
    [601, 615],
    [617, 624],
  ],
  [ZoneCode.JEJU]: [[616, 616]],
};

/** Middle digits of for-profit corporations (법인); sole proprietors use 01–79. */
const CORPORATE_TYPES = ['81', '81', '81', '86', '87', '88'];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

// ── The generator ───────────────────────────────────────────────────────────────────

interface FirmName {
  ko: string;
  en: string;
  shortKo: string;
  shortEn: string;
  slug: string;
  corporate: boolean;
}

type LabNamer = (ordinal: number) => Named & { koPlain: string; enPlain: string };

/** Korean stem (생산하다), English present and past of what a firm does with its products. */
const VERBS: Record<Verb, { ko: string; en: string; enPast: string }> = {
  make: { ko: '생산', en: 'make', enPast: 'produced' },
  develop: { ko: '개발', en: 'develop', enPast: 'developed' },
  provide: { ko: '제공', en: 'provide', enPast: 'provided' },
};

interface Focus {
  verb: (typeof VERBS)[Verb];
  physical: boolean;
  core: string[];
  tech: string[];
  products: Named[];
  customer: Named;
  challenges: Challenge[];
  equipment: Named[];
}

class OrganizationFactory {
  private readonly schedule: ComplexSchedule;
  private readonly kinds: KindSchedule;
  private readonly weightsByComplex = new Map<string, WeightedProfile[]>();
  private readonly firmNames = new Set<string>();
  private readonly academicNames = new Set<string>();
  private readonly websites = new Set<string>();
  private readonly businessNumbers = new Set<string>();
  private readonly nameOrdinals = new Map<string, number>();

  constructor(private readonly opts: GenerateOptions) {
    this.schedule = new ComplexSchedule(opts.complexes, opts.seed);
    this.kinds = new KindSchedule(opts.seed);
  }

  organization(position: number): DemoOrganization {
    const rng = new SeededRandom(deriveSeed(this.opts.seed, 'org', position));
    const complex = this.schedule.at(position);
    const kind = this.kinds.next(position);
    const profile = this.pickProfile(complex, rng);
    const physical = (profile.verb ?? 'make') === 'make';
    const focus: Focus = {
      verb: VERBS[profile.verb ?? 'make'],
      physical,
      core: rng.sample(profile.core, 3),
      tech: rng.sample(profile.tech, 4),
      products: rng.sample(profile.products, 2),
      customer: rng.pick(profile.customers),
      challenges: rng.sample(physical ? CHALLENGES : NON_PHYSICAL_CHALLENGES, 3),
      equipment: rng.sample(profile.equipment, 2),
    };
    switch (kind) {
      case OrganizationKind.FIRM:
        return this.firm(rng, complex, profile, focus);
      case OrganizationKind.UNIVERSITY:
        return this.university(rng, complex, profile, focus);
      case OrganizationKind.INSTITUTE:
        return this.institute(rng, complex, profile, focus);
    }
  }

  private pickProfile(complex: DemoComplex, rng: SeededRandom): SectorProfile {
    let weights = this.weightsByComplex.get(complex.code);
    if (weights === undefined) {
      weights = profileWeights(complex);
      this.weightsByComplex.set(complex.code, weights);
    }
    return rng.weighted(weights, (w) => w.weight).profile;
  }

  // ── Firms ─────────────────────────────────────────────────────────────────────────

  private firm(
    rng: SeededRandom,
    complex: DemoComplex,
    profile: SectorProfile,
    focus: Focus,
  ): DemoOrganization {
    const size = rng.weighted(
      [
        [OrganizationSize.MICRO, 30],
        [OrganizationSize.SMALL, 48],
        [OrganizationSize.MEDIUM, 17],
        [OrganizationSize.LARGE, 5],
      ] as const,
      ([, w]) => w,
    )[0];
    const corporateShare =
      size === OrganizationSize.MICRO ? 0.4 : size === OrganizationSize.SMALL ? 0.75 : 1;
    const name = this.firmName(rng, complex, profile, rng.chance(corporateShare));
    const ksicCodes = rng.sample(profile.firmKsic, 1 + rng.weightedIndex([60, 30, 10]));
    const capabilities = Array.from({ length: 1 + rng.weightedIndex([45, 35, 15, 5]) }, (_, i) =>
      this.firmCapability(rng, complex, focus, i, name),
    );
    const needs = Array.from({ length: rng.weightedIndex([10, 35, 30, 17, 8]) }, (_, i) =>
      this.withVisibility(rng, this.firmNeed(rng, complex, profile, focus, i)),
    );
    const description = rng.chance(ENGLISH_SHARE)
      ? this.firmDescriptionEn(rng, complex, profile, focus, name, size)
      : this.firmDescriptionKo(rng, complex, profile, focus, name, size);
    const website = rng.chance(0.75) ? this.website(name.slug, slugify(complex.cityEn)) : null;
    return {
      kind: OrganizationKind.FIRM,
      nameKo: name.ko,
      nameEn: name.en,
      complexCode: complex.code,
      ksicCodes,
      size,
      description: clip(description, DEMO_LIMITS.description),
      keywords: this.orgKeywords(profile, [...needs, ...capabilities], rng),
      website,
      businessNumber: this.businessNumber(rng, complex.zone, name.corporate),
      capabilities,
      needs,
    };
  }

  private firmName(
    rng: SeededRandom,
    complex: DemoComplex,
    profile: SectorProfile,
    corporate: boolean,
  ): FirmName {
    let core: { ko: string; en: string } | undefined;
    for (let attempt = 0; core === undefined; attempt += 1) {
      const stem = rng.chance(0.3) ? this.initials(rng) : rng.pick(FIRM_STEMS);
      // After a few clashes in one complex, a two-part stem (대한 + 우진) makes room.
      const second = attempt >= 6 ? rng.pick(FIRM_STEMS) : undefined;
      const suffix = rng.chance(0.65)
        ? rng.pick(profile.firmSuffixes)
        : rng.pick(GENERIC_FIRM_SUFFIXES);
      if (stem.ko === suffix.ko || (second !== undefined && second.ko === stem.ko)) continue;
      const candidate = {
        ko: `${stem.ko}${second?.ko ?? ''}${suffix.ko}`,
        en:
          second === undefined
            ? `${stem.en} ${suffix.en}`
            : `${stem.en}${second.en.toLowerCase()} ${suffix.en}`,
      };
      const key = `${complex.code}|${candidate.ko}`;
      if (this.firmNames.has(key)) continue;
      this.firmNames.add(key);
      core = candidate;
    }
    let ko = core.ko;
    let en = core.en;
    if (corporate) {
      const form = rng.weightedIndex([50, 30, 20]);
      ko = form === 0 ? `(주)${core.ko}` : form === 1 ? `${core.ko}(주)` : `주식회사 ${core.ko}`;
      en = rng.chance(0.85) ? `${core.en} Co., Ltd.` : `${core.en} Inc.`;
    }
    return { ko, en, shortKo: core.ko, shortEn: core.en, slug: slugify(core.en), corporate };
  }

  private initials(rng: SeededRandom): Named {
    const a = rng.pick(INITIALS);
    let b = rng.pick(INITIALS);
    if (b.en === a.en) b = rng.pick(INITIALS);
    return { ko: `${a.ko}${b.ko}`, en: `${a.en}${b.en}` };
  }

  private businessNumber(rng: SeededRandom, zone: ZoneCode, corporate: boolean): string {
    const ranges = TAX_OFFICES[zone] ?? TAX_OFFICES[ZoneCode.CAPITAL];
    for (;;) {
      const [low, high] = rng.pick(ranges);
      const office = rng.int(low, high);
      const type = corporate ? rng.pick(CORPORATE_TYPES) : pad(rng.int(1, 79), 2);
      const serial = rng.int(1, 9999);
      const number = businessNumberWithCheckDigit(`${office}${type}${pad(serial, 4)}`);
      if (this.businessNumbers.has(number)) continue;
      this.businessNumbers.add(number);
      return number;
    }
  }

  private firmDescriptionKo(
    rng: SeededRandom,
    complex: DemoComplex,
    profile: SectorProfile,
    focus: Focus,
    name: FirmName,
    size: OrganizationSize,
  ): string {
    const sizeKo = { MICRO: '소기업', SMALL: '중소기업', MEDIUM: '중견기업', LARGE: '대기업' }[
      size
    ];
    const [p1, p2] = [focus.products[0]!, focus.products[1] ?? focus.products[0]!];
    const t = term(focus.tech[0]!, 'ko', rng);
    const c = term(focus.core[0]!, 'ko', rng);
    const ch = focus.challenges[0]!;
    const products =
      p1 === p2
        ? withParticle(p1.ko, '을')
        : `${withParticle(p1.ko, '과')} ${withParticle(p2.ko, '을')}`;
    if (rng.chance(0.5)) {
      return (
        `${withParticle(name.shortKo, '은')} ${complex.nameKo}에 입주한 ${profile.label.ko} 분야 ${sizeKo}으로, ` +
        `${products} ${focus.verb.ko}해 ${focus.customer.ko}에 공급하고 있습니다. ` +
        `${t} 역량을 키워 ${withParticle(ch.ko, '을')} 이루기 위해 산학연 협력을 추진하고 있습니다.`
      );
    }
    return (
      `${complex.cityKo}에 있는 ${withParticle(name.shortKo, '은')} ${p1.ko} 전문 ${focus.physical ? '제조기업' : '기업'}입니다. ` +
      `주요 고객은 ${withParticle(focus.customer.ko, '이며')}, 최근에는 ${c} 분야로 사업을 넓히고 있습니다. ` +
      `${t} 기술을 가진 대학·연구기관과의 공동연구에 관심이 많습니다.`
    );
  }

  private firmDescriptionEn(
    rng: SeededRandom,
    complex: DemoComplex,
    profile: SectorProfile,
    focus: Focus,
    name: FirmName,
    size: OrganizationSize,
  ): string {
    const sizeEn = { MICRO: 'micro', SMALL: 'small', MEDIUM: 'mid-sized', LARGE: 'large' }[size];
    const [p1, p2] = [focus.products[0]!, focus.products[1] ?? focus.products[0]!];
    const t = term(focus.tech[0]!, 'en', rng);
    const ch = focus.challenges[0]!;
    return (
      `${name.shortEn} is a ${sizeEn} ${profile.label.en} company in ${complex.cityEn}; it ${focus.verb.en}s ` +
      `${p1.en}${p1 === p2 ? '' : ` and ${p2.en}`} for ${focus.customer.en}. ` +
      `It is building up ${t} capabilities and works with universities and institutes on ${ch.en}.`
    );
  }

  private firmNeed(
    rng: SeededRandom,
    complex: DemoComplex,
    profile: SectorProfile,
    focus: Focus,
    index: number,
  ): DemoItem {
    const techId = focus.tech[index % focus.tech.length]!;
    const tech2Id = focus.tech[(index + 1) % focus.tech.length]!;
    const coreId = focus.core[index % focus.core.length]!;
    const product = focus.products[index % focus.products.length]!;
    const ch = focus.challenges[index % focus.challenges.length]!;
    if (rng.chance(ENGLISH_SHARE)) {
      const t = term(techId, 'en', rng);
      const c = term(coreId, 'en', rng);
      const title = rng.pick([
        `${capitalise(t)} for ${ch.en} in ${product.en}`,
        `Partner wanted: ${t} for ${product.en}`,
        `${capitalise(t)} know-how for ${ch.en}`,
      ]);
      const description =
        `We ${focus.verb.en} ${product.en} (${c}) in ${complex.cityEn}, and ${ch.problemEn}. ` +
        `We are looking for a university lab or research institute with ${t} expertise to work with us on ${ch.en}. ` +
        rng.pick(EXTRA_NEED_EN);
      return this.item(title, description, [t, c, ch.en], rng);
    }
    const t = term(techId, 'ko', rng);
    const t2 = term(tech2Id, 'ko', rng);
    const c = term(coreId, 'ko', rng);
    const title = rng.pick([
      `${t} 도입을 통한 ${product.ko} ${ch.ko}`,
      `${product.ko} ${withParticle(ch.ko, '을')} 위한 ${t} 기술 협력`,
      `${t} 분야 공동연구 파트너 모집`,
      `${c} 공정의 ${t} 기술 자문 요청`,
      `${product.ko} ${ch.ko}: ${t} 적용 방안`,
    ]);
    let description =
      `당사는 ${complex.nameKo}에서 ${withParticle(product.ko, '을')} ${focus.verb.ko}하고 있습니다. ${ch.problemKo}. ` +
      `${t} 기술을 보유한 대학 연구실이나 연구기관과 함께 ${withParticle(ch.ko, '을')} 추진하고자 합니다. ` +
      rng.pick(EXTRA_NEED_KO);
    if (rng.chance(0.4)) description += ` ${t2} 관련 경험이 있으면 더욱 좋습니다.`;
    return this.item(title, description, [t, c, profile.label.ko, ch.ko], rng);
  }

  private firmCapability(
    rng: SeededRandom,
    complex: DemoComplex,
    focus: Focus,
    index: number,
    name: FirmName,
  ): DemoItem {
    const product = focus.products[index % focus.products.length]!;
    const techId = focus.tech[(index + 2) % focus.tech.length]!;
    const coreId = focus.core[(index + 1) % focus.core.length]!;
    const years = rng.int(3, 35);
    if (rng.chance(ENGLISH_SHARE)) {
      const t = term(techId, 'en', rng);
      const c = term(coreId, 'en', rng);
      const title = rng.pick(
        focus.physical
          ? [
              `${capitalise(product.en)}: design and production`,
              `Volume production of ${product.en}`,
              `Field test site for ${c}`,
            ]
          : [
              `${capitalise(product.en)} for industry`,
              `Experience in ${c}`,
              `${capitalise(t)} services`,
            ],
      );
      const description =
        `${name.shortEn} has ${focus.verb.enPast} ${product.en} for ${years} years for ${focus.customer.en}. ` +
        `Its ${t} experience and quality system can support prototypes and field trials of joint projects in ${complex.cityEn}.`;
      return this.item(title, description, [product.en, t, c], rng);
    }
    const t = term(techId, 'ko', rng);
    const c = term(coreId, 'ko', rng);
    const title = rng.pick(
      focus.physical
        ? [
            `${product.ko} 설계 및 생산`,
            `${product.ko} 양산 역량`,
            `${t} 공정 운영 경험`,
            `${c} 분야 현장 실증 지원`,
          ]
        : [
            `${product.ko} 전문 역량`,
            `${product.ko} 수행 경험`,
            `${t} 적용 경험`,
            `${c} 분야 실증 지원`,
          ],
    );
    const description =
      `${years}년간 ${withParticle(product.ko, '을')} ${focus.verb.ko}해 왔으며 ${focus.physical ? `${focus.customer.ko}에 납품하고` : `${withParticle(focus.customer.ko, '과')} 거래하고`} 있습니다. ` +
      `${t} 관련 경험과 품질관리 체계를 갖추고 있어 ` +
      (focus.physical
        ? '공동 개발 제품의 시작품 제작과 현장 실증을 지원할 수 있습니다.'
        : '공동 과제의 실증과 사업화를 지원할 수 있습니다.');
    return this.item(title, description, [product.ko, t, c], rng);
  }

  // ── Universities ──────────────────────────────────────────────────────────────────

  private university(
    rng: SeededRandom,
    complex: DemoComplex,
    profile: SectorProfile,
    focus: Focus,
  ): DemoOrganization {
    const candidates = UNIVERSITIES.filter((uni) => uni.zone === complex.zone);
    const pool = candidates.length > 0 ? candidates : UNIVERSITIES;
    const uni = rng.weighted(
      pool,
      (x) =>
        1 + (x.profiles.includes(profile.id) ? 4 : 0) + (complex.cityKo.includes(x.city) ? 3 : 0),
    );
    const special = uni.profiles.includes(profile.id);
    const departments = profile.departments.filter((d) => special || d.generic === true);
    // Ordinal 0 draws a fresh department and lab; numbered retries reuse that draw.
    let drawn: { dept: Department; lab: LabNamer } | undefined;
    const names = this.academicName(rng, focus, (topic, ordinal) => {
      if (drawn === undefined || ordinal === 0) {
        drawn = {
          dept: rng.pick(departments.length > 0 ? departments : profile.departments),
          lab: this.labName(rng, topic, LAB_SUFFIXES),
        };
      }
      const { dept } = drawn;
      const lab = drawn.lab(ordinal);
      return [
        { ko: `${uni.ko} ${dept.ko} ${lab.ko}`, en: `${uni.en}, ${dept.en}, ${lab.en}` },
        { ko: `${uni.ko} ${dept.ko} ${lab.koPlain}`, en: `${uni.en}, ${lab.enPlain}` },
      ];
    });
    const capabilities = Array.from({ length: 2 + rng.weightedIndex([25, 35, 25, 15]) }, (_, i) =>
      this.academicCapability(rng, profile, focus, i),
    );
    const needs = Array.from({ length: rng.weightedIndex([75, 25]) }, (_, i) =>
      this.withVisibility(rng, this.academicNeed(rng, profile, focus, i)),
    );
    const description = rng.chance(ENGLISH_SHARE)
      ? `${names.en} works on ${term(focus.tech[0]!, 'en', rng)} and ${term(focus.tech[1] ?? focus.tech[0]!, 'en', rng)}, ` +
        `with joint research and technology transfer to ${profile.label.en} companies. With ${focus.equipment[0]?.en ?? 'its laboratory'}, ` +
        `it supports prototype evaluation and field trials for firms in ${complex.cityEn}.`
      : `${withParticle(names.ko, '은')} ${withParticle(term(focus.tech[0]!, 'ko', rng), '과')} ${term(focus.tech[1] ?? focus.tech[0]!, 'ko', rng)} 분야를 연구하며, ` +
        `${profile.label.ko} 기업과의 공동연구와 기술이전을 활발히 수행하고 있습니다. ` +
        `${withParticle(focus.equipment[0]?.ko ?? '연구 장비', '을')} 갖추고 있어 ${complex.nameKo} 입주기업의 시제품 평가와 현장 실증을 지원할 수 있습니다.`;
    return {
      kind: OrganizationKind.UNIVERSITY,
      nameKo: names.ko,
      nameEn: names.en,
      complexCode: complex.code,
      ksicCodes: ['85302'],
      size: uni.size,
      description: clip(description, DEMO_LIMITS.description),
      keywords: this.orgKeywords(profile, [...capabilities, ...needs], rng),
      website: this.website(`${uni.slug}-${names.slug}`),
      businessNumber: null,
      capabilities,
      needs,
    };
  }

  // ── Institutes ────────────────────────────────────────────────────────────────────

  private institute(
    rng: SeededRandom,
    complex: DemoComplex,
    profile: SectorProfile,
    focus: Focus,
  ): DemoOrganization {
    // A regional technopark supports every local industry, so it stands in where no
    // specialised institute of the zone fits the sector.
    const inst: Institute = rng.weighted(INSTITUTES, (x) => {
      const fits = x.profiles.includes(profile.id);
      if (x.zone !== complex.zone) return x.national === true && fits ? 1.5 : 0;
      if (!fits) return x.ko.includes('테크노파크') ? 1 : 0.05;
      return 5 + (complex.cityKo.includes(x.city) ? 2 : 0);
    });
    let drawn: LabNamer | undefined;
    const names = this.academicName(rng, focus, (topic, ordinal) => {
      if (drawn === undefined || ordinal === 0)
        drawn = this.labName(rng, topic, INSTITUTE_UNIT_SUFFIXES);
      const unit = drawn(ordinal);
      return [
        { ko: `${inst.ko} ${unit.ko}`, en: `${inst.en}, ${unit.en}` },
        { ko: `${inst.ko} ${unit.koPlain}`, en: `${inst.en}, ${unit.enPlain}` },
      ];
    });
    const ksicCodes = [...new Set([...inst.ksic, rng.pick(profile.instituteKsic)])].slice(0, 2);
    const capabilities = Array.from({ length: 2 + rng.weightedIndex([25, 35, 25, 15]) }, (_, i) =>
      this.academicCapability(rng, profile, focus, i),
    );
    const needs = Array.from({ length: rng.weightedIndex([70, 30]) }, (_, i) =>
      this.withVisibility(rng, this.academicNeed(rng, profile, focus, i)),
    );
    const t1 = focus.tech[0]!;
    const t2 = focus.tech[1] ?? t1;
    const ch = focus.challenges[0]!;
    const description = rng.chance(ENGLISH_SHARE)
      ? `${names.en} develops ${term(t1, 'en', rng)} and ${term(t2, 'en', rng)} and supports companies directly. ` +
        `It runs ${focus.equipment[0]?.en ?? 'shared test facilities'} and offers technical guidance, testing and joint projects ` +
        `to ${profile.label.en} firms working on ${ch.en}.`
      : `${withParticle(names.ko, '은')} ${term(t1, 'ko', rng)}, ${term(t2, 'ko', rng)} 분야의 기술개발과 기업 지원을 맡고 있습니다. ` +
        `${withParticle(focus.equipment[0]?.ko ?? '공동 활용 장비', '을')} 운영하며 ${profile.label.ko} 기업의 ${withParticle(ch.ko, '을')} 위한 ` +
        `기술지도, 시험·평가, 공동 과제를 수행합니다.`;
    return {
      kind: OrganizationKind.INSTITUTE,
      nameKo: names.ko,
      nameEn: names.en,
      complexCode: complex.code,
      ksicCodes,
      size: inst.size,
      description: clip(description, DEMO_LIMITS.description),
      keywords: this.orgKeywords(profile, [...capabilities, ...needs], rng),
      website: this.website(`${inst.slug}-${names.slug}`),
      businessNumber: null,
      capabilities,
      needs,
    };
  }

  /**
   * A unique lab or unit name. `build` returns a detailed and a shorter spelling (the
   * shorter one is used when the detailed one is over the length limits). Clashes retry with
   * other topics and prefixes; a theme that is still taken gets the next number
   * (용접자동화 제2연구실), counted per name so that the search stays short.
   */
  private academicName(
    rng: SeededRandom,
    focus: Focus,
    build: (topic: string, ordinal: number) => Named[],
  ): Named & { slug: string } {
    for (let attempt = 0; ; attempt += 1) {
      const topic =
        attempt === 0
          ? focus.tech[0]!
          : rng.chance(0.7)
            ? rng.pick(focus.tech)
            : rng.pick(focus.core);
      const numbered = attempt >= MAX_NAME_ATTEMPTS;
      let ordinal = 0;
      let spellings = build(topic, 0);
      if (numbered) {
        const base = spellings[0]!.ko;
        ordinal = this.nameOrdinals.get(base) ?? 1;
        do {
          ordinal += 1;
          spellings = build(topic, ordinal);
        } while (spellings.some((s) => this.academicNames.has(s.ko)));
        this.nameOrdinals.set(base, ordinal);
      }
      const fitting = spellings.find(
        (s) => codePoints(s.ko) <= DEMO_LIMITS.nameKo && codePoints(s.en) <= DEMO_LIMITS.nameEn,
      ) ?? {
        ko: clip(spellings[0]!.ko, DEMO_LIMITS.nameKo),
        en: clip(spellings[0]!.en, DEMO_LIMITS.nameEn),
      };
      if (this.academicNames.has(fitting.ko)) continue;
      this.academicNames.add(fitting.ko);
      return {
        ...fitting,
        slug: `${slugify(label(topic, 'en'))}${ordinal > 0 ? `-${ordinal}` : ''}`,
      };
    }
  }

  /** The same draws whatever the ordinal, so a numbered retry keeps its prefix and suffix. */
  private labName(rng: SeededRandom, topic: string, suffixes: readonly Named[]): LabNamer {
    const suffix = rng.pick(suffixes);
    const prefix = rng.chance(0.35) ? LAB_PREFIXES[0]! : rng.pick(LAB_PREFIXES);
    const topicKo = label(topic, 'ko').replace(/\s+/g, '');
    const topicEn = titleCase(label(topic, 'en'));
    return (ordinal) => {
      const ordinalKo = ordinal > 0 ? ` 제${ordinal}` : '';
      const ordinalEn = ordinal > 0 ? ` ${ordinal}` : '';
      const ko = `${prefix.ko}${topicKo}${ordinalKo}${suffix.ko}`;
      const en = `${prefix.en === '' ? '' : `${prefix.en} `}${topicEn} ${suffix.en}${ordinalEn}`;
      return {
        ko,
        en,
        koPlain: `${topicKo}${ordinalKo}${suffix.ko}`,
        enPlain: `${topicEn} ${suffix.en}${ordinalEn}`,
      };
    };
  }

  private academicCapability(
    rng: SeededRandom,
    profile: SectorProfile,
    focus: Focus,
    index: number,
  ): DemoItem {
    const techId = focus.tech[index % focus.tech.length]!;
    const tech2Id = focus.tech[(index + 1) % focus.tech.length]!;
    const coreId = focus.core[index % focus.core.length]!;
    const ch = focus.challenges[index % focus.challenges.length]!;
    const equipment = focus.equipment[index % max(1, focus.equipment.length)];
    const projects = rng.int(3, 40);
    const people = rng.int(3, 25);
    if (rng.chance(ENGLISH_SHARE)) {
      const t = term(techId, 'en', rng);
      const t2 = term(tech2Id, 'en', rng);
      const c = term(coreId, 'en', rng);
      const title = rng.pick([
        titleCase(t),
        `${capitalise(t)} for ${c}`,
        `${capitalise(t)} and ${t2} research`,
        `Joint research and technology transfer in ${t}`,
      ]);
      const description = rng.chance(0.5)
        ? `Building on our research in ${t}, we help ${c} companies with ${ch.en}. ` +
          `We can test and evaluate with ${equipment?.en ?? 'our laboratory equipment'} and plan joint projects.`
        : `In the last five years we ran ${projects} industry projects in ${c}; ${people} researchers work on ${t} and ${t2}. ` +
          `We operate ${equipment?.en ?? 'shared test equipment'} and offer technical guidance and licensing.`;
      return this.item(title, description, [t, c, t2], rng);
    }
    const t = term(techId, 'ko', rng);
    const t2 = term(tech2Id, 'ko', rng);
    const c = term(coreId, 'ko', rng);
    const title = rng.pick([
      `${t} 기술`,
      `${c} 분야 ${t} 기술 개발`,
      `${t} 기반 ${c} 공정 최적화`,
      `${t} 공동연구 및 기술이전`,
      `${withParticle(t, '과')} ${t2} 융합 연구`,
    ]);
    const equipmentKo = equipment?.ko ?? '연구 장비';
    const description = rng.pick([
      `${t} 분야의 연구 경험을 바탕으로 ${c} 기업의 ${withParticle(ch.ko, '을')} 지원합니다. ` +
        `${withParticle(equipmentKo, '을')} 활용한 시험·평가와 공동 과제 기획이 가능합니다.`,
      `최근 5년간 ${c} 관련 산학 과제 ${projects}건을 수행했으며, ${withParticle(t, '과')} ${t2} 분야 연구인력 ${people}명이 참여하고 있습니다. ` +
        `${withParticle(equipmentKo, '을')} 보유하고 있습니다.`,
      `${profile.label.ko} 기업의 현장 문제를 ${t} 기술로 해결한 경험이 있습니다. ` +
        `기술지도, 시제품 평가, 기술이전을 통해 ${c} 분야의 ${withParticle(ch.ko, '을')} 돕습니다.`,
    ]);
    return this.item(title, description, [t, c, t2], rng);
  }

  private academicNeed(
    rng: SeededRandom,
    profile: SectorProfile,
    focus: Focus,
    index: number,
  ): DemoItem {
    const techId = focus.tech[index % focus.tech.length]!;
    const coreId = focus.core[(index + 1) % focus.core.length]!;
    if (rng.chance(ENGLISH_SHARE)) {
      const t = term(techId, 'en', rng);
      const c = term(coreId, 'en', rng);
      return this.item(
        `Companies wanted to field-test ${t}`,
        `We want to validate our ${t} results on a real ${c} line and are looking for ${profile.label.en} firms ` +
          'that can offer a test site and process data; partners get first option on the technology transfer.',
        [t, c],
        rng,
      );
    }
    const t = term(techId, 'ko', rng);
    const c = term(coreId, 'ko', rng);
    return this.item(
      rng.pick([`${t} 실증을 위한 수요기업 모집`, `${c} 현장 데이터 공동 활용 기업 모집`]),
      `${t} 연구 성과를 ${c} 현장에 적용해 검증하고자 합니다. 실증 현장과 공정 데이터를 제공할 ` +
        `${profile.label.ko} 기업을 찾고 있으며, 참여 기업에는 기술이전 우선권을 드립니다.`,
      [t, c, '실증'],
      rng,
    );
  }

  // ── Shared pieces ─────────────────────────────────────────────────────────────────

  private item(
    title: string,
    description: string,
    keywords: string[],
    rng: SeededRandom,
  ): DemoItem {
    // Some items carry only one or two keywords, as people type them.
    const count = max(1, min(keywords.length, 1 + rng.int(0, 3)));
    return {
      title: clip(title, DEMO_LIMITS.title),
      description: clip(description, DEMO_LIMITS.itemDescription),
      keywords: keywordList(keywords.slice(0, count), DEMO_LIMITS.keywordsPerItem),
    };
  }

  private withVisibility(rng: SeededRandom, item: DemoItem): DemoNeed {
    return {
      ...item,
      visibility: rng.chance(COORDINATORS_ONLY_SHARE)
        ? NeedVisibility.COORDINATORS
        : NeedVisibility.PUBLIC,
    };
  }

  private orgKeywords(
    profile: SectorProfile,
    items: readonly DemoItem[],
    rng: SeededRandom,
  ): string[] {
    const words = [profile.label.ko, ...items.flatMap((i) => i.keywords)];
    if (rng.chance(0.3)) words.push(profile.label.en);
    return keywordList(words, DEMO_LIMITS.keywordsPerItem);
  }

  /** https://<slug>.example.kr, unique across the output (city, then a number, on clashes). */
  private website(slug: string, qualifier?: string): string {
    const base = slug === '' ? 'org' : slug;
    const candidates = [base, ...(qualifier ? [`${base}-${qualifier}`] : [])];
    for (let k = 2; ; k += 1) {
      const candidate = candidates.shift() ?? `${base}-${k}`;
      const url = `https://${candidate}.example.kr`;
      if (this.websites.has(url)) continue;
      this.websites.add(url);
      return url;
    }
  }
}

const NON_PHYSICAL_CHALLENGES = CHALLENGES.filter((c) => c.physical !== true);

const EXTRA_NEED_KO = [
  '공정 진단부터 시제품 검증까지 함께할 파트너를 찾습니다.',
  '정부 R&D 과제 공동 신청도 검토하고 있습니다.',
  '현장 실증에 필요한 설비와 데이터는 당사가 제공할 수 있습니다.',
  '기술이전이나 기술지도 형태의 협력도 환영합니다.',
];

const EXTRA_NEED_EN = [
  'We can provide a test site and production data.',
  'A joint application for government R&D funding is possible.',
  'Technology licensing or technical guidance is also welcome.',
];

function checkOptions(opts: GenerateOptions): void {
  if (!Number.isInteger(opts.count) || opts.count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${opts.count}`);
  }
  if (!Number.isFinite(opts.seed)) throw new RangeError(`seed must be a number, got ${opts.seed}`);
  if (opts.count > 0 && opts.complexes.length === 0) {
    throw new RangeError('at least one complex is needed to place organizations');
  }
}

/** Streams `count` organizations; memory stays flat apart from the uniqueness sets. */
export function* generateOrganizationsIter(
  opts: GenerateOptions,
): Generator<DemoOrganization, void, undefined> {
  checkOptions(opts);
  const factory = new OrganizationFactory(opts);
  for (let position = 0; position < opts.count; position += 1) {
    yield factory.organization(position);
  }
}

export function generateOrganizations(opts: GenerateOptions): DemoOrganization[] {
  return Array.from(generateOrganizationsIter(opts));
}
