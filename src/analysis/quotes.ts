// Marked quotations in a paragraph: pairs opening and closing marks of every common style, including nesting.
import { isSpace, isWordCharAt } from './text/chars';
import type { SentenceRange } from './text/sentences';
import { Token, TokenKind } from './text/tokens';

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
  return ch !== undefined && isWordCharAt(ch, 0);
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || isSpace(ch.charCodeAt(0));
}

/** Finds marked quotations in one paragraph. Linear: each mark is pushed and popped at most once. */
export function findMarkedQuotes(paragraph: string, tokens: readonly Token[], sentences: readonly SentenceRange[]): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const stack: OpenMark[] = [];
  const openCount: Record<Family, number> = { double: 0, single: 0, guillemet: 0, angle: 0, corner: 0, 'white-corner': 0 };

  // Open marks by exact kind, so a search for one kind ("„", a reversed "»") never scans a stack without it.
  const openKind = new Map<string, number>();
  const kindOf = (open: OpenMark): string => (open.reversed ? 'reversed' : open.mark);
  const closeAt = (index: number, closer: Token, accepts: (open: OpenMark) => boolean, needs?: string): boolean => {
    const fam = family(closer.text);
    if (fam === undefined || openCount[fam] === 0) return false;
    if (needs !== undefined && !openKind.get(needs)) return false;
    for (let k = stack.length - 1; k >= 0; k--) {
      const open = stack[k];
      if (open.family !== fam || !accepts(open)) continue;
      // Marks opened inside and never closed are dropped with it.
      while (stack.length > k + 1) forget(stack.pop() as OpenMark);
      forget(stack.pop() as OpenMark);
      const openToken = tokens[open.token];
      quotes.push({
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
  };
  const forget = (open: OpenMark): void => {
    openCount[open.family]--;
    openKind.set(kindOf(open), (openKind.get(kindOf(open)) ?? 1) - 1);
  };
  const push = (index: number, mark: string, reversed = false): void => {
    const fam = family(mark);
    if (fam === undefined) return;
    const open = { token: index, mark, family: fam, reversed };
    stack.push(open);
    openCount[fam]++;
    openKind.set(kindOf(open), (openKind.get(kindOf(open)) ?? 0) + 1);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Quote) continue;
    const mark = token.text;
    const before = token.start > 0 ? paragraph[token.start - 1] : undefined;
    const after = paragraph[token.end];
    const opensBySpacing = isSpaceOrEdge(before) || /[(\[{—–\-:/]/.test(before ?? '') || family(before ?? '') !== undefined;
    const closesBySpacing = !isSpaceOrEdge(before) && (isSpaceOrEdge(after) || /[.,;:!?)\]}—–\-…]/.test(after ?? '') || family(after ?? '') !== undefined);
    switch (mark) {
      case '“':
        // After „ the high mark closes (German/Czech style); otherwise it opens.
        if (!closeAt(i, token, (o) => o.mark === '„', '„')) {
          if (closesBySpacing && !opensBySpacing && openCount.double > 0) closeAt(i, token, () => true);
          else push(i, mark);
        }
        break;
      case '”':
        if (!closeAt(i, token, () => true) && opensBySpacing && !isSpaceOrEdge(after)) push(i, mark);
        break;
      case '„':
      case '‟':
        push(i, mark);
        break;
      case '"':
        if (openCount.double > 0 && (closesBySpacing || !opensBySpacing)) closeAt(i, token, () => true);
        else if (opensBySpacing || !closesBySpacing) push(i, mark);
        else closeAt(i, token, () => true);
        break;
      case '«':
        if (!closeAt(i, token, (o) => o.reversed, 'reversed')) push(i, mark);
        break;
      case '»':
        if (!closeAt(i, token, (o) => !o.reversed, '«') && opensBySpacing && !isSpaceOrEdge(after)) push(i, mark, true);
        break;
      case '‹':
        push(i, mark);
        break;
      case '›':
        closeAt(i, token, () => true);
        break;
      case '「':
      case '『':
        push(i, mark);
        break;
      case '」':
      case '』':
        closeAt(i, token, () => true);
        break;
      case '‘':
      case '‚':
      case '‛':
        if (mark === '‘' && closeAt(i, token, (o) => o.mark === '‚', '‚')) break;
        if (opensBySpacing && isLetterLike(after)) push(i, mark);
        break;
      case '’':
      case "'":
        // A closing single mark only counts when a single quote is open; otherwise it is an apostrophe.
        if (openCount.single > 0 && !isLetterLike(after) && closeAt(i, token, () => true)) break;
        if (mark === "'" && opensBySpacing && isLetterLike(after)) push(i, mark);
        break;
      default:
        break;
    }
  }

  // Marks still open at the paragraph's end: the outermost one becomes a quotation to the end of the
  // paragraph when it starts the paragraph or follows a colon or comma (the news convention for a quote
  // that continues in the next paragraph); otherwise it is bounded by its sentence so no span runs away.
  const outer = stack.find((o) => o.family === 'double' || o.family === 'guillemet' || o.family === 'corner');
  if (outer !== undefined && tokens.length > 0) {
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
    if (lastToken && lastToken.end > openToken.end) {
      quotes.push({
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
      });
    }
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return quotes;
}
