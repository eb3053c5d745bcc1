// Lightweight markup as the reader should not see it: Markdown's links, emphasis, code marks, headings,
// block quotes and bullets, and e-mail quoting, blanked out so that "**Jane Doe** said" and
// "told [the Herald](https://…) that" read as plain prose while every offset stays that of the source.

// Every span a pattern pairs is bounded (300 characters, a line): a megabyte of "*" or "[" must stay linear.
/** A link or an image: its text stays, the brackets and the destination go. */
const LINK = /!?\[([^\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]*\)){0,500}(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)/g;
/** Strong emphasis, paired within a line, opened before and closed after a non-space. */
const STRONG = /(\*\*|__)(?=\S)([^\n]{0,300}?\S)\1/g;
/** Emphasis by one star, paired within a line; "5 * 3 * 2" is no emphasis (spaces inside the marks). */
const STAR = /(?<![\w*])\*(?=[^\s*])([^*\n]{0,300}?[^\s*])\*(?![\w*])/g;
/** Emphasis by one underscore, never inside a word ("snake_case_name"). */
const UNDERSCORE = /(?<![\w_])_(?=[^\s_])([^_\n]{0,300}?[^\s_])_(?![\w_])/g;
/** Code spans: the backticks go, the code stays. */
const CODE = /(?<!`)(`{1,3})([^`\n]{1,300}?)\1(?!`)/g;
// Lines start after \n or \r only, as the engine counts them (a regular expression's ^ also starts one after U+2028).
/** At a line's start: ATX heading marks, block-quote marks (nested or e-mail style), star and plus bullets. */
const LINE_MARKS = /(?<![^\n\r])[ \t]{0,3}(?:#{1,6}(?=[ \t\n\r]|(?![^]))|(?:>[ \t]?)+|[*+](?=[ \t]))/g;
/** A line that is only a thematic break ("***", "- - -", "___"). */
const BREAK_LINE = /(?<![^\n\r])[ \t]*([*_-])(?:[ \t]*\1){2,}[ \t]*(?![^\n\r])/g;

function blank(length: number): string {
  return ' '.repeat(length);
}

/**
 * `text` with markup characters replaced by spaces (the same number of UTF-16 units, so offsets and lines
 * do not move). Text without any of the marks' characters is returned as it is, at the cost of a few searches
 * (native substring searches: the analyzer calls this on every edit of a large document).
 */
export function withoutMarkup(text: string): string {
  let read = text;
  if (read.includes('](')) {
    read = read.replace(LINK, (whole: string, label: string) => {
      const open = whole.startsWith('!') ? 2 : 1;
      return blank(open) + label + blank(whole.length - open - label.length);
    });
  }
  if (read.includes('**') || read.includes('__')) {
    read = read.replace(STRONG, (_whole: string, mark: string, inner: string) => blank(mark.length) + inner + blank(mark.length));
  }
  if (read.includes('*')) read = read.replace(STAR, (_whole: string, inner: string) => ` ${inner} `);
  if (read.includes('_')) read = read.replace(UNDERSCORE, (_whole: string, inner: string) => ` ${inner} `);
  if (read.includes('`')) {
    read = read.replace(CODE, (_whole: string, ticks: string, code: string) => blank(ticks.length) + code + blank(ticks.length));
  }
  // Hyphens are everywhere: only a run of three (or spaced ones) can make a break line.
  if (['---', '- -', '***', '* *', '___', '_ _'].some((run) => read.includes(run))) {
    read = read.replace(BREAK_LINE, (line: string) => blank(line.length));
  }
  if (read.includes('#') || read.includes('>') || read.includes('*') || read.includes('+')) {
    read = read.replace(LINE_MARKS, (marks: string) => blank(marks.length));
  }
  return read;
}
