// The same quotation, or a close variant, across documents: word-bigram shingles compared by Jaccard similarity (or
// containment, for an excerpt of a longer quotation), with candidates found through a MinHash index, never by comparing
// every pair.
import { fnv1a, mix32, normalisedWords } from './normalise';

export interface QuotationMatching {
  /** Jaccard similarity of two quotations' shingle sets at or above which they are the same quotation. */
  jaccard: number;
  /** Share of the shorter quotation's shingles found in the longer one at or above which the shorter is an excerpt. */
  containment: number;
  /** Quotations with fewer normalised words are not grouped: "No comment" is said everywhere by everyone. */
  minWords: number;
  /** Shorter quotations are grouped only by Jaccard similarity, never as excerpts. */
  minContainmentWords: number;
}

export const DEFAULT_MATCHING: QuotationMatching = { jaccard: 0.5, containment: 0.9, minWords: 4, minContainmentWords: 6 };

/**
 * How many MinHash functions index each group. Two quotations of Jaccard similarity J share none of their minima with
 * probability (1 − J)^HASHES: at J = 0.5 that is one in 4,000, so close variants are found, at 12 lookups a quotation.
 */
const HASHES = 12;
const SEEDS = Array.from({ length: HASHES }, (_, index) => mix32(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b)));
/**
 * Groups compared at most per quotation: a bucket shared by very many groups (a common opening) cannot make the
 * grouping quadratic; a close variant shares several buckets with its group, so the bound seldom hides one.
 */
const MAX_CANDIDATES = 64;

/** A quotation's shingles: the hashes of its consecutive word pairs, sorted and distinct; null when it is too short. */
export function quotationShingles(text: string, minWords = DEFAULT_MATCHING.minWords): Uint32Array | null {
  const words = normalisedWords(text);
  if (words.length < Math.max(2, minWords)) return null;
  const hashes = new Uint32Array(words.length - 1);
  // The hash of "first second", taken word by word (FNV-1a goes character by character) without making the pair's string.
  for (let index = 0; index + 1 < words.length; index++) hashes[index] = fnv1a(words[index + 1], fnv1a(' ', fnv1a(words[index])));
  hashes.sort();
  let distinct = 0;
  for (let index = 0; index < hashes.length; index++) {
    if (index === 0 || hashes[index] !== hashes[index - 1]) hashes[distinct++] = hashes[index];
  }
  return hashes.slice(0, distinct);
}

/** How many values two sorted, distinct arrays share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/** How alike two quotations are, 0 to 1: their Jaccard similarity, or their containment when that passes its bar. */
export function quotationSimilarity(a: Uint32Array, b: Uint32Array, matching: QuotationMatching = DEFAULT_MATCHING): number {
  const shared = sharedCount(a, b);
  const jaccard = shared / (a.length + b.length - shared);
  const smaller = Math.min(a.length, b.length);
  // A quotation of n words has n − 1 shingles.
  if (smaller + 1 >= matching.minContainmentWords && shared / smaller >= matching.containment) return Math.max(jaccard, shared / smaller);
  return jaccard >= matching.jaccard ? jaccard : 0;
}

/**
 * The highest {@link quotationSimilarity} two shingle sets of these sizes can have: their Jaccard similarity is at most
 * the smaller size over the larger (all of the smaller shared), computed as the score computes it at that bound, and
 * 0 when that is under the bar; a pair that may be an excerpt can score 1.
 */
function scoreBound(a: number, b: number, matching: QuotationMatching): number {
  const smaller = Math.min(a, b);
  if (smaller + 1 >= matching.minContainmentWords) return 1;
  const jaccard = smaller / (a + b - smaller);
  return jaccard >= matching.jaccard ? jaccard : 0;
}

/**
 * The index keys of a shingle set: one per MinHash function, the function's number mixed in. They depend on the
 * quotation alone, so a corpus takes them as each document comes rather than all at once at the end.
 */
export function quotationKeys(shingles: Uint32Array): Uint32Array {
  const keys = new Uint32Array(HASHES);
  for (let h = 0; h < HASHES; h++) {
    let minimum = 0xffffffff;
    for (let index = 0; index < shingles.length; index++) {
      const value = mix32(shingles[index] ^ SEEDS[h]);
      if (value < minimum) minimum = value;
    }
    keys[h] = mix32(minimum ^ Math.imul(h + 1, 0x27d4eb2d));
  }
  return keys;
}

/**
 * Groups quotations one at a time, in the order they are given: each joins the most similar group whose first
 * quotation it matches, or starts a group. A corpus feeds it as documents come, so the grouping is done by the time
 * the last document is in; the same quotations in the same order always give the same groups.
 */
export class QuotationGrouper {
  private readonly representatives: Uint32Array[] = [];
  private readonly buckets = new Map<number, number[]>();
  // The item that last compared each group (a group is compared once per item): no set to make for every quotation.
  private comparedBy = new Int32Array(64).fill(-1);
  private items = 0;

  constructor(private readonly matching: QuotationMatching = DEFAULT_MATCHING) {}

  /** The group of the next quotation (groups numbered in order of their first quotation), −1 for one without shingles. */
  add(shingles: Uint32Array | null, keys?: Uint32Array): number {
    const item = this.items++;
    if (shingles === null || shingles.length === 0) return -1;
    const quotationKeySet = keys ?? quotationKeys(shingles);
    const best = this.bestGroup(item, shingles, quotationKeySet);
    return best >= 0 ? best : this.startGroup(shingles, quotationKeySet);
  }

  private bestGroup(item: number, shingles: Uint32Array, keys: Uint32Array): number {
    const { representatives, comparedBy, matching } = this;
    let compared = 0;
    let best = -1;
    let bestScore = 0;
    for (const key of keys) {
      for (const group of this.buckets.get(key) ?? []) {
        if (compared >= MAX_CANDIDATES) break;
        if (comparedBy[group] === item) continue;
        comparedBy[group] = item;
        compared++;
        const representative = representatives[group];
        // The score cannot pass the best so far when the sizes alone bound it there: such a pair is not compared.
        if (scoreBound(shingles.length, representative.length, matching) <= bestScore) continue;
        const score = quotationSimilarity(shingles, representative, matching);
        if (score > bestScore) {
          best = group;
          bestScore = score;
        }
      }
      // No group scores above 1: one the same quotation ends the search (wire copy makes such repeats common).
      if (bestScore >= 1) break;
    }
    return best;
  }

  private startGroup(shingles: Uint32Array, keys: Uint32Array): number {
    const group = this.representatives.length;
    this.representatives.push(shingles);
    if (group >= this.comparedBy.length) {
      const grown = new Int32Array(this.comparedBy.length * 2).fill(-1);
      grown.set(this.comparedBy);
      this.comparedBy = grown;
    }
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, [group]);
      else if (bucket[bucket.length - 1] !== group) bucket.push(group);
    }
    return group;
  }
}

/**
 * Groups quotations in the order given (see {@link QuotationGrouper}). Returns the group of each quotation (−1 for
 * those without shingles); groups are numbered in order of their first quotation.
 */
export function groupQuotations(
  shingleSets: ReadonlyArray<Uint32Array | null>,
  matching: QuotationMatching = DEFAULT_MATCHING,
  /** Each quotation's {@link quotationKeys}, when already taken. */
  keySets?: readonly Uint32Array[],
): Int32Array {
  const grouper = new QuotationGrouper(matching);
  const groupOf = new Int32Array(shingleSets.length);
  for (let item = 0; item < shingleSets.length; item++) groupOf[item] = grouper.add(shingleSets[item], keySets?.[item]);
  return groupOf;
}
