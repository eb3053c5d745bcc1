// Anchors that find their text again after edits, as W3C Web Annotation's TextQuoteSelector and TextPositionSelector do:
// the exact text chosen between equal copies by its context and its last position, else a close enough copy.
import type { Anchor } from './types';

/** Characters of context kept on each side of the anchored text. */
export const CONTEXT_LENGTH = 32;

/** How much alike a changed text must stay to its anchor to be taken for it (Dice coefficient of character trigrams). */
export const FUZZY_THRESHOLD = 0.7;

/** Texts shorter than this are found exactly or not at all: a short text changed is a different text. */
const FUZZY_MIN_LENGTH = 12;

/** Most copies of a text weighed against each other; a book can repeat a phrase thousands of times. */
const MAX_OCCURRENCES = 5000;

/** How many candidate starts, and ends per start, a fuzzy search weighs. */
const FUZZY_STARTS = 12;
const FUZZY_ENDS = 4;

/** Where an anchor stands now: `fuzzy` when the text there is no longer exactly the anchored text. */
export interface AnchorMatch {
  start: number;
  end: number;
  fuzzy: boolean;
}

/** The anchor of `text.slice(start, end)`, with its context. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}

/** Where the anchor stands in `text` now, or undefined when its text is gone (an orphan). */
export function resolveAnchor(anchor: Anchor, text: string): AnchorMatch | undefined {
  const { exact } = anchor.quote;
  if (exact.length === 0) return undefined;
  const found = bestExact(anchor, text);
  if (found !== undefined) return { start: found, end: found + exact.length, fuzzy: false };
  return exact.length >= FUZZY_MIN_LENGTH ? bestFuzzy(anchor, text) : undefined;
}

/** Characters two strings share at their ends (`fromEnd`) or starts. */
function commonLength(a: string, b: string, fromEnd: boolean): number {
  const most = Math.min(a.length, b.length);
  let length = 0;
  while (length < most) {
    const x = fromEnd ? a.charCodeAt(a.length - 1 - length) : a.charCodeAt(length);
    const y = fromEnd ? b.charCodeAt(b.length - 1 - length) : b.charCodeAt(length);
    if (x !== y) break;
    length += 1;
  }
  return length;
}

/** How well the text around `[start, end)` matches the anchor's context, in characters. */
function contextScore(anchor: Anchor, text: string, start: number, end: number): number {
  const { prefix, suffix } = anchor.quote;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return commonLength(before, prefix, true) + commonLength(after, suffix, false);
}

/** Every start of `needle` in `text`, at most `limit`. */
function occurrences(text: string, needle: string, limit = MAX_OCCURRENCES): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = text.indexOf(needle); at >= 0 && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The copy of the exact text whose context matches best; between equals, the nearest to the last position. */
function bestExact(anchor: Anchor, text: string): number | undefined {
  const { exact } = anchor.quote;
  const hint = anchor.position.start;
  let best: { start: number; score: number; distance: number } | undefined;
  for (const start of occurrences(text, exact)) {
    const score = contextScore(anchor, text, start, start + exact.length);
    const distance = Math.abs(start - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start, score, distance };
  }
  return best?.start;
}

/** Character trigrams of a text with their counts. */
function trigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + 3 <= text.length; index += 1) {
    const gram = text.slice(index, index + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of two texts' trigrams: 1 for the same text, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 3 || b.length < 3) return 0;
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const [gram, count] of left) shared += Math.min(count, right.get(gram) ?? 0);
  return (2 * shared) / (a.length - 2 + (b.length - 2));
}

/** Where the anchored text may now start and end: after its prefix or at its first words; before its suffix or after its last. */
function fuzzyCandidates(anchor: Anchor, text: string): { starts: number[]; ends: number[] } {
  const { exact, prefix, suffix } = anchor.quote;
  const edge = Math.min(24, Math.floor(exact.length / 2));
  const limit = 400;
  const starts = [
    ...occurrences(text, prefix, limit).map((at) => at + prefix.length),
    ...occurrences(text, exact.slice(0, edge), limit),
  ];
  const ends = [...occurrences(text, suffix, limit), ...occurrences(text, exact.slice(exact.length - edge), limit).map((at) => at + edge)];
  if (prefix.length === 0) starts.push(0);
  if (suffix.length === 0) ends.push(text.length);
  return { starts: [...new Set(starts)], ends: [...new Set(ends)].sort((a, b) => a - b) };
}

/** The most similar text between a likely start and end near the last position, if similar enough. */
function bestFuzzy(anchor: Anchor, text: string): AnchorMatch | undefined {
  const { exact } = anchor.quote;
  const hint = anchor.position.start;
  const { starts, ends } = fuzzyCandidates(anchor, text);
  const shortest = Math.floor(exact.length / 2);
  const longest = Math.ceil(exact.length * 1.5) + 16;
  const nearest = starts.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, FUZZY_STARTS);
  let best: { match: AnchorMatch; score: number } | undefined;
  for (const start of nearest) {
    const fitting = ends
      .filter((end) => end - start >= shortest && end - start <= longest)
      .sort((a, b) => Math.abs(a - start - exact.length) - Math.abs(b - start - exact.length))
      .slice(0, FUZZY_ENDS);
    for (const end of fitting) {
      const score = similarity(exact, text.slice(start, end));
      if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) best = { match: { start, end, fuzzy: true }, score };
    }
  }
  return best?.match;
}
