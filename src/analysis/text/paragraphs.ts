// Line numbering and paragraph splitting over the raw text, with offsets that stay JavaScript string indices.
import { APOSTROPHES, isInlineSpace } from './chars';
import { upperBound } from './sorted';

/** Maps string offsets to 1-based line numbers the way editors count lines (\n, \r\n and lone \r end a line). */
export class LineIndex {
  private constructor(private readonly lineStarts: Int32Array) {}

  static of(text: string): LineIndex {
    // Without carriage returns, the native search finds line ends many times faster than a character loop.
    if (text.indexOf('\r') < 0) {
      let count = 1;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
      const starts = new Int32Array(count);
      let line = 1;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
      return new LineIndex(starts);
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return new LineIndex(Int32Array.from(starts));
  }

  /**
   * The lines of `text`, which is `previous`'s text with [changeStart, oldChangeEnd) replaced by
   * [changeStart, oldChangeEnd + delta): lines before the change are kept, lines after it shifted, and only
   * the changed stretch is searched. Carriage returns, which pair across the change, get a full count.
   */
  static afterEdit(previous: LineIndex, text: string, changeStart: number, oldChangeEnd: number, delta: number): LineIndex {
    if (text.indexOf('\r') >= 0) return LineIndex.of(text);
    const old = previous.lineStarts;
    // Old starts up to the change stay; those whose line break lies after the change move by delta.
    let kept = 0;
    while (kept < old.length && old[kept] <= changeStart) kept++;
    let moved = old.length;
    while (moved > kept && old[moved - 1] - 1 >= oldChangeEnd) moved--;
    const newChangeEnd = oldChangeEnd + delta;
    let inside = 0;
    for (let at = text.indexOf('\n', changeStart); at >= 0 && at < newChangeEnd; at = text.indexOf('\n', at + 1)) inside++;
    const starts = new Int32Array(kept + inside + (old.length - moved));
    starts.set(old.subarray(0, kept));
    let line = kept;
    for (let at = text.indexOf('\n', changeStart); at >= 0 && at < newChangeEnd; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
    for (let i = moved; i < old.length; i++) starts[line++] = old[i] + delta;
    return new LineIndex(starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line of the character at `offset` (offsets past the end belong to the last line). */
  lineAt(offset: number): number {
    return Math.max(upperBound(this.lineStarts, this.lineStarts.length, offset), 1);
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1];
  }
}

/** A paragraph: a block of text between blank lines (or a line that starts a new speaker turn). */
export interface ParagraphSpan {
  start: number;
  end: number;
}

/** "Q:", "A:", "KAHANANUI:", "Dr. O’Brien:": up to four capitalised words and a colon open a speaker's turn. */
const LABEL_WORD = `[A-Z][A-Za-z.${APOSTROPHES}-]{0,30}`;
const SPEAKER_LABEL = new RegExp(`^[ \\t]*(?:[QA]|${LABEL_WORD}(?: ${LABEL_WORD}){0,3})[ \\t]*:`);

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isInlineSpace(text.charCodeAt(i))) return false;
  return true;
}

function endsSentence(text: string, lineStart: number, lineEnd: number): boolean {
  for (let i = lineEnd - 1; i >= lineStart; i--) {
    if (isInlineSpace(text.charCodeAt(i))) continue;
    const c = text[i];
    return c === '.' || c === '?' || c === '!' || c === ':' || c === '"' || c === '”' || c === '»' || c === '’' || c === "'" || c === '…';
  }
  return false;
}

/**
 * Splits text into paragraphs. Blank lines always separate; a single line break also does when the
 * line before ends a sentence and the next line starts a speaker turn or a quotation, so that
 * transcripts and one-paragraph-per-line copy keep their structure while hard-wrapped prose stays whole.
 */
export function splitParagraphs(text: string, from = 0, to = text.length): ParagraphSpan[] {
  const paragraphs: ParagraphSpan[] = [];
  let start = -1;
  let lastContentEnd = -1;
  let lineStart = from;
  let previousLineEndedSentence = false;
  let previousLineLength = 0;
  const n = to;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n) {
      const c = text.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      lineEnd++;
    }
    let next = lineEnd;
    if (next < n) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    else next = n + 1;
    if (isBlank(text, lineStart, lineEnd)) {
      if (start >= 0) paragraphs.push({ start, end: lastContentEnd });
      start = -1;
      previousLineEndedSentence = false;
    } else {
      const lineLength = lineEnd - lineStart;
      if (start >= 0 && previousLineEndedSentence && startsNewTurn(text, lineStart, lineEnd, previousLineLength)) {
        paragraphs.push({ start, end: lastContentEnd });
        start = -1;
      }
      if (start < 0) start = firstContent(text, lineStart, lineEnd);
      lastContentEnd = lastContent(text, lineStart, lineEnd);
      previousLineEndedSentence = endsSentence(text, lineStart, lineEnd);
      previousLineLength = lineLength;
    }
    lineStart = next;
  }
  if (start >= 0) paragraphs.push({ start, end: lastContentEnd });
  return paragraphs;
}

function startsNewTurn(text: string, lineStart: number, lineEnd: number, previousLineLength: number): boolean {
  const first = firstContent(text, lineStart, lineEnd);
  const c = text[first];
  if (c === '"' || c === '“' || c === '«' || c === '„' || c === '‘' || c === '-' || c === '—' || c === '•' || c === '*') return true;
  // Long lines ending in a full stop are one-paragraph-per-line copy, not hard-wrapped prose.
  if (previousLineLength > 100) return true;
  return SPEAKER_LABEL.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 140)));
}

function firstContent(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

function lastContent(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isInlineSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** True when a blank line separates the two offsets: paragraph splitting can restart between them. */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      if (++breaks >= 2) return true;
    } else if (c !== 13 && !isInlineSpace(c)) {
      breaks = 0;
    }
  }
  return false;
}

/**
 * Length of the longest common prefix of two texts. Compares growing blocks as whole strings first
 * (a native comparison, many times faster than a character loop on a megabyte) and narrows a
 * differing block by halves, so an edit's position is found without walking every character.
 */
export function commonPrefixLength(a: string, b: string): number {
  return matchingRun(a, b, Math.min(a.length, b.length), false);
}

/** Length of the longest common suffix of two texts, at most `limit` characters; see commonPrefixLength. */
export function commonSuffixLength(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  return matchingRun(a, b, Math.min(limit, a.length, b.length), true);
}

/** How many characters two texts share from their start (or from their end), up to `max`. */
function matchingRun(a: string, b: string, max: number, fromEnd: boolean): number {
  const block = (text: string, at: number, n: number): string =>
    fromEnd ? text.slice(text.length - at - n, text.length - at) : text.slice(at, at + n);
  const code = (text: string, at: number): number => text.charCodeAt(fromEnd ? text.length - 1 - at : at);
  let at = 0;
  let size = 1024;
  while (at < max) {
    const n = Math.min(size, max - at);
    if (n <= 32) {
      while (at < max && code(a, at) === code(b, at)) at++;
      return at;
    }
    if (block(a, at, n) === block(b, at, n)) {
      at += n;
      size = n * 2;
    } else {
      size = n >> 1;
    }
  }
  return at;
}
