// Character classes by UTF-16 code unit, one definition for every stage: no two stages may disagree on what a
// space, a digit, a letter or an apostrophe is.

/** An ASCII decimal digit. Numbers, years and days are read in these only, so their values are plain arithmetic. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** A line feed or a carriage return: the line breaks editors count lines by. */
export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * White space: Unicode's White_Space characters (tab, line breaks, space, no-break spaces, the typographic spaces,
 * the line and paragraph separators) and two invisible ones that pasted text carries between words, the zero-width
 * space and the byte-order mark.
 */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x85) return false;
  return code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text` without the spaces (as isSpace has them) at its start and end. */
export function trimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** White space within a line: any space but a line feed or carriage return. */
export function isInlineSpace(code: number): boolean {
  return !isLineBreak(code) && isSpace(code);
}

/**
 * An apostrophe, as writers and word processors type it: the typewriter ' (U+0027), the typographic ’ (U+2019),
 * the ‘ (U+2018) that autocorrection puts before an elision ("the ‘90s", "‘em"), the backquote ` of plain-text
 * habit and the full-width ＇ (U+FF07). The modifier letter apostrophe ʼ (U+02BC) is a letter, as Unicode has it:
 * the languages that write it spell words with it.
 */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 96 || code === 0xff07;
}

/** Every apostrophe isApostrophe accepts, for building a character class of a regular expression. */
export const APOSTROPHES = "'\u2019\u2018`\uff07";

/** Quotation marks of every style the engine reads: straight, curly, low, guillemets, corner brackets, and the backquote. */
export const QUOTE_MARKS = '"“”„‟«»‹›‘’‚‛「」『』`\'';

/** One of QUOTE_MARKS. */
export function isQuoteMark(code: number): boolean {
  if (code < 0xab) return code === 34 || code === 39 || code === 96;
  // ‘ ’ ‚ ‛ “ ” „ ‟ are U+2018–U+201F, the corner brackets U+300C–U+300F.
  return code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201f) || code === 0x2039 || code === 0x203a ||
    (code >= 0x300c && code <= 0x300f);
}

/** Hyphens that join the parts of a word: the hyphen-minus, the hyphen and the non-breaking hyphen. */
export function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * Letters and marks of the Basic Multilingual Plane, one bit per code unit, filled a block of 256 code units at a
 * time on first use: a document touches a few blocks, and the scans then need no Unicode regular expression per
 * character. (The whole plane at once costs tens of milliseconds, which plain ASCII text should not pay.)
 */
const letterBits = new Uint8Array(0x10000 >> 3);
const blocksKnown = new Uint8Array(0x100);

function learnBlock(block: number): void {
  const first = block << 8;
  for (let code = first; code < first + 0x100; code++) {
    if (isSurrogate(code) || !LETTER_OR_MARK.test(String.fromCharCode(code))) continue;
    letterBits[code >> 3] |= 1 << (code & 7);
  }
  blocksKnown[block] = 1;
}

/** A letter or combining mark of any script by its code unit; surrogate halves are not (see isLetterAt). */
export function isLetter(code: number): boolean {
  if (code < 128) return isAsciiLetter(code);
  if (blocksKnown[code >> 8] === 0) {
    if (!(code < 0x10000)) return false;
    learnBlock(code >> 8);
  }
  return (letterBits[code >> 3] & (1 << (code & 7))) !== 0;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A letter or combining mark at `text[i]`, letters outside the Basic Multilingual Plane read through their surrogate pair. */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  if (isHighSurrogate(code)) return isLowSurrogate(text.charCodeAt(i + 1)) && LETTER_OR_MARK.test(text.slice(i, i + 2));
  return isLetter(code);
}

/** A character that belongs to a word: a letter, a combining mark or an ASCII digit. */
export function isWordCharAt(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) || isLetterAt(text, i);
}

/** An upper-case letter (of any script that has case). */
export function isUpperCaseLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const DOTS_AND_APOSTROPHES = new RegExp(`[.${APOSTROPHES}]`, 'g');

/** `text` without dots and apostrophes, so that "O’Brien" and "O'Brien", "U.S." and "US" compare equal. */
export function withoutDotsAndApostrophes(text: string): string {
  return text.replace(DOTS_AND_APOSTROPHES, '');
}

/** Letters that carry no combining mark to strip ("Øresund" is "Oresund" in English word lists). */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };
const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNDECOMPOSED_LETTERS = /[łøæœßđıþð]/g;

/**
 * Lower-case `lower` as English word lists spell it ("gdańsk" → "gdansk"), or undefined when it has no letter to
 * fold (most words: the test is one scan, no string is built).
 */
export function foldedDiacritics(lower: string): string | undefined {
  if (!NON_ASCII.test(lower)) return undefined;
  const folded = lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(UNDECOMPOSED_LETTERS, (ch) => UNDECOMPOSED[ch] ?? ch);
  return folded === lower ? undefined : folded;
}
