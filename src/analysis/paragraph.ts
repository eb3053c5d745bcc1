// Everything the engine can learn from one paragraph on its own; cached by text so edits recompute only what changed.
import { findAttributions, type AttributionFrame } from './attribution';
import { findDates, type FoundDate } from './dates';
import { findNames, markSubjects, type NameCandidate, type RoleMention } from './names';
import { findMarkedQuotes, type MarkedQuote } from './quotes';
import { splitSentences, type SentenceRange } from './sentences';
import { tokenize, TokenKind, type Token } from './tokens';

/** A paragraph's own findings; every offset is relative to the paragraph's start. */
export interface ParagraphAnalysis {
  tokens: Token[];
  sentences: SentenceRange[];
  /** Sentence spans in characters. */
  sentenceSpans: Array<{ start: number; end: number }>;
  names: NameCandidate[];
  roles: RoleMention[];
  quotes: MarkedQuote[];
  frames: AttributionFrame[];
  dates: FoundDate[];
  /** First-person words outside quotation marks: a sign of speech whose marks were stripped. */
  firstPersonOutsideQuotes: boolean;
}

const FIRST_PERSON = new Set(['i', 'we', 'our', 'us', 'my', 'me', "i'm", "we're", "we've", "i've", "i'll", "we'll"]);

export function analyzeParagraph(text: string, documentDate: string | null): ParagraphAnalysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const sentenceSpans = sentences.map((s) => ({ start: tokens[s.first].start, end: tokens[s.last - 1].end }));
  const { names, roles } = findNames(text, tokens, sentences);
  const quotes = findMarkedQuotes(text, tokens, sentences);
  const insideQuote = new Uint8Array(tokens.length + 1);
  for (const quote of quotes) if (quote.depth === 0) insideQuote.fill(1, quote.openToken, Math.min(quote.afterToken, tokens.length));
  markSubjects(tokens, sentences, names, insideQuote);
  const frames = findAttributions(tokens, sentences, names, roles, quotes);
  const dates = findDates(text, sentenceSpans, documentDate);
  let firstPersonOutsideQuotes = false;
  let quoteIndex = 0;
  for (let i = 0; i < tokens.length && !firstPersonOutsideQuotes; i++) {
    const token = tokens[i];
    while (quoteIndex < quotes.length && quotes[quoteIndex].end <= token.start) quoteIndex++;
    const insideQuote = quoteIndex < quotes.length && quotes[quoteIndex].start <= token.start;
    if (!insideQuote && token.kind === TokenKind.Word && FIRST_PERSON.has(token.lower)) firstPersonOutsideQuotes = true;
  }
  return { tokens, sentences, sentenceSpans, names, roles, quotes, frames, dates, firstPersonOutsideQuotes };
}
