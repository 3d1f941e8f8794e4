/**
 * The vocabulary lookup of `conceptsInText` (libs/domain) as a trie: the same rules (NFKC,
 * collapsed spaces, longest variant at each position, Latin variants only as whole words,
 * short abbreviations case-sensitive), several times faster, because building vectors for
 * 100,000 organizations reads millions of texts. concept-matcher.spec.ts holds the two equal.
 */
import { CONCEPTS } from '@app/domain';

interface Variant {
  text: string;
  caseSensitive: boolean;
  conceptId: string;
  latinStart: boolean;
  latinEnd: boolean;
}

interface BuildNode {
  next: Map<number, BuildNode>;
  /** Variants ending here, whose lower-case text is the path to this node. */
  variants: Variant[];
}

/**
 * The trie flattened into typed arrays: children of node n are `childCodes`/`childNodes`
 * from `childStart[n]`, sorted by code; its variants `variants` from `variantStart[n]`. The
 * root's children are a table by code, since almost every position of a text is tried.
 */
interface Trie {
  root: Int32Array;
  childStart: Int32Array;
  childCount: Int32Array;
  childCodes: Int32Array;
  childNodes: Int32Array;
  variantStart: Int32Array;
  variantCount: Int32Array;
  variants: Variant[];
}

const LATIN_OR_DIGIT = /[a-z0-9]/i;

let compiled: Trie | undefined;

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

/**
 * Full lower-casing is much faster than the ASCII-only replace and gives the same matches
 * when it keeps the length (positions stay aligned) and no variant holds a cased letter
 * beyond ASCII (boundaries are ASCII-only); `trie()` checks the second.
 */
let variantsAsciiCased = true;

function lowerForMatching(exact: string): string {
  if (variantsAsciiCased) {
    const lower = exact.toLowerCase();
    if (lower.length === exact.length) return lower;
  }
  return asciiLower(exact);
}

function hasNonAsciiCased(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) > 0x7f && ch.toLowerCase() !== ch.toUpperCase()) return true;
  }
  return false;
}

function buildNode(): BuildNode {
  return { next: new Map(), variants: [] };
}

function trie(): Trie {
  if (compiled !== undefined) return compiled;
  const top = buildNode();
  for (const concept of CONCEPTS) {
    for (const variant of [...concept.ko, ...concept.en]) {
      const nfkc = variant.normalize('NFKC').replace(/\s+/g, ' ').trim();
      if (nfkc.length === 0) continue;
      // "IT", "AI", "EV": as lower-case words they are ordinary English ("it").
      const caseSensitive = nfkc.length <= 3 && /[A-Z]/.test(nfkc);
      if (hasNonAsciiCased(nfkc)) variantsAsciiCased = false;
      // The path is what the lower-cased haystack holds where the variant matches.
      const path = caseSensitive ? asciiLower(nfkc) : nfkc.toLowerCase();
      let at = top;
      for (let k = 0; k < path.length; k += 1) {
        const ch = path.charCodeAt(k);
        let child = at.next.get(ch);
        if (child === undefined) {
          child = buildNode();
          at.next.set(ch, child);
        }
        at = child;
      }
      at.variants.push({
        text: caseSensitive ? nfkc : path,
        caseSensitive,
        conceptId: concept.id,
        latinStart: LATIN_OR_DIGIT.test(path[0] as string),
        latinEnd: LATIN_OR_DIGIT.test(path[path.length - 1] as string),
      });
    }
  }
  compiled = flatten(top);
  return compiled;
}

function flatten(top: BuildNode): Trie {
  const nodes: BuildNode[] = [];
  const number = new Map<BuildNode, number>();
  const visit = (n: BuildNode): void => {
    number.set(n, nodes.length);
    nodes.push(n);
    for (const child of n.next.values()) visit(child);
  };
  visit(top);
  const count = nodes.length;
  const trie: Trie = {
    root: new Int32Array(0x10000).fill(-1),
    childStart: new Int32Array(count),
    childCount: new Int32Array(count),
    childCodes: new Int32Array(count),
    childNodes: new Int32Array(count),
    variantStart: new Int32Array(count),
    variantCount: new Int32Array(count),
    variants: [],
  };
  let edge = 0;
  nodes.forEach((n, id) => {
    const children = [...n.next.entries()].sort((x, y) => x[0] - y[0]);
    trie.childStart[id] = edge;
    trie.childCount[id] = children.length;
    for (const [code, child] of children) {
      trie.childCodes[edge] = code;
      trie.childNodes[edge] = number.get(child) as number;
      edge += 1;
    }
    trie.variantStart[id] = trie.variants.length;
    trie.variantCount[id] = n.variants.length;
    trie.variants.push(...n.variants);
  });
  for (const [code, child] of top.next) trie.root[code] = number.get(child) as number;
  return trie;
}

/** The child of `node` by `code`, or −1: a short scan, or a binary search for wide nodes. */
function child(t: Trie, node: number, code: number): number {
  let lo = t.childStart[node] as number;
  let hi = lo + (t.childCount[node] as number);
  const codes = t.childCodes;
  if (hi - lo <= 8) {
    for (let k = lo; k < hi; k += 1) if (codes[k] === code) return t.childNodes[k] as number;
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = codes[mid] as number;
    if (c === code) return t.childNodes[mid] as number;
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

function isLatinOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Concept ids mentioned in `text`, in order of first mention (as `conceptsInText`). */
export function matchConcepts(text: string): string[] {
  return matchConceptsNormalized(text.normalize('NFKC'));
}

/** `matchConcepts` for a text already in NFKC (the analyzer normalises once for all uses). */
export function matchConceptsNormalized(nfkc: string, lowerNfkc?: string): string[] {
  const t = trie();
  // Collapsing whitespace changes nothing in most texts; then the caller's lower case serves.
  const collapsed = SPACES_TO_COLLAPSE.test(nfkc);
  const exact = collapsed ? nfkc.replace(/\s+/g, ' ') : nfkc;
  const lower =
    !collapsed && lowerNfkc !== undefined && variantsAsciiCased && lowerNfkc.length === nfkc.length
      ? lowerNfkc
      : lowerForMatching(exact);
  const found: string[] = [];
  const n = lower.length;
  const { root, variantStart, variantCount, variants } = t;
  let i = 0;
  while (i < n) {
    let node = root[lower.charCodeAt(i)] as number;
    if (node < 0) {
      i += 1;
      continue;
    }
    let best: Variant | undefined;
    let bestEnd = -1;
    for (let j = i; ;) {
      const vc = variantCount[node] as number;
      if (vc > 0) {
        const vs = variantStart[node] as number;
        const end = j + 1;
        for (let k = vs; k < vs + vc; k += 1) {
          const v = variants[k] as Variant;
          if (v.caseSensitive && !exact.startsWith(v.text, i)) continue;
          if (v.latinStart && i > 0 && isLatinOrDigit(lower.charCodeAt(i - 1))) continue;
          if (v.latinEnd && end < n && isLatinOrDigit(lower.charCodeAt(end))) continue;
          // Longest wins; at equal length the first listed, as the linear lookup does.
          best = v;
          bestEnd = end;
          break;
        }
      }
      j += 1;
      if (j >= n) break;
      node = child(t, node, lower.charCodeAt(j));
      if (node < 0) break;
    }
    if (best === undefined) {
      i += 1;
      continue;
    }
    if (!found.includes(best.conceptId)) found.push(best.conceptId);
    i = bestEnd;
  }
  return found;
}

/** Whitespace other than single spaces: what `conceptsInText` collapses first. */
const SPACES_TO_COLLAPSE = /[^\S ]| {2}/;
