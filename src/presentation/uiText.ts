// Untrusted text (from documents and settings) made safe and honest for the editor's UI: notifications, quick picks,
// input boxes, the status bar, tree items and tooltips.
//
// No `vscode` import: the policy on invisible characters is plain data and functions, so the CLI and the exports can
// share it. Every UI string that carries document- or settings-derived text goes through `uiText` (plain surfaces)
// or `markdownText` (Markdown surfaces); test/unit/uiTextSinks.test.ts fails the build for one that does not.
import { escapeMarkdown, singleLine } from './escape';

declare const uiTextBrand: unique symbol;
declare const markdownTextBrand: unique symbol;

/** Text safe on every plain-text surface of the editor: one line, invisible characters shown, no link or icon syntax. */
export type UiText = string & { readonly [uiTextBrand]: true };

/** Markdown whose every piece of untrusted text is escaped: it renders as the literal characters and nothing else. */
export type MarkdownText = string & { readonly [markdownTextBrand]: true };

/** Rejects text that is already branded, so nothing is escaped twice (twice would show our own word joiners). */
type Unbranded = string & { readonly [uiTextBrand]?: never; readonly [markdownTextBrand]?: never };

/** How long a piece of untrusted text in a message or label may be, in user-perceived characters. */
export const UI_TEXT_MAX = 80;

/**
 * U+2060 WORD JOINER: invisible and without a line break. Put between `]` and `(` it stops VS Code's link
 * syntax in notifications and quick-input descriptions (`[text](command:…)`); between `$` and `(` it stops
 * the theme-icon syntax of quick picks and the status bar (`$(name)`). The text still looks the same.
 */
const WORD_JOINER = '\u2060';

/**
 * Characters that render as nothing (or as blank space) and so can make two different names look the same, hide text
 * in a label, or reorder what is shown: controls, format characters (zero-width space and joiners, LRM/RLM/ALM, bidi
 * embeddings/overrides/isolates, word joiner, invisible operators, BOM, soft hyphen, interlinear annotations, tags),
 * the combining grapheme joiner, Hangul fillers, Khmer inherent vowels and variation selectors.
 * Whitespace controls (TAB, LF, VT, FF, CR, NEL) are not listed: a one-line label collapses them to a space.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\u{1d173}-\u{1d17a}\u{e0001}\u{e0020}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;

/** An emoji tag sequence (the flags of England, Scotland, Wales…): a black flag, tag letters, a cancel tag. */
const FLAG_TAG_SEQUENCE = /\u{1f3f4}[\u{e0020}-\u{e007e}]+\u{e007f}/gu;

/** Letters of the scripts look-alike names are made of, where joiners and variation selectors have no business. */
const LATIN_GREEK_CYRILLIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
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
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

function codePointAfter(text: string, index: number): string {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index) ?? 0) : '';
}

/** A letter (or mark) of a script that writes with joiners: Arabic, Persian, the Indic scripts, … */
function isJoiningScriptLetter(character: string): boolean {
  return character !== '' && LETTER_OR_MARK.test(character) && !LATIN_GREEK_CYRILLIC.test(character);
}

/**
 * Whether an invisible character at `index` is doing its legitimate job, so it is kept: ZWJ inside an emoji sequence
 * (👩‍💻), ZWJ/ZWNJ between letters of a joining script (Persian, Devanagari…), a variation selector after a character it
 * can vary (an emoji, a digit of a keycap, a CJK ideograph). Next to Latin, Greek or Cyrillic letters, or alone, they
 * are shown.
 */
function isLegitimate(character: string, text: string, index: number): boolean {
  const code = character.codePointAt(0) ?? 0;
  const before = codePointBefore(text, index);
  const after = codePointAfter(text, index + character.length);
  if (code === 0x200d && EMOJI_PART.test(before) && PICTOGRAPH.test(after)) return true;
  if ((code === 0x200c || code === 0x200d) && isJoiningScriptLetter(before) && isJoiningScriptLetter(after)) return true;
  if (code >= 0xfe00 && code <= 0xfe0f) return PICTOGRAPH.test(before) || KEYCAP_BASE.test(before) || IDEOGRAPH.test(before);
  if (code >= 0xe0100 && code <= 0xe01ef) return IDEOGRAPH.test(before);
  return false;
}

/**
 * Shows every invisible character of `text` as `<U+XXXX>`, except those doing their legitimate job (see
 * {@link isLegitimate} and emoji flag tag sequences, which are kept whole). "Pu\u200Btin" becomes "Pu<U+200B>tin",
 * so a look-alike actor name is told apart from the real one; "👩‍💻" and Persian "می‌خواهم" are unchanged.
 */
export function showInvisibles(text: string): string {
  const flags: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(FLAG_TAG_SEQUENCE)) flags.push({ start: match.index, end: match.index + match[0].length });
  const insideFlag = (index: number): boolean => flags.some((flag) => index > flag.start && index < flag.end);
  return text.replace(INVISIBLE, (character: string, index: number) =>
    insideFlag(index) || isLegitimate(character, text, index) ? character : codePointLabel(character),
  );
}

/** Breaks the link and theme-icon syntax of plain UI surfaces with an invisible word joiner. */
function breakUiSyntax(text: string): string {
  return text.replace(/\]\(/g, `]${WORD_JOINER}(`).replace(/\$\(/g, `$${WORD_JOINER}(`);
}

/**
 * Untrusted text for a plain UI surface (a notification, a quick pick item or title, the status bar, a tree item
 * label or description): invisible characters shown, one line of at most `max` user-perceived characters, and link
 * (`[x](command:…)`) and theme-icon (`$(name)`) syntax made inert, so it always displays as the characters it is.
 */
export function uiText(text: Unbranded, max: number = UI_TEXT_MAX): UiText {
  return breakUiSyntax(singleLine(showInvisibles(text), max)) as UiText;
}

/**
 * Text the extension wrote itself, for a UI surface: literals, numbers and already escaped pieces only. The unit
 * test of UI sinks checks every call: a piece of document or settings text here fails it.
 */
export function ownText(text: string): UiText {
  return text as UiText;
}

/** Untrusted text as one line of inert Markdown (a hover card, a tree item tooltip), invisible characters shown. */
export function markdownText(text: Unbranded, max: number = UI_TEXT_MAX): MarkdownText {
  return escapeMarkdown(singleLine(showInvisibles(text), max)) as MarkdownText;
}

/** Markdown the extension wrote itself (formatting, its own command links); untrusted pieces come from `markdownText`. */
export function ownMarkdown(markdown: string): MarkdownText {
  return markdown as MarkdownText;
}

/**
 * A `command:` URI with JSON arguments for a Markdown link, as VS Code's renderer expects. Percent-encoded throughout,
 * parentheses included: an unbalanced `)` in a file name would otherwise end the link early.
 */
export function markdownCommandUri(command: string, args: readonly unknown[]): MarkdownText {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}` as MarkdownText;
}
