// Sentence boundaries over a paragraph's tokens: abbreviations, initials, decimals and quotes do not end sentences.
import { Token, TokenFlag, TokenKind, isCapitalized } from './tokens';

/** A sentence as a half-open range of token indices within its paragraph. */
export interface SentenceRange {
  first: number;
  /** Exclusive. */
  last: number;
}

/** Abbreviations that precede a name or a number and so never end a sentence. */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl', 'maj', 'adm', 'cmdr', 'brig', 'sen', 'rep', 'gov',
  'prof', 'rev', 'fr', 'st', 'hon', 'pres', 'supt', 'insp', 'det', 'messrs', 'mme', 'mlle', 'sr', 'sra', 'no', 'nos', 'vol',
  'pp', 'fig', 'approx', 'vs', 'v', 'cf', 'ca', 'dept', 'univ', 'assn', 'ave', 'blvd', 'mt', 'ft', 'gov', 'atty', 'supt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'al',
]);

/** Abbreviations that usually sit mid-sentence but may end one ("... Acme Inc. The company ..."). */
const MAYBE_FINAL = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'etc', 'plc', 'llc', 'bros']);

/** Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'their', 'its', 'our', 'after', 'before', 'when', 'while', 'however', 'meanwhile', 'also',
  'if', 'as', 'for', 'since', 'yet', 'so', 'some', 'many', 'most', 'officials', 'both', 'no', 'one', 'last', 'earlier', 'later',
]);

const TERMINAL = new Set(['.', '!', '?', '...', '…', '?!', '!?', '!!', '??', '。', '！', '？']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', '›', ')', ']', '」', '』']);
const OPENERS = new Set(['"', '“', '‘', "'", '«', '„', '‚', '(', '[', '—', '–', '-', '「', '『', '‹', '»']);

function isTerminalPunct(token: Token): boolean {
  if (token.kind !== TokenKind.Punct) return false;
  if (TERMINAL.has(token.text)) return true;
  // A run of dots or of ?/! is still terminal.
  return /^(?:\.{2,}|[?!]{2,})$/.test(token.text) && token.text.length <= 64;
}

/** True when the word before a full stop is an abbreviation or initial that keeps the sentence going. */
function abbreviationContinues(tokens: readonly Token[], dot: number, next: Token | undefined): boolean {
  const before = tokens[dot - 1];
  if (!before || before.kind !== TokenKind.Word || before.end !== tokens[dot].start) return false;
  const word = before.lower;
  if (NEVER_FINAL.has(word)) return true;
  // A single capital letter before a dot is an initial ("J. Smith", "George W. Bush").
  if (word.length === 1 && isCapitalized(before) && next !== undefined && isCapitalized(next)) return true;
  if (MAYBE_FINAL.has(word)) return next !== undefined && !(isCapitalized(next) && SENTENCE_OPENERS.has(next.lower));
  return false;
}

/** Splits a paragraph's tokens into sentences. */
export function splitSentences(tokens: readonly Token[]): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let first = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    let isEnd = false;
    if (isTerminalPunct(token)) {
      isEnd = true;
      if (token.text === '.') {
        let k = i + 1;
        while (k < n && CLOSERS.has(tokens[k].text) && tokens[k].kind !== TokenKind.Word) k++;
        if (abbreviationContinues(tokens, i, tokens[k])) isEnd = false;
      }
    } else if (token.kind === TokenKind.Word && token.text.length > 2 && token.text.endsWith('.')) {
      // A dotted initialism ("U.S.") ends a sentence only when a typical sentence opener follows.
      const next = tokens[i + 1];
      isEnd = next === undefined || (isCapitalized(next) && SENTENCE_OPENERS.has(next.lower) && (next.flags & TokenFlag.SpaceBefore) !== 0);
    }
    if (!isEnd) continue;
    // Closing quotes and brackets right after the stop belong to this sentence.
    let end = i + 1;
    while (end < n && tokens[end].kind !== TokenKind.Word && CLOSERS.has(tokens[end].text) && closesHere(tokens, end)) end++;
    const next = tokens[end];
    if (next !== undefined) {
      if ((next.flags & TokenFlag.SpaceBefore) === 0 || !opensSentence(next)) continue;
    }
    sentences.push({ first, last: end });
    first = end;
    i = end - 1;
  }
  if (first < n) sentences.push({ first, last: n });
  return sentences;
}

/** A token that can open a sentence after a stop: a capital, a number, an opening quotation mark or bracket. */
function opensSentence(token: Token): boolean {
  return isCapitalized(token) || token.kind === TokenKind.Number || token.kind === TokenKind.Quote || OPENERS.has(token.text) ||
    /^\p{Lu}/u.test(token.text);
}

/** A closing mark belongs to the sentence before it when nothing but space-less punctuation separates them. */
function closesHere(tokens: readonly Token[], index: number): boolean {
  return (tokens[index].flags & TokenFlag.SpaceBefore) === 0;
}
