// A single-pass tokenizer: words, numbers, punctuation and quotation marks with exact offsets.
import {
  isApostrophe, isDigit, isHighSurrogate, isHyphen, isLetterAt, isLineBreak, isLowSurrogate, isQuoteMark, isSpace, isUpperCaseLetter,
  isWordCharAt,
} from './chars';

export const enum TokenKind {
  Word = 0,
  Number = 1,
  Punct = 2,
  Quote = 3,
}

/** Bit flags describing a token's shape. */
export const enum TokenFlag {
  /** First character is an upper-case letter. */
  Capitalized = 1,
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  AllCaps = 2,
  SpaceBefore = 4,
  LineBreakBefore = 8,
  /** The clitic of a possessive ("'s", "’s"), split off its word. */
  Possessive = 16,
  HasDigit = 32,
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
  flags: number;
}

/**
 * Set by wordFlags (and cleared before a token is made) when lower-casing changes the word: a word already in lower
 * case is its own lower-case form, one string instead of two (a document with a single typographic quotation mark is
 * stored in two bytes a character, and toLowerCase copies every word of it into a new one-byte string).
 */
const CHANGES_IN_LOWER_CASE = 1 << 30;

function wordFlags(text: string): number {
  let flags = 0;
  let letters = 0;
  let uppers = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c >= 65 && c <= 90) {
      letters++;
      uppers++;
      flags |= CHANGES_IN_LOWER_CASE;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c >= 128) {
      const ch = text[i];
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper) {
        letters++;
        if (ch === upper) uppers++;
      }
      // Title-case letters change too; a surrogate half alone says nothing, so a pair is lower-cased whole.
      if (lower !== ch || isHighSurrogate(c) || isLowSurrogate(c)) flags |= CHANGES_IN_LOWER_CASE;
    }
  }
  const first = text.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first >= 128 && isUpperCaseLetter(text[0]))) flags |= TokenFlag.Capitalized;
  if (letters >= 2 && uppers === letters) flags |= TokenFlag.AllCaps;
  if (digits > 0) flags |= TokenFlag.HasDigit;
  return flags;
}

/** Tokenizes `text[from, to)`; offsets are indices into `text`. Runs in one pass with bounded look-ahead. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return new Tokenizer(text, to).run(from);
}

/** Three of the same quotation mark, or four of any, in a row quote nothing: they are punctuation. */
const SAME_MARKS_RUN = 3;
const ANY_MARKS_RUN = 4;
/** Longest run of one punctuation mark made into one token ("...", "--"), and of marks looked at before deciding. */
const MAX_RUN = 64;

/** The state of one pass: the tokens so far, and the space and line break seen since the last one. */
class Tokenizer {
  private readonly tokens: Token[] = [];
  private spaceBefore = false;
  private breakBefore = false;
  /** Whether the word readWord last measured has only digits (and the separators of a number). */
  private allDigits = true;

  constructor(
    private readonly text: string,
    private readonly to: number,
  ) {}

  run(from: number): Token[] {
    const text = this.text;
    let i = from;
    while (i < this.to) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        this.spaceBefore = true;
        if (isLineBreak(c)) this.breakBefore = true;
        i++;
      } else if (isWordCharAt(text, i)) i = this.readWord(i);
      else if (isQuoteMark(c)) i = this.readQuoteMarks(i);
      else i = this.readPunctuation(i);
    }
    return this.tokens;
  }

  private push(start: number, end: number, kind: TokenKind, extraFlags: number): void {
    const tokenText = end - start === 1 ? singleCharacter(this.text, start) : this.text.slice(start, end);
    let flags = extraFlags | (kind === TokenKind.Word || kind === TokenKind.Number ? wordFlags(tokenText) : 0);
    if (this.spaceBefore) flags |= TokenFlag.SpaceBefore;
    if (this.breakBefore) flags |= TokenFlag.LineBreakBefore;
    const lower = kind === TokenKind.Word && (flags & CHANGES_IN_LOWER_CASE) !== 0 ? tokenText.toLowerCase() : tokenText;
    this.tokens.push({ start, end, text: tokenText, lower, kind, flags: flags & ~CHANGES_IN_LOWER_CASE });
    this.spaceBefore = false;
    this.breakBefore = false;
  }

  /** A word or a number from `start`, then the possessive clitic glued to it as a token of its own; returns where they end. */
  private readWord(start: number): number {
    const text = this.text;
    const to = this.to;
    let end = this.wordEnd(start);
    this.push(start, end, this.allDigits ? TokenKind.Number : TokenKind.Word, 0);
    if (end < to - 1 && isApostrophe(text.charCodeAt(end)) && isClitic(text, end + 1, to)) {
      this.push(end, end + 2, TokenKind.Word, TokenFlag.Possessive);
      end += 2;
    }
    return end;
  }

  /**
   * Where the word from `start` ends: letters and digits, joined by an apostrophe ("O’Brien", "don’t") or a hyphen
   * ("Rolls-Royce"), a number's decimal point or group separator ("3.5", "1,500"), and the dots of an initialism.
   */
  private wordEnd(start: number): number {
    const text = this.text;
    const to = this.to;
    this.allDigits = true;
    let j = start;
    for (;;) {
      while (j < to && isWordCharAt(text, j)) {
        if (!isDigit(text.charCodeAt(j))) this.allDigits = false;
        // isWordCharAt accepts a high surrogate only when its low half follows.
        j += isHighSurrogate(text.charCodeAt(j)) && j + 1 < to ? 2 : 1;
      }
      if (j >= to - 1) return j;
      const joiner = text.charCodeAt(j);
      const after = j + 1;
      if (isApostrophe(joiner) && isLetterAt(text, after) && !this.allDigits) {
        // "'s" after a word is a possessive clitic: split it so the name stays clean.
        if (isClitic(text, after, to)) return j;
        j = after;
      } else if (isHyphen(joiner) && isWordCharAt(text, after)) j = after;
      else if ((joiner === 46 || joiner === 44) && this.allDigits && isDigit(text.charCodeAt(after))) j = after;
      else if (joiner === 46 && j - start === 1 && isLetterAt(text, start) && isInitialAt(text, after)) {
        // Dotted initialisms ("U.S.", "U.N.", "a.m."): keep letters and dots together, final dot included.
        let k = j;
        while (k < to && text.charCodeAt(k) === 46 && isInitialAt(text, k + 1)) k += 2;
        return k + 1;
      } else return j;
    }
  }

  /** A quotation mark, or a run of marks that quotes nothing; returns where it ends. */
  private readQuoteMarks(i: number): number {
    const text = this.text;
    const to = this.to;
    const mark = text.charCodeAt(i);
    let j = i + 1;
    while (j < to && j - i < MAX_RUN && isQuoteMark(text.charCodeAt(j))) j++;
    let same = i + 1;
    while (same < j && text.charCodeAt(same) === mark) same++;
    if (j - i >= ANY_MARKS_RUN || same - i >= SAME_MARKS_RUN) {
      while (j < to && isQuoteMark(text.charCodeAt(j))) j++;
      this.push(i, j, TokenKind.Punct, 0);
      return j;
    }
    this.push(i, i + 1, TokenKind.Quote, 0);
    return i + 1;
  }

  /** A punctuation mark or symbol; runs of the same one ("...", "--", "!!") are one token. Returns where it ends. */
  private readPunctuation(i: number): number {
    const text = this.text;
    const to = this.to;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === c && j - i < MAX_RUN) j++;
    // A symbol outside the Basic Multilingual Plane (an emoji) is one token, not two halves.
    if (isHighSurrogate(c) && j === i + 1 && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) j = i + 2;
    this.push(i, j, TokenKind.Punct, 0);
    return j;
  }
}

/** A letter followed by a dot at `at`: one letter of an initialism. */
function isInitialAt(text: string, at: number): boolean {
  return isLetterAt(text, at) && text.charCodeAt(at + 1) === 46;
}

/**
 * One-character texts outside Latin-1, by code: “ ” ’ — are a good part of a news text's tokens, and each slice of
 * them would be a new string (V8 shares the one-character strings of Latin-1 only).
 */
const singleCharacters = new Map<number, string>();

function singleCharacter(text: string, at: number): string {
  const code = text.charCodeAt(at);
  if (code < 0x100) return text.charAt(at);
  let found = singleCharacters.get(code);
  if (found === undefined) {
    found = text.charAt(at);
    // Bounded by the characters a text uses; a text of every character would stop adding at this size.
    if (singleCharacters.size < 4096) singleCharacters.set(code, found);
  }
  return found;
}

/** An "s" or "S" at `at` that ends the word: the clitic of a possessive after an apostrophe. */
function isClitic(text: string, at: number, to: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 115 || c === 83) && (at + 1 >= to || !isWordCharAt(text, at + 1));
}

export function isCapitalized(token: Token): boolean {
  return (token.flags & TokenFlag.Capitalized) !== 0;
}

export function isAllCaps(token: Token): boolean {
  return (token.flags & TokenFlag.AllCaps) !== 0;
}

export function isPossessive(token: Token): boolean {
  return (token.flags & TokenFlag.Possessive) !== 0;
}
