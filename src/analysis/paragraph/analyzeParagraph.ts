// Everything the engine can learn from one paragraph on its own; cached by text so edits recompute only what changed.
import { findDates, type FoundDate } from '../dates/findDates';
import { splitSentences } from '../text/sentences';
import { tokenize, TokenKind, type Token } from '../text/tokens';
import { findAttributions } from './attribution/findAttributions';
import type { AttributionFrame } from './attribution/frame';
import { findLeadIn, type LeadIn } from './attribution/leadIn';
import { turnLabel } from './attribution/transcript';
import { leadSentence, type LeadSentence } from './lead';
import type { DemonymMention, NameCandidate, RoleMention } from './names/candidate';
import { findNames } from './names/findNames';
import { markSubjects } from './names/subjects';
import { findMarkedQuotes, type MarkedQuote } from './quotes';
import { namesFingerprint, structureFingerprint } from './structure';
import { NO_TURN, turnShape, type TurnShape } from './turnShape';

/**
 * A paragraph's own findings; every offset is relative to the paragraph's start. Tokens are not kept:
 * only these small findings live in the cache, so a long document's tokens die young and cheaply.
 */
export interface ParagraphAnalysis {
  tokenCount: number;
  /** End of the paragraph's last word (before closing punctuation and marks). */
  lastWordEnd: number;
  /** The first sentence's opening words; null for a paragraph without words. */
  lead: LeadSentence | null;
  /** Start and end of each sentence in characters, two slots per sentence. */
  sentenceBounds: Int32Array;
  names: NameCandidate[];
  /** Per name: its start and whether it is its sentence's subject, for document-wide passes that need only these. */
  nameStarts: Int32Array;
  nameSubjects: Uint8Array;
  roles: RoleMention[];
  /** Nationality adjectives standing for their country. */
  demonyms: DemonymMention[];
  quotes: MarkedQuote[];
  /**
   * The paragraph has no quotation of its own and ends with a closing mark: its words go on with a quotation opened in
   * a paragraph before (a long quote whose later paragraphs carry no opening mark).
   */
  closesQuote: boolean;
  frames: AttributionFrame[];
  /**
   * How the paragraph opens: 0 with no transcript label, 1 with a question label ("Q:", "QUESTION:"), the
   * interviewer's turn, 2 with another label ("DR. SMITH:", "Basse Terre:"). A label ends the turn before.
   */
  turnLabel: 0 | 1 | 2;
  /** How the paragraph reads as a turn of a dialogue without labels: a question, an answer in the first person. */
  turn: TurnShape;
  /** The paragraph ends in a lead-in naming who speaks in the quoted paragraphs after it; null when it does not. */
  leadIn: LeadIn | null;
  dates: FoundDate[];
  /**
   * Everything about the paragraph's names that typing and alias merging read: when no paragraph's
   * fingerprint changed, the document's actor decisions can be reused as they are.
   */
  namesFingerprint: number;
  /**
   * Everything the document-wide decisions read from this paragraph except its offsets: names, roles,
   * attribution frames, quotations and lead words, with their order. When no paragraph's structure
   * changed, the previous decisions hold and unchanged paragraphs' results are only moved.
   */
  structureFingerprint: number;
}

/**
 * Reads one paragraph: tokens and sentences, names and role descriptions, quotations, which name is each
 * sentence's subject, attributed statements and dates, and the fingerprints of what later stages read of them.
 */
export function analyzeParagraph(text: string, documentDate: string | null): ParagraphAnalysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const sentenceSpans = sentences.map((s) => ({ start: tokens[s.first].start, end: tokens[s.last - 1].end }));
  const sentenceBounds = new Int32Array(2 * sentences.length);
  sentenceSpans.forEach((span, i) => {
    sentenceBounds[2 * i] = span.start;
    sentenceBounds[2 * i + 1] = span.end;
  });
  const { names, roles, demonyms } = findNames(text, tokens, sentences);
  const quotes = findMarkedQuotes(text, tokens, sentences);
  const insideQuote = new Uint8Array(tokens.length + 1);
  for (const quote of quotes) {
    if (quote.depth === 0) insideQuote.fill(1, quote.openToken, Math.min(quote.afterToken, tokens.length));
  }
  markSubjects(tokens, sentences, names, insideQuote);
  const frames = findAttributions(tokens, sentences, names, roles, quotes);
  creditAuthors(frames, names);
  const dates = findDates(text, sentenceSpans, documentDate);
  const lastWordEnd = endOfLastWord(tokens);
  const lead = sentences.length > 0 ? leadSentence(tokens, sentences[0]) : null;
  const namesPrint = namesFingerprint(names);
  const tokenCount = tokens.length;
  const label = turnLabel(tokens);
  const leadIn = findLeadIn(tokens, sentences, names);
  const turn = label === 0 ? turnShape(tokens, sentences, names, insideQuote) : NO_TURN;
  const closesQuote = quotes.length === 0 && endsWithClosingMark(text, tokens);
  const structurePrint = structureFingerprint({
    names, roles, demonyms, frames, quotes, lead, tokenCount, lastWordEnd, namesFingerprint: namesPrint, turnLabel: label, leadIn, turn,
    closesQuote,
  });
  // Filled by a loop: `from` with a mapping function walks the iterator protocol, several times slower per paragraph.
  const nameStarts = new Int32Array(names.length);
  const nameSubjects = new Uint8Array(names.length);
  names.forEach((n, i) => {
    nameStarts[i] = n.start;
    nameSubjects[i] = n.subject ? 1 : 0;
  });
  return {
    tokenCount,
    lastWordEnd,
    lead,
    sentenceBounds,
    names,
    nameStarts,
    nameSubjects,
    roles,
    demonyms,
    quotes,
    closesQuote,
    frames,
    turnLabel: label,
    turn,
    leadIn,
    dates,
    namesFingerprint: namesPrint,
    structureFingerprint: structurePrint,
  };
}

/** Weight of the person evidence that writing a reference entry gives its author, as much as an age in apposition. */
const AUTHOR_EVIDENCE = 4;

/** The author of a reference entry is a person, however the surname reads alone ("London, Jack."). */
function creditAuthors(frames: readonly AttributionFrame[], names: NameCandidate[]): void {
  for (const frame of frames) {
    if (frame.author && frame.speaker.kind === 'name') names[frame.speaker.name].evidence.person += AUTHOR_EVIDENCE;
  }
}

/** Double marks that close a quotation. */
const CLOSING_MARKS = new Set(['"', '”', '»']);

/** The last token is a double closing mark written against the words before it (`… games."`). */
function endsWithClosingMark(text: string, tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined || tokens.length < 4 || last.kind !== TokenKind.Quote || !CLOSING_MARKS.has(last.text)) return false;
  return last.start > 0 && !/\s/.test(text[last.start - 1]);
}

/** End of the paragraph's last word, before closing punctuation and marks; 0 when it has none. */
function endOfLastWord(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].kind !== TokenKind.Punct && tokens[i].kind !== TokenKind.Quote) return tokens[i].end;
  }
  return 0;
}
