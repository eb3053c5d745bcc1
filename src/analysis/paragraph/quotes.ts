// Marked quotations in a paragraph: pairs opening and closing marks of every common style, including nesting.
import { lexicon } from '../lexicon/lexicon';
import { sortInPlace } from '../text/arrays';
import type { SentenceRange } from '../text/sentences';
import { Token, TokenKind } from '../text/tokens';

/** A marked quotation inside one paragraph; offsets relative to the paragraph. */
export interface MarkedQuote {
  /** Span including the marks. */
  start: number;
  end: number;
  /** Span of the quoted words, without the marks. */
  contentStart: number;
  contentEnd: number;
  open: string;
  /** Empty when the quote is still open at the end of the paragraph. */
  close: string;
  openToken: number;
  /** Token index after the closing mark (or the paragraph's token count when unclosed). */
  afterToken: number;
  /** Nesting depth: 0 for an outer quotation. */
  depth: number;
  /** Left open at the end of the paragraph (continues in the next one, by news convention). */
  unclosed: boolean;
}

type Family = 'double' | 'single' | 'guillemet' | 'angle' | 'corner' | 'white-corner';

interface OpenMark {
  token: number;
  mark: string;
  family: Family;
  /** Guillemets written the German way: »…«. */
  reversed: boolean;
}

function family(mark: string): Family | undefined {
  switch (mark) {
    case '"':
    case '“':
    case '”':
    case '„':
    case '‟':
      return 'double';
    case "'":
    case '‘':
    case '’':
    case '‚':
    case '‛':
      return 'single';
    case '«':
    case '»':
      return 'guillemet';
    case '‹':
    case '›':
      return 'angle';
    case '「':
    case '」':
      return 'corner';
    case '『':
    case '』':
      return 'white-corner';
    default:
      return undefined;
  }
}

function isLetterLike(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

const ANY_OPEN = (): boolean => true;

/**
 * The marks opened and not yet closed while a paragraph is read, innermost last, and the quotations closed so
 * far. Open marks are also counted by family and by exact kind, so a search for one kind ("„", a reversed "»")
 * never scans a stack without it.
 */
class OpenMarks {
  readonly quotes: MarkedQuote[] = [];
  readonly stack: OpenMark[] = [];
  readonly openCount: Record<Family, number> = { double: 0, single: 0, guillemet: 0, angle: 0, corner: 0, 'white-corner': 0 };
  private readonly openKind = new Map<string, number>();

  constructor(readonly tokens: readonly Token[]) {}

  push(index: number, mark: string, reversed = false): void {
    const fam = family(mark);
    if (fam === undefined) return;
    const open = { token: index, mark, family: fam, reversed };
    this.stack.push(open);
    this.openCount[fam]++;
    this.openKind.set(kindOf(open), (this.openKind.get(kindOf(open)) ?? 0) + 1);
  }

  /**
   * Closes the innermost open mark of the closer's family that `accepts` takes (when `needs` names a kind, only if
   * one of that kind is open) with the mark at token `index`; marks opened inside it and never closed are dropped.
   */
  close(index: number, accepts: (open: OpenMark) => boolean, needs?: string, closerFamily?: Family): boolean {
    const closer = this.tokens[index];
    const fam = closerFamily ?? family(closer.text);
    if (fam === undefined || this.openCount[fam] === 0) return false;
    if (needs !== undefined && !this.openKind.get(needs)) return false;
    const { stack } = this;
    for (let k = stack.length - 1; k >= 0; k--) {
      const open = stack[k];
      if (open.family !== fam || !accepts(open)) continue;
      while (stack.length > k + 1) this.forget(stack.pop() as OpenMark);
      this.forget(stack.pop() as OpenMark);
      const openToken = this.tokens[open.token];
      this.quotes.push({
        start: openToken.start,
        end: closer.end,
        contentStart: openToken.end,
        contentEnd: closer.start,
        open: open.mark,
        close: closer.text,
        openToken: open.token,
        afterToken: index + 1,
        depth: stack.length,
        unclosed: false,
      });
      return true;
    }
    return false;
  }

  private forget(open: OpenMark): void {
    this.openCount[open.family]--;
    this.openKind.set(kindOf(open), (this.openKind.get(kindOf(open)) ?? 1) - 1);
  }
}

function kindOf(open: OpenMark): string {
  return open.reversed ? 'reversed' : open.mark;
}

/** Finds marked quotations in one paragraph. Linear: each mark is pushed and popped at most once. */
export function findMarkedQuotes(paragraph: string, tokens: readonly Token[], sentences: readonly SentenceRange[]): MarkedQuote[] {
  const marks = new OpenMarks(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== TokenKind.Quote) continue;
    if (isArchivePair(tokens, i)) readArchiveMark(marks, paragraph, i++);
    else readMark(marks, paragraph, i);
  }
  const { quotes } = marks;
  const open = quoteLeftOpen(marks, tokens, sentences);
  if (open) quotes.push(open);
  // A quotation between archive pairs spans both characters of each pair, its words neither.
  for (const quote of quotes) {
    if (quote.openToken > 0 && isArchivePair(tokens, quote.openToken - 1)) quote.start = tokens[quote.openToken - 1].start;
    if (!quote.unclosed && quote.afterToken >= 2 && isArchivePair(tokens, quote.afterToken - 2)) {
      quote.contentEnd = tokens[quote.afterToken - 2].start;
    }
  }
  return sortInPlace(quotes, (a, b) => a.start - b.start || b.end - a.end);
}

/** Reads the quotation mark at token `i`: it opens a quotation, closes one, or (an apostrophe) neither. */
function readMark(marks: OpenMarks, paragraph: string, i: number): void {
  const token = marks.tokens[i];
  const mark = token.text;
  const before = token.start > 0 ? paragraph[token.start - 1] : undefined;
  const after = paragraph[token.end];
  // A mark opens after a space, a bracket, a dash, a colon or another mark; it closes before a space or punctuation.
  const opensBySpacing = isSpaceOrEdge(before) || /[(\[{—–\-:/]/.test(before ?? '') || family(before ?? '') !== undefined;
  const endsBefore = isSpaceOrEdge(after) || /[.,;:!?)\]}—–\-…]/.test(after ?? '') || family(after ?? '') !== undefined;
  const closesBySpacing = !isSpaceOrEdge(before) && endsBefore;
  switch (mark) {
    case '“':
      // After „ the high mark closes (German/Czech style); otherwise it opens.
      if (marks.close(i, (o) => o.mark === '„', '„')) break;
      if (closesBySpacing && !opensBySpacing && marks.openCount.double > 0) marks.close(i, ANY_OPEN);
      else marks.push(i, mark);
      break;
    case '”':
      if (!marks.close(i, ANY_OPEN) && opensBySpacing && !isSpaceOrEdge(after)) marks.push(i, mark);
      break;
    case '"':
      if (marks.openCount.double > 0 && (closesBySpacing || !opensBySpacing)) marks.close(i, ANY_OPEN);
      else if (opensBySpacing || !closesBySpacing || afterCueAndComma(marks.tokens, i)) marks.push(i, mark);
      else marks.close(i, ANY_OPEN);
      break;
    case '«':
      if (!marks.close(i, (o) => o.reversed, 'reversed')) marks.push(i, mark);
      break;
    case '»':
      if (!marks.close(i, (o) => !o.reversed, '«') && opensBySpacing && !isSpaceOrEdge(after)) marks.push(i, mark, true);
      break;
    case '„':
    case '‟':
    case '‹':
    case '「':
    case '『':
      marks.push(i, mark);
      break;
    case '›':
    case '」':
    case '』':
      marks.close(i, ANY_OPEN);
      break;
    default:
      readSingleMark(marks, i, mark, opensBySpacing, after);
  }
}

/** `Doe said," Text …"`: a straight mark written against the comma or colon after a reporting verb opens, spacing aside. */
function afterCueAndComma(tokens: readonly Token[], i: number): boolean {
  const comma = tokens[i - 1];
  const verb = tokens[i - 2];
  if (comma === undefined || verb === undefined || comma.end !== tokens[i].start) return false;
  if (comma.text !== ',' && comma.text !== ':') return false;
  return verb.kind === TokenKind.Word && lexicon().reportingVerbs.has(verb.lower);
}

/** Two backticks or two apostrophes written as one mark: the double quotation marks of newspaper archives (``…''). */
function isArchivePair(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i].text;
  const next = tokens[i + 1];
  return (mark === '`' || mark === "'") && next !== undefined && next.text === mark && next.start === tokens[i].end;
}

/**
 * An archive pair at tokens i and i + 1, read as a double mark standing at i + 1 (so that the quotation's words start
 * after it): `` opens; '' closes an open double quotation, else opens one before a word.
 */
function readArchiveMark(marks: OpenMarks, paragraph: string, i: number): void {
  const first = marks.tokens[i];
  const second = marks.tokens[i + 1];
  if (first.text === '`') {
    marks.push(i + 1, '“');
    return;
  }
  if (marks.openCount.double > 0 && marks.close(i + 1, ANY_OPEN, undefined, 'double')) return;
  const before = first.start > 0 ? paragraph[first.start - 1] : undefined;
  const opensBySpacing = isSpaceOrEdge(before) || /[(\[{—–\-:/]/.test(before ?? '');
  if (opensBySpacing && isLetterLike(paragraph[second.end])) marks.push(i + 1, '“');
}

/** Single marks: they open or close a quotation only where they cannot be an apostrophe ("don’t", "the ’90s"). */
function readSingleMark(marks: OpenMarks, i: number, mark: string, opensBySpacing: boolean, after: string | undefined): void {
  switch (mark) {
    case '‘':
    case '‚':
    case '‛':
      if (mark === '‘' && marks.close(i, (o) => o.mark === '‚', '‚')) return;
      if (opensBySpacing && isLetterLike(after)) marks.push(i, mark);
      return;
    case '’':
    case "'":
      // A closing single mark only counts when a single quote is open; otherwise it is an apostrophe.
      if (marks.openCount.single > 0 && !isLetterLike(after) && marks.close(i, ANY_OPEN)) return;
      if (mark === "'" && opensBySpacing && isLetterLike(after)) marks.push(i, mark);
      return;
    default:
      return;
  }
}

/**
 * Marks still open at the paragraph's end: the outermost one becomes a quotation to the end of the paragraph when
 * it starts the paragraph or follows a colon or comma (the news convention for a quote that continues in the next
 * paragraph); otherwise it is bounded by its sentence so no span runs away.
 */
function quoteLeftOpen(marks: OpenMarks, tokens: readonly Token[], sentences: readonly SentenceRange[]): MarkedQuote | undefined {
  const outer = marks.stack.find((o) => o.family === 'double' || o.family === 'guillemet' || o.family === 'corner');
  if (outer === undefined || tokens.length === 0) return undefined;
  const openToken = tokens[outer.token];
  const previous = tokens[outer.token - 1];
  // It continues into the next paragraph when it opens the paragraph, a sentence, or follows a colon or comma.
  const opensSentence = sentences.some((s) => s.first === outer.token);
  const continues = outer.token === 0 || previous === undefined || previous.text === ':' || previous.text === ',' || opensSentence;
  let endToken = tokens.length;
  if (!continues) {
    const sentence = sentences.find((s) => s.first <= outer.token && outer.token < s.last);
    endToken = sentence ? sentence.last : tokens.length;
  }
  const lastToken = tokens[endToken - 1];
  if (!lastToken || lastToken.end <= openToken.end) return undefined;
  return {
    start: openToken.start,
    end: lastToken.end,
    contentStart: openToken.end,
    contentEnd: lastToken.end,
    open: outer.mark,
    close: '',
    openToken: outer.token,
    afterToken: endToken,
    depth: 0,
    unclosed: continues,
  };
}
