// Safe rendering of untrusted document text: inert Markdown, visible control characters, CSV cells and one-line labels.
//
// Pure functions with no `vscode` or Node imports, shared by the exports, the CLI, hover cards and tree labels.

/** Shown in place of a control character so a reader can see that something invisible was there. */
export const CONTROL_REPLACEMENT = '\uFFFD';

/**
 * Terminal escape sequences, removed whole because their parameters would only be noise:
 * CSI (`ESC [ … final`), OSC/DCS/SOS/PM/APC strings (`ESC ] … BEL` or `… ESC \`), the short two-byte
 * ESC sequences, and the 8-bit C1 forms of CSI (U+009B) and OSC (U+009D).
 * Every repetition is over a character class disjoint from what follows it, so matching stays linear.
 */
const TERMINAL_ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[ -/]*[0-~]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u009c|\u001b\\)/g;

/** Line separators other than LF: CRLF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_BREAK = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;

/** C0 controls except TAB and LF, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text safe to show in a terminal, a tree label or a spreadsheet cell.
 *
 * - ANSI/terminal escape sequences are removed entirely.
 * - Line breaks of every kind become `\n`; TAB and LF are kept.
 * - Every other C0/C1 control character, DEL, and the bidi controls U+202A–U+202E and U+2066–U+2069
 *   (which can make text display in an order other than the one it is stored in) are replaced by
 *   U+FFFD, one per character, so the reader sees that something was there.
 *
 * The result is for display: its offsets no longer match the source text.
 */
export function stripControlCharacters(text: string): string {
  return text
    .replace(TERMINAL_ESCAPE_SEQUENCE, '')
    .replace(LINE_BREAK, '\n')
    .replace(CONTROL_CHARACTER, CONTROL_REPLACEMENT);
}

/** Control characters, line breaks other than TAB, and bidi controls: everything {@link escapeControlCharacters} spells out. */
const INVISIBLE_OR_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Spells out every control character, line break and bidi control as a `\uXXXX` escape, keeping the rest:
 * for messages that must show exactly what a user typed (a file name, an option value) on one line.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(INVISIBLE_OR_CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Characters backslash-escaped everywhere. Together they disable emphasis, code spans and fences,
 * links and images (`[x](command:…)` loses its brackets and parentheses), raw HTML and autolinks
 * (`<`), entities (`&`), headings, block quotes, lists, thematic breaks, setext underlines (`=`, `-`),
 * tables, strikethrough and `$` math; an escaped `:` (and `.`) stops GFM autolinks and linkifiers from
 * recognising `https:`, `mailto:`, `www.` or e-mail addresses. All are ASCII punctuation, which CommonMark
 * and GFM allow to be escaped.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&=$:]/g;

/** Spaces and tabs at the start of a line, which would otherwise start an indented code block. */
const LEADING_WHITESPACE = /^[ \t]+/gm;

/**
 * Escapes untrusted text so that any CommonMark/GFM renderer, including VS Code's `MarkdownString`,
 * shows it as the literal characters and nothing else: no links (command, `javascript:` or web), no
 * images, no HTML, no emphasis, headings, lists or code.
 *
 * Control characters are first made visible with {@link stripControlCharacters}. Line breaks are kept
 * as `\n` (a blank line still separates paragraphs); use {@link singleLine} first where one line is needed.
 * Leading spaces on a line become `&nbsp;` so they cannot start a code block.
 *
 * Not covered: VS Code theme icons (`$(name)`); keep `supportThemeIcons` off on strings carrying document text.
 */
export function escapeMarkdown(text: string): string {
  return stripControlCharacters(text)
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(LEADING_WHITESPACE, (whitespace) => '&nbsp;'.repeat(whitespace.length));
}

/** Cell starts that spreadsheets read as a formula or a command (OWASP "CSV injection"). */
const FORMULA_TRIGGER = /^[ ]*[=+\-@\t\r\n]/;

/** Cells that RFC 4180 requires to be quoted, plus leading/trailing spaces that some readers trim. */
const NEEDS_QUOTING = /[",\r\n]|^ | $/;

/**
 * One CSV field per RFC 4180: quoted when it contains a quote, comma or line break (quotes doubled).
 *
 * Text cells are passed through {@link stripControlCharacters}, and a text cell whose first non-space
 * character is `=`, `+`, `-`, `@`, TAB or a line break is prefixed with `'` so spreadsheets treat it as
 * text, not a formula (a cell that is just `-` is left alone). Numbers and booleans are written as they are (a negative number is data, not a
 * formula); `null` and `undefined` give an empty cell.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let cell = stripControlCharacters(value);
  // A lone "-" (standard input's name, an empty value) is read as text by every spreadsheet.
  if (cell !== '-' && FORMULA_TRIGGER.test(cell)) cell = `'${cell}`;
  return NEEDS_QUOTING.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Runs of whitespace of any kind (including line breaks and no-break spaces). */
const WHITESPACE_RUN = /\s+/g;

export const ELLIPSIS = '\u2026';

/** Made once: a segmenter costs more to create than to use on one label. */
let graphemeSegmenter: Intl.Segmenter | undefined;

function isOwnGrapheme(code: number): boolean {
  return code < 0x300 || (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e);
}

/**
 * Text for a one-line label: control characters made visible, every run of whitespace (line breaks
 * included) collapsed to one space, trimmed, and cut to at most `max` user-perceived characters
 * (grapheme clusters, so an emoji or a letter with its accents is never split), ending with `…` when cut.
 */
export function singleLine(text: string, max: number): string {
  const limit = Math.max(1, Math.floor(max));
  const collapsed = stripControlCharacters(text).replace(WHITESPACE_RUN, ' ').trim();
  // A string of at most `limit` UTF-16 units has at most `limit` graphemes: nothing to cut.
  if (collapsed.length <= limit) return collapsed;
  // Below U+0300, and among the dashes, quotation marks and other punctuation of U+2010–U+205E, there are no
  // combining marks, joiners or surrogates: when the first `limit + 1` units are all such, each is a grapheme of its
  // own and the cut needs no segmenter (the outline cuts thousands of labels after every analysis).
  let oneUnitEach = true;
  for (let index = 0; index <= limit && oneUnitEach; index++) oneUnitEach = isOwnGrapheme(collapsed.charCodeAt(index));
  if (oneUnitEach) return collapsed.slice(0, limit - 1).trimEnd() + ELLIPSIS;
  const segmenter = (graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
  let graphemes = 0;
  let keptEnd = 0;
  for (const { index, segment } of segmenter.segment(collapsed)) {
    if (graphemes === limit) {
      // More than `limit` graphemes: keep `limit - 1` of them and the ellipsis.
      return collapsed.slice(0, keptEnd).trimEnd() + ELLIPSIS;
    }
    graphemes += 1;
    if (graphemes < limit) keptEnd = index + segment.length;
  }
  return collapsed;
}
