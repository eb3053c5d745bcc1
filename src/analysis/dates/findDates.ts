// Finds date expressions in a text with a single linear token scan and resolves them against the document date by
// news conventions. The stages, each a module of this folder: the scanner's tokens (dateTokens), its word data
// (words), the matchers for written and relative dates (written, relative, scanner), tense resolution (tense,
// tenseWords) and the values against the document date (resolve, calendar).
import { isSpace } from '../text/chars';
import { partitionPoint } from '../text/sorted';
import { DateTokens } from './dateTokens';
import type { Anchor, Match, Tense } from './meaning';
import { matchElapsed } from './relative';
import { absoluteValue, referenceOf, resolveMeaning, type Reference } from './resolve';
import { matchAt } from './scanner';
import { tenseAround } from './tense';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  /**
   * Resolved value: `2023-03-20` (day), `2022-10` (month), `2022` (year), `2023-W10` (ISO week), `2022-SU` (season:
   * SP, SU, FA, WI, as TIMEX3 writes them), `2023-Q4` (quarter), `2023-H2` (half year); undefined for vague periods,
   * decades, centuries, named days and spans counted forward in a past-tense sentence ("took the town in two weeks").
   */
  value?: string;
}

interface SentenceSpan {
  start: number;
  end: number;
}

/** "ago", "from now", "later" and "earlier" end an expression that started tokens before ("two years ago"). */
function closesPeriod(anchor: Anchor | undefined): boolean {
  return anchor !== undefined && (anchor.kind === 'ago' || anchor.kind === 'now' || (anchor.kind === 'edge' && anchor.closesPeriod));
}

/** How far to look for a sentence boundary when the caller gave no sentence around a date. */
const SENTENCE_SEARCH_LIMIT = 600;

/** The sentence around `position`: from the caller's spans when one contains it, else the stretch between terminators. */
function sentenceAround(text: string, position: number, sentences: ReadonlyArray<SentenceSpan>, from: number, to: number): SentenceSpan {
  // Sentences are in reading order and do not overlap: the first that ends after the position is the only candidate.
  const candidate = sentences[partitionPoint(sentences.length, (index) => sentences[index].end <= position)];
  if (candidate !== undefined && candidate.start <= position) return candidate;
  let start = position;
  const lowest = Math.max(from, position - SENTENCE_SEARCH_LIMIT);
  while (start > lowest) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || ((code === 46 || code === 33 || code === 63) && start < text.length && isSpace(text.charCodeAt(start)))) break;
    start--;
  }
  let end = position;
  const highest = Math.min(to, position + SENTENCE_SEARCH_LIMIT);
  while (end < highest) {
    const code = text.charCodeAt(end);
    if (code === 10) break;
    end++;
    if ((code === 46 || code === 33 || code === 63) && (end >= text.length || isSpace(text.charCodeAt(end)))) break;
  }
  return { start, end };
}

/**
 * Every date expression in text[from, to) (whole text by default), resolved against `documentDate` (YYYY-MM-DD or null:
 * then found but value left undefined, except absolute dates which always get their value). `sentences` are sentence
 * spans, used for tense (past points back, future forward). Results sorted by start, non-overlapping.
 */
export function findDates(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  documentDate: string | null,
  from = 0,
  to = text.length,
): FoundDate[] {
  const rangeStart = Math.max(0, Math.min(from, text.length));
  const rangeEnd = Math.max(rangeStart, Math.min(to, text.length));
  const scan: Scan = { tokens: new DateTokens(text, rangeStart, rangeEnd), sentences, rangeStart, rangeEnd };
  const reference = referenceOf(documentDate);
  const tokens = scan.tokens;
  const found: FoundDate[] = [];
  let nextFree = 0; // first token not yet inside a found date
  const count = tokens.tokenCount;
  // Nothing in this loop is captured by a closure: a captured variable would cost a context object per token.
  for (let index = 0; index < count; index++) {
    const anchor = tokens.anchorAt(index);
    const match = (closesPeriod(anchor) ? matchElapsed(tokens, index, nextFree) : null) ?? matchAt(tokens, index, anchor);
    if (match === null || match.first < nextFree) continue;
    found.push(foundDate(scan, match, reference));
    nextFree = match.last + 1;
    index = match.last;
  }
  return found;
}

/** What a scan of one text knows besides its tokens: the sentences around dates, and the range scanned. */
interface Scan {
  tokens: DateTokens;
  sentences: ReadonlyArray<SentenceSpan>;
  rangeStart: number;
  rangeEnd: number;
}

/** A match as a found date, with its value when the document date (or the match itself, for a written date) gives one. */
function foundDate(scan: Scan, match: Match, reference: Reference | null): FoundDate {
  const { tokens, sentences, rangeStart, rangeEnd } = scan;
  const text = tokens.text;
  const start = tokens.startOf(match.first);
  const end = tokens.endOf(match.last);
  const date: FoundDate = { start, end, text: text.slice(start, end) };
  // Tense is worked out only for the dates whose value depends on it.
  const tense = (): Tense => {
    const sentence = sentenceAround(text, start, sentences, rangeStart, rangeEnd);
    const sentenceFirst = tokens.tokenAtOrAfter(sentence.start);
    const sentenceLast = tokens.tokenAtOrAfter(sentence.end) - 1;
    const namesWeekday = match.meaning.kind === 'weekday' || match.meaning.kind === 'weekend';
    return tenseAround(tokens, match.first, match.last, sentenceFirst, sentenceLast, namesWeekday);
  };
  const value = reference !== null ? resolveMeaning(match.meaning, reference, tense) : absoluteValue(match.meaning);
  if (value !== undefined) date.value = value;
  return date;
}
