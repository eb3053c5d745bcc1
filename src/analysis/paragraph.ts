// Everything the engine can learn from one paragraph on its own; cached by text so edits recompute only what changed.
import { findAttributions, type AttributionFrame } from './attribution';
import { findDates, type FoundDate } from './dates';
import { findNames, markSubjects, type NameCandidate, type RoleMention } from './names';
import { findMarkedQuotes, type MarkedQuote } from './quotes';
import { splitSentences, type SentenceRange } from './sentences';
import { tokenize, TokenKind } from './tokens';

/** A word of a paragraph's first sentence, kept for the document-wide look at neighbouring paragraphs. */
export interface LeadWord {
  lower: string;
  start: number;
  end: number;
  /** Index of this word's token in the paragraph. */
  token: number;
}

/**
 * A paragraph's own findings; every offset is relative to the paragraph's start. Tokens are not kept:
 * only these small findings live in the cache, so a long document's tokens die young and cheaply.
 */
export interface ParagraphAnalysis {
  tokenCount: number;
  /** End of the paragraph's last word (before closing punctuation and marks). */
  lastWordEnd: number;
  /** The words of the first sentence, in order. */
  leadWords: LeadWord[];
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
  let lastWordEnd = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].kind !== TokenKind.Punct && tokens[i].kind !== TokenKind.Quote) {
      lastWordEnd = tokens[i].end;
      break;
    }
  }
  const leadWords: LeadWord[] = [];
  const lead = sentences[0];
  if (lead) for (let i = lead.first; i < lead.last; i++) leadWords.push({ lower: tokens[i].lower, start: tokens[i].start, end: tokens[i].end, token: i });
  return { tokenCount: tokens.length, lastWordEnd, leadWords, sentences, sentenceSpans, names, roles, quotes, frames, dates, firstPersonOutsideQuotes };
}
