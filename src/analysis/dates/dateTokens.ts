// The date scanner's tokens: words, numbers and single punctuation marks of one text, in a typed array shared by
// every scan, with the views the matchers read them through.
import { isApostrophe, isAsciiLetter, isDigit, isLetter, isLowerAscii, isSpace, isUpperAscii } from '../text/chars';
import { partitionPoint } from '../text/sorted';
import type { Anchor } from './meaning';
import { ANCHORS, LONGEST_ANCHOR } from './words';

const WORD = 1;
const NUMBER = 2;
const PUNCT = 3;
const ORDINAL = 4;

/**
 * The anchors under their lower-case, capitalised and upper-case spellings, so the scan looks a word up by its exact
 * text (one short string per word) instead of lower-casing every word first.
 */
const ANCHORS_BY_SPELLING = new Map<string, Anchor>();
/**
 * Which (first letter, second letter, length) triples any anchor has: most words are ruled out by this table
 * without taking their text out of the source.
 */
const ANCHOR_SHAPES = new Uint8Array(26 * 26 * (LONGEST_ANCHOR + 1));
function anchorShapeIndex(first: number, second: number, length: number): number {
  // Folding to lower case by setting bit 0x20 keeps the index inside 0–25 for ASCII letters.
  return (((first | 0x20) - 97) * 26 + ((second | 0x20) - 97)) * (LONGEST_ANCHOR + 1) + length;
}
for (const [word, anchor] of ANCHORS) {
  ANCHOR_SHAPES[anchorShapeIndex(word.charCodeAt(0), word.charCodeAt(1), word.length)] = 1;
  ANCHORS_BY_SPELLING.set(word, anchor);
  ANCHORS_BY_SPELLING.set(word.charAt(0).toUpperCase() + word.slice(1), anchor);
  ANCHORS_BY_SPELLING.set(word.toUpperCase(), anchor);
}

/**
 * One token store for every scan: a scan's tokens are read only until findDates returns, and the engine
 * scans paragraph after paragraph, so a store per scan made some fourteen megabytes of garbage per
 * megabyte of text. It grows with the paragraphs scanned, up to a bound: a text longer than any paragraph
 * (a whole book without blank lines) gets a store of its own, which is not kept.
 */
let scratchTokens = new Int32Array(3 * 1024);
const MAX_KEPT_SLOTS = 3 * 65_536;

function scanStore(slots: number): Int32Array {
  if (scratchTokens.length >= slots) return scratchTokens;
  const store = new Int32Array(slots);
  if (slots <= MAX_KEPT_SLOTS) scratchTokens = store;
  return store;
}

/** The store, doubled past `slots`, with what it held: for punctuation-heavy text past the estimate. */
function grownScanStore(store: Int32Array, slots: number): Int32Array {
  const grown = new Int32Array(Math.max(slots, store.length * 2));
  grown.set(store);
  if (grown.length <= MAX_KEPT_SLOTS) scratchTokens = grown;
  return grown;
}

/** "st", "nd", "rd" or "th", by the lower-case codes of two letters. */
function isOrdinalSuffix(first: number, second: number): boolean {
  if (second === 100) return first === 110 || first === 114; // "nd", "rd"
  return (first === 115 && second === 116) || (first === 116 && second === 104); // "st", "th"
}

/** A word of lower-case ASCII letters only: its own lower-case form. */
function isLowerAsciiWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLowerAscii(word.charCodeAt(i))) return false;
  return true;
}

/** Splits text[from, to) into word, number and punctuation tokens, kept in parallel arrays to stay cheap on megabytes. */
export class DateTokens {
  /** Start, end and kind of each token, three slots per token, in the shared scratch store (see scanStore). */
  private tokens: Int32Array;
  private count = 0;
  /**
   * Each word's text as written and in lower case, sliced when first asked for: the matchers and the tense scan read
   * the same words many times, and slicing them anew each time made most of the scan's garbage.
   */
  private written: Array<string | undefined> | undefined;
  private lowered: Array<string | undefined> | undefined;

  constructor(
    readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {
    // Roughly one token per five characters of prose; the store doubles when punctuation-heavy text needs more.
    this.tokens = scanStore(3 * Math.ceil((to - from) / 5));
    this.tokenize();
  }

  get tokenCount(): number {
    return this.count;
  }

  /** Kind of token `index`, or 0 outside the token list. */
  kindAt(index: number): number {
    return index >= 0 && index < this.count ? this.tokens[3 * index + 2] : 0;
  }

  startOf(index: number): number {
    return index >= 0 && index < this.count ? this.tokens[3 * index] : this.to;
  }

  endOf(index: number): number {
    return index >= 0 && index < this.count ? this.tokens[3 * index + 1] : this.to;
  }

  private tokenize(): void {
    const text = this.text;
    let at = this.from;
    const to = this.to;
    while (at < to) {
      const code = text.charCodeAt(at);
      if (isSpace(code)) {
        at++;
        continue;
      }
      const start = at;
      if (isDigit(code)) {
        at++;
        while (at < to && isDigit(text.charCodeAt(at))) at++;
        // Grouped and decimal numbers ("1,500", "2.5") are one token, so no part of them reads as a year or day.
        while (at + 1 < to && (text.charCodeAt(at) === 44 || text.charCodeAt(at) === 46) && isDigit(text.charCodeAt(at + 1))) {
          at += 2;
          while (at < to && isDigit(text.charCodeAt(at))) at++;
        }
        let kind = NUMBER;
        if (at + 1 < to && isAsciiLetter(text.charCodeAt(at)) && isAsciiLetter(text.charCodeAt(at + 1)) &&
          (at + 2 >= to || !isLetter(text.charCodeAt(at + 2)))) {
          if (isOrdinalSuffix(text.charCodeAt(at) | 0x20, text.charCodeAt(at + 1) | 0x20)) {
            kind = ORDINAL;
            at += 2;
          }
        }
        this.push(start, at, kind);
      } else if (isLetter(code)) {
        at++;
        while (at < to && isLetter(text.charCodeAt(at))) at++;
        this.push(start, at, WORD);
      } else {
        this.push(start, at + 1, PUNCT);
        at++;
      }
    }
  }

  private push(start: number, end: number, kind: number): void {
    const slot = 3 * this.count;
    let store = this.tokens;
    if (slot + 3 > store.length) {
      store = grownScanStore(store, slot + 3);
      this.tokens = store;
    }
    store[slot] = start;
    store[slot + 1] = end;
    store[slot + 2] = kind;
    this.count++;
  }

  /** Numbers written with an ordinal suffix ("17th"). */
  isOrdinal(index: number): boolean {
    return this.kindAt(index) === ORDINAL;
  }

  isWord(index: number): boolean {
    return this.kindAt(index) === WORD;
  }

  isNumber(index: number): boolean {
    const kind = this.kindAt(index);
    return kind === NUMBER || kind === ORDINAL;
  }

  /** Text of a word token as written, or "" for anything else. */
  word(index: number): string {
    if (this.kindAt(index) !== WORD) return '';
    const written = (this.written ??= new Array<string | undefined>(this.count));
    return (written[index] ??= this.text.slice(this.startOf(index), this.endOf(index)));
  }

  /** Lower-case text of a word token, or "" for anything else. */
  lower(index: number): string {
    if (this.kindAt(index) !== WORD) return '';
    const lowered = (this.lowered ??= new Array<string | undefined>(this.count));
    let lower = lowered[index];
    if (lower === undefined) {
      const word = this.word(index);
      lower = isLowerAsciiWord(word) ? word : word.toLowerCase();
      lowered[index] = lower;
    }
    return lower;
  }

  /** Any punctuation mark (or symbol) at `index`. */
  isPunctuation(index: number): boolean {
    return this.kindAt(index) === PUNCT;
  }

  isPunct(index: number, char: string): boolean {
    return this.kindAt(index) === PUNCT && this.text.charAt(this.startOf(index)) === char;
  }

  isApostropheAt(index: number): boolean {
    return this.kindAt(index) === PUNCT && isApostrophe(this.text.charCodeAt(this.startOf(index)));
  }

  /** Token `b` starts exactly where token `a` ends (no space between). */
  touching(a: number, b: number): boolean {
    return b < this.count && this.endOf(a) === this.startOf(b);
  }

  capitalised(index: number): boolean {
    return this.isWord(index) && isUpperAscii(this.text.charCodeAt(this.startOf(index)));
  }

  digitCount(index: number): number {
    let count = 0;
    for (let at = this.startOf(index); at < this.endOf(index) && isDigit(this.text.charCodeAt(at)); at++) count++;
    return count;
  }

  /** Integer value of a plain number token ("17", "17th"); -1 for grouped/decimal numbers or more than 4 digits. */
  intValue(index: number): number {
    if (!this.isNumber(index)) return -1;
    const start = this.startOf(index);
    const digits = this.digitCount(index);
    if (digits > 4) return -1;
    const end = start + digits;
    if (end !== this.endOf(index) && !this.isOrdinal(index)) return -1;
    let value = 0;
    for (let at = start; at < end; at++) value = value * 10 + (this.text.charCodeAt(at) - 48);
    return value;
  }

  /** Anchor for a word token: exact case rules are checked by the matchers. */
  anchorAt(index: number): Anchor | undefined {
    if (this.kindAt(index) !== WORD) return undefined;
    const length = this.endOf(index) - this.startOf(index);
    if (length < 3 || length > LONGEST_ANCHOR) return undefined;
    const start = this.startOf(index);
    const first = this.text.charCodeAt(start);
    const second = this.text.charCodeAt(start + 1);
    if (!isAsciiLetter(first) || !isAsciiLetter(second) || ANCHOR_SHAPES[anchorShapeIndex(first, second, length)] !== 1) return undefined;
    return ANCHORS_BY_SPELLING.get(this.word(index));
  }

  /** Month names and weekday names count only when capitalised, as English writes them. */
  properCase(index: number): boolean {
    const code = this.text.charCodeAt(this.startOf(index));
    return isUpperAscii(code);
  }

  /** Lower case, or capitalised with the rest lower case, or all capitals. */
  isPlainCase(index: number): boolean {
    const start = this.startOf(index);
    const end = this.endOf(index);
    let upper = 0;
    for (let at = start; at < end; at++) if (isUpperAscii(this.text.charCodeAt(at))) upper++;
    if (upper === 0) return true;
    if (upper === end - start) return true;
    return upper === 1 && isUpperAscii(this.text.charCodeAt(start));
  }

  /** A day of the month (1–31) at `index`, or -1. */
  dayNumber(index: number): number {
    if (!this.isNumber(index) || this.digitCount(index) > 2) return -1;
    const value = this.intValue(index);
    return value >= 1 && value <= 31 ? value : -1;
  }

  /** A four-digit year (1000–2099) at `index`, or -1; `strict` applies the checks for a number standing alone. */
  yearNumber(index: number): number {
    if (!this.isNumber(index) || this.isOrdinal(index) || this.digitCount(index) !== 4) return -1;
    const value = this.intValue(index);
    if (value < 1000 || value > 2099) return -1;
    // A year is not glued to letters or digits ("2004A", "F2004").
    const end = this.endOf(index);
    if (end < this.text.length && isLetter(this.text.charCodeAt(end))) return -1;
    return value;
  }

  /** -1, 0 or 1 for "last year", "this year" or "next year" starting at `index`, else null. */
  relativeYearAt(index: number): number | null {
    if (this.lower(index + 1) !== 'year' || !this.isPlainCase(index)) return null;
    const modifier = this.lower(index);
    return modifier === 'last' ? -1 : modifier === 'this' ? 0 : modifier === 'next' ? 1 : null;
  }

  isMonthToken(index: number): boolean {
    const anchor = this.anchorAt(index);
    return anchor !== undefined && anchor.kind === 'month' && this.properCase(index);
  }

  /** Whether a token opens a sentence (after a terminator or a line break). */
  startsSentence(index: number): boolean {
    if (index <= 0) return true;
    const previous = this.kindAt(index - 1) === PUNCT ? this.text.charAt(this.startOf(index - 1)) : '';
    if (previous === '.' || previous === '!' || previous === '?') return true;
    return this.text.slice(this.endOf(index - 1), this.startOf(index)).includes('\n');
  }

  /** Plural time units, as in "recent weeks" or "the coming months". */
  pluralUnitAt(index: number): boolean {
    const word = this.lower(index);
    return word === 'days' || word === 'weeks' || word === 'months' || word === 'years' || word === 'decades';
  }

  /** First token index whose start is at or after `position`. */
  tokenAtOrAfter(position: number): number {
    return partitionPoint(this.count, (index) => this.startOf(index) < position);
  }
}
