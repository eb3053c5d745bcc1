// One policy on invisible characters for every place Source Lens shows document text: which characters are
// invisible, when one is doing its job in the writing (a joiner in an emoji or a Persian word) and is kept, and how
// the others are shown (`<U+200B>`). The editor's UI and the exports (CSV, Markdown, JSON, the CLI's messages) read
// it from here, so a look-alike name is told apart the same way everywhere.

type Range = readonly [first: number, last: number];

/**
 * Characters that take no room on screen, so two names that differ only by them look the same ("Pe\u200Bskov" and
 * "Peskov"): the Arabic letter mark, the Mongolian vowel separator, zero-width space, joiners, LRM and RLM, word
 * joiner and invisible operators, the deprecated format characters, the BOM, the interlinear annotation controls and
 * the tag characters. Every surface shows these.
 */
const ZERO_WIDTH: readonly Range[] = [
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x2060, 0x2064],
  [0x206a, 0x206f],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
  [0xe0000, 0xe007f],
];

/**
 * Invisible too, shown on the editor's one-line surfaces: controls (not the whitespace ones, which a one-line label
 * collapses to a space), the soft hyphen, the combining grapheme joiner, Hangul fillers, Khmer inherent vowels, the
 * bidi embeddings, overrides and isolates, variation selectors and the musical format characters. The exports deal
 * with controls and bidi controls in a step of their own (escape.ts) and keep the others as written.
 */
const UI_ALSO: readonly Range[] = [
  [0x0000, 0x0008],
  [0x000e, 0x001f],
  [0x007f, 0x0084],
  [0x0086, 0x009f],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xffa0, 0xffa0],
  [0x1d173, 0x1d17a],
  [0xe0100, 0xe01ef],
];

function codePointClass(ranges: readonly Range[]): string {
  const hex = (code: number): string => `\\u{${code.toString(16)}}`;
  return `[${ranges.map(([first, last]) => (first === last ? hex(first) : `${hex(first)}-${hex(last)}`)).join('')}]`;
}

/** A range as UTF-16 code units, for patterns without the `u` flag; astral ranges must share their high surrogate. */
function codeUnitAlternative([first, last]: Range): string {
  const unit = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
  if (last < 0x10000) return first === last ? `[${unit(first)}]` : `[${unit(first)}-${unit(last)}]`;
  const [firstPair, lastPair] = [String.fromCodePoint(first), String.fromCodePoint(last)];
  const high = firstPair.charCodeAt(0);
  if (high !== lastPair.charCodeAt(0)) throw new Error('an astral range of invisible characters spans two high surrogates');
  return `${unit(high)}[${unit(firstPair.charCodeAt(1))}-${unit(lastPair.charCodeAt(1))}]`;
}

/**
 * The zero-width characters as a pattern over UTF-16 code units (no `u` flag), for code that escapes per code unit
 * (the JSON export). A pattern, not a RegExp: each user makes its own, as a global RegExp carries state.
 */
export const INVISIBLE_CHARACTER_PATTERN = ZERO_WIDTH.map(codeUnitAlternative).join('|');

const ZERO_WIDTH_CHARACTER = new RegExp(codePointClass(ZERO_WIDTH), 'gu');
const UI_INVISIBLE_CHARACTER = new RegExp(codePointClass([...ZERO_WIDTH, ...UI_ALSO]), 'gu');

/** A subdivision flag (the flags of England, Scotland, Wales): a black flag, tag letters, a cancel tag. */
const FLAG_TAG_SEQUENCE = /\u{1f3f4}[\u{e0020}-\u{e007e}]+\u{e007f}/gu;

/** Scripts whose spelling uses the zero-width non-joiner and joiner between letters (Persian, the Indic scripts, …). */
const JOINING_SCRIPT = new RegExp(
  '[' +
    ['Arabic', 'Syriac', 'Nko', 'Mongolian', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu']
      .concat(['Kannada', 'Malayalam', 'Sinhala', 'Tibetan', 'Myanmar', 'Khmer'])
      .map((script) => `\\p{sc=${script}}`)
      .join('') +
    ']',
  'u',
);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** What may stand before the joiner of an emoji sequence (👩‍💻, 🏳️‍🌈, 👨🏽‍💻): a pictograph, a skin tone, a presentation selector. */
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{fe0f}\u{20e3}]/u;
const IDEOGRAPH = /\p{Ideographic}/u;
const KEYCAP_BASE = /^[0-9#*]$/;

/** `<U+200B>`: how a hidden character is shown. */
export function codePointLabel(character: string): string {
  return `<U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const isPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(isPair ? index - 2 : index - 1, index);
}

function codePointAfter(text: string, index: number): string {
  const point = text.codePointAt(index);
  return point === undefined ? '' : String.fromCodePoint(point);
}

function isJoiningLetter(character: string): boolean {
  return LETTER_OR_MARK.test(character) && JOINING_SCRIPT.test(character);
}

/**
 * Whether the invisible character at `index` is doing its job in the writing, so it is kept: a joiner inside an
 * emoji sequence, a joiner or non-joiner between letters of a script spelled with them, a variation selector after a
 * character it can vary (an emoji, a keycap digit, a CJK ideograph). Next to Latin letters, or alone, they are shown.
 */
function isDoingItsJob(character: string, text: string, index: number): boolean {
  const code = character.codePointAt(0) ?? 0;
  const before = codePointBefore(text, index);
  const after = codePointAfter(text, index + character.length);
  if (code === 0x200d && EMOJI_PART.test(before) && PICTOGRAPH.test(after)) return true;
  if ((code === 0x200c || code === 0x200d) && isJoiningLetter(before) && isJoiningLetter(after)) return true;
  if (code >= 0xfe00 && code <= 0xfe0f) return PICTOGRAPH.test(before) || KEYCAP_BASE.test(before) || IDEOGRAPH.test(before);
  if (code >= 0xe0100 && code <= 0xe01ef) return IDEOGRAPH.test(before);
  return false;
}

function showMatches(text: string, pattern: RegExp): string {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  const flags: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(FLAG_TAG_SEQUENCE)) flags.push({ start: match.index, end: match.index + match[0].length });
  const insideFlag = (index: number): boolean => flags.some((flag) => index > flag.start && index < flag.end);
  return text.replace(pattern, (character: string, index: number) =>
    insideFlag(index) || isDoingItsJob(character, text, index) ? character : codePointLabel(character),
  );
}

/**
 * For the editor's UI: shows every invisible character as `<U+XXXX>`, controls and variation selectors included,
 * except those doing their job and the tags of a subdivision flag. "Pu\u200Btin" becomes "Pu<U+200B>tin", so a
 * look-alike actor name is told apart from the real one; "👩‍💻" and Persian "می‌خواهم" are unchanged.
 */
export function showInvisibles(text: string): string {
  return showMatches(text, UI_INVISIBLE_CHARACTER);
}

/**
 * For the exports and the CLI: shows the zero-width characters as `<U+XXXX>`, under the same exceptions as
 * {@link showInvisibles}, so look-alike names and hidden marks are visible in a spreadsheet, a report or a terminal.
 * Controls and bidi controls are left to the exports' own escaping.
 */
export function revealInvisible(text: string): string {
  return showMatches(text, ZERO_WIDTH_CHARACTER);
}
