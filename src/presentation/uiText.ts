// Untrusted text (from documents and settings) made safe and honest for the editor's UI: notifications, quick picks,
// input boxes, the status bar, tree items and tooltips.
//
// No `vscode` import: plain functions over the policy on invisible characters that the exports share (invisibles.ts).
// Every UI string that carries document- or settings-derived text goes through `uiText` (plain surfaces) or
// `markdownText` (Markdown surfaces); test/unit/uiTextSinks.test.ts fails the build for one that does not.
import { escapeMarkdown, singleLine } from './escape';
import { showInvisibles } from './invisibles';

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
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(
    /[()]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${command}?${encoded}` as MarkdownText;
}
