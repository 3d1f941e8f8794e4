/**
 * A profile read into raw term vectors: each need and capability on its own (explanations
 * pair them up), the organization's keywords and description (capability evidence outside any
 * item), and the topics it names. Field weights say how much each text is a claim: a keyword
 * was chosen, a title summarises, a description rambles.
 */
import { conceptIdsForTerm, normalizeTerm } from '@app/domain';

import { analyzeText, conceptToken, KEYWORD_PREFIX, Token } from './analyze';
import { MatchCapability, MatchProfile } from './match-profile';
import { RawPool, RawSpan } from './raw-pool';
import { TokenAccumulator } from './token-accumulator';

export const FIELD_WEIGHT = {
  itemKeyword: 2,
  itemTitle: 1.5,
  itemDescription: 1,
  orgKeyword: 1.5,
  orgDescription: 0.5,
} as const;

export interface RawItem {
  id: string;
  raw: RawSpan;
}

/** Spans of a raw pool. */
export interface RawProfile {
  needItems: RawItem[];
  capabilityItems: RawItem[];
  extra: RawSpan;
  /** Term ids of the concepts (`c:`) and keywords (`k:`) named anywhere, each once. */
  topics: RawSpan;
}

const KEYWORD_CACHE_LIMIT = 50_000;
const keywordTokens = new Map<string, string | null>();

/** `k:<keyword>` for a keyword as typed, or null when it is a vocabulary term (its concept
 * stands for it) or empty. Keywords repeat across organizations, so the answer is kept. */
function keywordToken(keyword: string): string | null {
  let token = keywordTokens.get(keyword);
  if (token === undefined) {
    const term = normalizeTerm(keyword);
    token = term.length > 0 && conceptIdsForTerm(term).length === 0 ? KEYWORD_PREFIX + term : null;
    if (keywordTokens.size >= KEYWORD_CACHE_LIMIT) keywordTokens.clear();
    keywordTokens.set(keyword, token);
  }
  return token;
}

class TopicSet {
  private readonly ids = new Set<number>();

  constructor(private readonly idOf: (token: Token) => number | undefined) {}

  add(token: string): void {
    const id = this.idOf(token);
    if (id !== undefined) this.ids.add(id);
  }

  concepts(ids: readonly string[]): void {
    for (const id of ids) this.add(conceptToken(id));
  }

  keyword(keyword: string): void {
    const token = keywordToken(keyword);
    if (token !== null) this.add(token);
  }

  takeInto(pool: RawPool): RawSpan {
    const start = pool.reserve(this.ids.size);
    let at = start;
    for (const id of this.ids) {
      pool.terms[at] = id;
      pool.weights[at] = 1;
      at += 1;
    }
    this.ids.clear();
    return { start, length: at - start };
  }
}

function readItem(
  item: MatchCapability,
  acc: TokenAccumulator,
  topics: TopicSet,
  pool: RawPool,
): RawItem {
  topics.concepts(analyzeText(item.title, FIELD_WEIGHT.itemTitle, acc.add));
  topics.concepts(analyzeText(item.description, FIELD_WEIGHT.itemDescription, acc.add));
  for (const keyword of item.keywords) {
    topics.concepts(analyzeText(keyword, FIELD_WEIGHT.itemKeyword, acc.add));
    topics.keyword(keyword);
  }
  return { id: item.id, raw: acc.takeInto(pool) };
}

/**
 * Reads `profile` into `pool`. `idOf` gives a token's term id (interning as it goes); `acc`
 * must be empty and is left empty.
 */
export function readProfile(
  profile: MatchProfile,
  acc: TokenAccumulator,
  idOf: (token: Token) => number | undefined,
  pool: RawPool,
): RawProfile {
  const topics = new TopicSet(idOf);
  const needItems = profile.needs.map((n) => readItem(n, acc, topics, pool));
  const capabilityItems = profile.capabilities.map((c) => readItem(c, acc, topics, pool));
  for (const keyword of profile.keywords) {
    topics.concepts(analyzeText(keyword, FIELD_WEIGHT.orgKeyword, acc.add));
    topics.keyword(keyword);
  }
  if (profile.description !== undefined) {
    topics.concepts(analyzeText(profile.description, FIELD_WEIGHT.orgDescription, acc.add));
  }
  return { needItems, capabilityItems, extra: acc.takeInto(pool), topics: topics.takeInto(pool) };
}
