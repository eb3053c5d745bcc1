// Safe rendering of untrusted document text: inert Markdown, visible control characters, CSV cells and one-line labels.
//
// Pure functions with no `vscode` or Node imports, shared by the exports, the CLI, hover cards and tree labels.
// Invisible characters are shown by the policy of invisibles.ts.
import { revealInvisible } from './invisibles';

/** Shown in place of a control character so a reader can see that something invisible was there. */
export const CONTROL_REPLACEMENT = '\uFFFD';

/**
 * Terminal escape sequences, removed whole because their parameters would only be noise:
 * CSI (`ESC [ … final`), OSC/DCS/SOS/PM/APC strings (`ESC ] … BEL` or `… ESC \`), the short two-byte
 * ESC sequences, and the 8-bit C1 forms of CSI (U+009B) and OSC (U+009D).
 * Every repetition is over a character class disjoint from what follows it, so matching stays linear.
 */
const TERMINAL_ESCAPE_SEQUENCE = new RegExp(
  [
    String.raw`\u001b\[[0-?]*[ -/]*[@-~]`, // CSI
    String.raw`\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)`, // OSC, DCS, SOS, PM, APC strings
    String.raw`\u001b[ -/]*[0-~]`, // two-byte ESC sequences
    String.raw`\u009b[0-?]*[ -/]*[@-~]`, // 8-bit CSI
    String.raw`\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u009c|\u001b\\)`, // 8-bit OSC
  ].join('|'),
  'g',
);

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
const CONTROL_OR_LINE_BREAK = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Spells out every control character, line break and bidi control as a `\uXXXX` escape, and every other
 * invisible character as `<U+XXXX>` ({@link revealInvisible}), keeping the rest: for messages that must show
 * exactly what a user typed (a file name, an option value) on one line.
 */
export function escapeControlCharacters(text: string): string {
  return revealInvisible(text).replace(CONTROL_OR_LINE_BREAK, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

/**
 * The top-level domains linkify-it (markdown-it's `linkify`, VS Code's Markdown preview) recognises in a bare
 * host name such as `example.com`: its default list, and every two-letter country code.
 */
const LINKIFY_TOP_LEVEL_DOMAIN =
  /^(?:biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф|[a-z]{2})(?![\p{L}\p{N}])/iu;

/** What linkify-it takes for a letter of a host name: anything but spaces, punctuation (except `-`), controls and `<>｜`. */
const HOST_CHARACTER = /[^\s\p{P}\p{Z}\p{Cc}<>\uff5c]|-/u;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ENTITY_REFERENCE = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
/** A `<` that a reader sees as text: before a space, `=`, `-` (`a <= b`, `<-`), the end, or a revealed `<U+200B>`. */
const INERT_ANGLE = /^<(?:[\s=-]|$|U\+[0-9A-F]{4,6}>)/;
const EMOJI_SHORTCODE = /^:[a-z0-9_+-]*[a-z_+-][a-z0-9_+-]*:/;
const EMAIL_LOCAL_PART = /[A-Za-z0-9._%+-]/;
const ORDERED_LIST_MARKER = /^\d{1,9}[.)](?=[ \t]|$)/;
/** Characters that may act depending on where they stand; every other character is always literal. */
const CONTEXT_SPECIAL = /[\\`*_[\]<&|~$:.@#/]/g;

/** Whether the character at `index` of one line would act as Markdown where it stands (see {@link escapeMarkdownInContext}). */
function actsInContext(line: string, index: number): boolean {
  const character = line[index];
  const before = index > 0 ? line[index - 1] : '';
  // A bounded look-ahead: a long paragraph is one line, and slicing its rest at every candidate would be quadratic.
  const after = line.slice(index + 1, index + 40);
  switch (character) {
    case '\\':
      // A backslash escapes the punctuation after it (ours included, when the text ends here) or breaks the line.
      return after === '' || ASCII_PUNCTUATION.test(after[0]);
    case '_':
      // Between two letters or digits an underscore can neither open nor close emphasis (snake_case).
      return !(ALPHANUMERIC.test(before) && ALPHANUMERIC.test(after[0] ?? ''));
    case '<':
      return !INERT_ANGLE.test(line.slice(index, index + 10));
    case '&':
      return ENTITY_REFERENCE.test(line.slice(index, index + 34));
    case '$':
      // TeX math needs a closing `$` that is not followed by a digit: "$20 and $30" never forms it.
      return !/^\d/.test(after);
    case ':':
      return EMOJI_SHORTCODE.test(line.slice(index, index + 64));
    case '.':
      // `www.` and a bare host name's last dot (`evil.example.com`, `notes.md`) would be made links by linkifiers;
      // GFM starts a `www.` link after `_` too (a delimiter, like `*`, `~` and `(`).
      return /(?:^|[^\p{L}\p{N}-])www$/iu.test(line.slice(Math.max(0, index - 4), index)) ||
        (HOST_CHARACTER.test(before) && LINKIFY_TOP_LEVEL_DOMAIN.test(after));
    case '@':
      return EMAIL_LOCAL_PART.test(before) && /^[A-Za-z0-9]/.test(after);
    case '/':
      // The second slash of `//` (`https://`, a scheme-relative `//host`).
      return before === '/';
    case '#':
      // A heading's closing sequence or a line start; `C#` stays.
      return !ALPHANUMERIC.test(before);
    default:
      // `` ` `` `*` `[` `]` `|` `~`: code, emphasis, links, tables and strikethrough wherever they stand.
      return true;
  }
}

/** Escapes what would start a block (heading, quote, list, thematic break, setext underline) at the start of a line. */
function escapeLineStart(line: string): string {
  const marker = ORDERED_LIST_MARKER.exec(line);
  if (marker) return `${marker[0].slice(0, -1)}\\${line.slice(marker[0].length - 1)}`;
  return /^[>+=-]/.test(line) ? `\\${line}` : line;
}

/**
 * Escapes untrusted text for a Markdown document that people read raw as often as rendered (the report):
 * like {@link escapeMarkdown}, nothing in the text renders as a link, HTML, formatting, code or a block in
 * CommonMark, GFM or markdown-it with linkify, but a character is escaped only where it would act, so
 * `2023-03-17`, `file.txt:37`, `Russian-Chinese` and `snake_case` read as written. Control characters are
 * made visible ({@link stripControlCharacters}) and so are invisible ones ({@link revealInvisible}); leading
 * spaces of a line become `&nbsp;`. Each line is escaped as if it starts a block, because the report puts
 * text at the start of list items and quoted lines.
 */
export function escapeMarkdownInContext(text: string): string {
  return revealInvisible(stripControlCharacters(text))
    .split('\n')
    .map((line) => {
      const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
      const body = line.slice(indent.length);
      const escaped = body.replace(CONTEXT_SPECIAL, (character: string, index: number) =>
        actsInContext(body, index) ? `\\${character}` : character,
      );
      return '&nbsp;'.repeat(indent.length) + escapeLineStart(escaped);
    })
    .join('\n');
}

/**
 * Cell starts that spreadsheets read as a formula or a command (OWASP "CSV injection"): `=`, `+`, `-`, `@`, TAB
 * or a line break, also in their full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫) and as the minus sign U+2212,
 * behind any run of spaces of any kind (no-break, ideographic, …), which some spreadsheets trim before they
 * look. Invisible characters (zero-width space, byte order mark) never reach it: they are shown as `<U+200B>` first.
 */
const FORMULA_TRIGGER = /^\s*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]/;

/** Cells that RFC 4180 requires to be quoted, plus leading/trailing spaces that some readers trim. */
const NEEDS_QUOTING = /[",\r\n]|^ | $/;

/**
 * One CSV field per RFC 4180: quoted when it contains a quote, comma or line break (quotes doubled).
 *
 * Text cells are passed through {@link stripControlCharacters} and {@link revealInvisible}, and a text cell
 * that starts like a formula ({@link FORMULA_TRIGGER}) is prefixed with `'` so spreadsheets treat it as text
 * (a cell that is just `-` is left alone). Numbers and booleans are written as they are (a negative number
 * is data, not a formula); `null` and `undefined` give an empty cell.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let cell = revealInvisible(stripControlCharacters(value));
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

const HTML_SPECIAL = /[&<>"'`]/g;
const HTML_ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Text for an HTML or SVG element's content or a quoted attribute value: control characters made visible
 * ({@link stripControlCharacters}, so bidi overrides cannot reorder what a reader sees) and every character that could
 * end a text run or an attribute (`& < > " '` and the backtick old parsers quote with) written as an entity. It never
 * makes text safe inside a `<script>` or `<style>` element, an unquoted attribute or a URL: untrusted text goes nowhere else.
 */
export function escapeHtml(text: string): string {
  return stripControlCharacters(text).replace(HTML_SPECIAL, (character) => HTML_ENTITY[character]);
}
