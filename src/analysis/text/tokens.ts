// A single-pass tokenizer: words, numbers, punctuation and quotation marks with exact offsets.
import { isApostrophe, isDigit, isHyphen, isLetterAt, isLineBreak, isSpace, isUpperCaseLetter, isWordCharAt } from './chars';

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

const QUOTE_MARKS = '"“”„‟«»‹›‘’‚‛「」『』`\'';

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
    } else if (c >= 97 && c <= 122) letters++;
    else if (c >= 128) {
      const ch = text[i];
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper) {
        letters++;
        if (ch === upper) uppers++;
      }
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
  const tokens: Token[] = [];
  let i = from;
  let pendingSpace = false;
  let pendingBreak = false;
  const push = (start: number, end: number, kind: TokenKind, extraFlags: number): void => {
    const tokenText = text.slice(start, end);
    let flags = extraFlags | (kind === TokenKind.Word || kind === TokenKind.Number ? wordFlags(tokenText) : 0);
    if (pendingSpace) flags |= TokenFlag.SpaceBefore;
    if (pendingBreak) flags |= TokenFlag.LineBreakBefore;
    tokens.push({ start, end, text: tokenText, lower: kind === TokenKind.Word ? tokenText.toLowerCase() : tokenText, kind, flags });
    pendingSpace = false;
    pendingBreak = false;
  };
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = true;
      if (isLineBreak(c)) pendingBreak = true;
      i++;
      continue;
    }
    if (isWordCharAt(text, i)) {
      const start = i;
      let allDigits = true;
      let j = i;
      for (;;) {
        while (j < to && isWordCharAt(text, j)) {
          if (!isDigit(text.charCodeAt(j))) allDigits = false;
          // isWordCharAt accepts a high surrogate only when its low half follows.
          j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff && j + 1 < to ? 2 : 1;
        }
        if (j >= to - 1) break;
        const joiner = text.charCodeAt(j);
        const after = j + 1;
        if (isApostrophe(joiner) && isLetterAt(text, after) && !allDigits) {
          // "'s" after a word is a possessive clitic: split it so the name stays clean.
          const nextIsS = (text[after] === 's' || text[after] === 'S') && (after + 1 >= to || !isWordCharAt(text, after + 1));
          if (nextIsS) break;
          j = after;
          continue;
        }
        if (isHyphen(joiner) && isWordCharAt(text, after)) {
          j = after;
          continue;
        }
        if ((joiner === 46 || joiner === 44) && allDigits && isDigit(text.charCodeAt(after))) {
          j = after;
          continue;
        }
        if (joiner === 46 && j - start === 1 && isLetterAt(text, start) && isLetterAt(text, after) && text.charCodeAt(after + 1) === 46) {
          // Dotted initialisms ("U.S.", "U.N.", "a.m."): keep letters and dots together, final dot included.
          let k = j;
          while (k < to && text.charCodeAt(k) === 46 && isLetterAt(text, k + 1) && text.charCodeAt(k + 2) === 46) k += 2;
          j = k + 1;
          break;
        }
        break;
      }
      push(start, j, allDigits ? TokenKind.Number : TokenKind.Word, 0);
      // A possessive clitic follows directly.
      if (j < to - 1 && isApostrophe(text.charCodeAt(j)) && (text[j + 1] === 's' || text[j + 1] === 'S') && (j + 2 >= to || !isWordCharAt(text, j + 2))) {
        push(j, j + 2, TokenKind.Word, TokenFlag.Possessive);
        j += 2;
      }
      i = j;
      continue;
    }
    const ch = text[i];
    if (QUOTE_MARKS.includes(ch)) {
      // Three of the same mark, or four marks of any kind, in a row quote nothing: they are punctuation.
      let j = i + 1;
      while (j < to && j - i < 64 && QUOTE_MARKS.includes(text[j])) j++;
      let same = i + 1;
      while (same < j && text[same] === ch) same++;
      if (j - i >= 4 || same - i >= 3) {
        while (j < to && QUOTE_MARKS.includes(text[j])) j++;
        push(i, j, TokenKind.Punct, 0);
        i = j;
        continue;
      }
      push(i, i + 1, TokenKind.Quote, 0);
      i++;
      continue;
    }
    // Runs of the same punctuation ("...", "--", "!!") are one token.
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === c && j - i < 64) j++;
    if (c >= 0xd800 && c <= 0xdbff && j === i + 1 && i + 1 < to && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) j = i + 2;
    push(i, j, TokenKind.Punct, 0);
    i = j;
  }
  return tokens;
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
