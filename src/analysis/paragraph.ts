// Everything the engine can learn from one paragraph on its own; cached by text so edits recompute only what changed.
import { findAttributions, type AttributionFrame } from './attribution';
import { findDates, type FoundDate } from './dates/findDates';
import { Fingerprint } from './fingerprint';
import { findNames, markSubjects, type DemonymMention, type NameCandidate, type RoleMention } from './names';
import { findMarkedQuotes, type MarkedQuote } from './quotes';
import { splitSentences, type SentenceRange } from './text/sentences';
import { partitionPoint } from './text/sorted';
import { tokenize, TokenKind, type Token } from './text/tokens';

/**
 * What a paragraph's opening words can say about the paragraph before it ("That was the warning of …",
 * "Those were his words", "…, she told reporters"). Kept as a few numbers: every paragraph of a long
 * document holds one in the cache, so it must not cost an object per word.
 */
export interface LeadSentence {
  /** Token range of the opening words looked at: the first sentence, at most MAX_LEAD_WORDS tokens. */
  firstToken: number;
  endToken: number;
  /** Start and end of each opening word (relative to the paragraph), two slots per word. */
  offsets: Int32Array;
  /** After an opening back-reference and copula ("That was …"), the index of the speech noun among the opening words; else -1. */
  speechNoun: number;
  /** Index of the first opening word that credits the paragraph before with speech ("said", "remarks"), or -1. */
  speechWord: number;
}

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
  frames: AttributionFrame[];
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

/** Words that open a sentence pointing back at the paragraph before ("That was the warning of …"). */
const BACK_REFERENCES = new Set(['that', 'this', 'those', 'these', 'such']);
/** Nouns for what someone said, after such a back-reference. */
const SPEECH_NOUNS = new Set(['words', 'warning', 'message', 'view', 'verdict', 'assessment', 'reaction', 'comment', 'comments', 'remarks', 'conclusion', 'argument', 'advice', 'prediction', 'promise', 'plea', 'appeal', 'answer', 'reply', 'response', 'claim', 'position', 'case']);
/** The verbs between such a back-reference and its speech noun ("That **was** the warning"). */
const COPULAS = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'came', 'comes', 'remains', 'remained']);
/** Words in a paragraph's first sentence that credit the paragraph before with speech. */
const SPEECH_WORDS = new Set(['words', 'remarks', 'comments', 'said', 'says', 'told', 'statement', 'speaking', 'spoke', 'wrote', 'added', 'message', 'according']);

const MAX_LEAD_WORDS = 40;

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
  for (const quote of quotes) if (quote.depth === 0) insideQuote.fill(1, quote.openToken, Math.min(quote.afterToken, tokens.length));
  markSubjects(tokens, sentences, names, insideQuote);
  const frames = findAttributions(tokens, sentences, names, roles, quotes);
  const dates = findDates(text, sentenceSpans, documentDate);
  let lastWordEnd = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].kind !== TokenKind.Punct && tokens[i].kind !== TokenKind.Quote) {
      lastWordEnd = tokens[i].end;
      break;
    }
  }
  const lead = sentences.length > 0 ? leadSentence(tokens, sentences[0]) : null;
  const namesPrint = new Fingerprint();
  for (const n of names) {
    namesPrint.text(n.key).text(n.stem?.key ?? '').text(n.text).text(n.role?.text ?? '').text(n.roleCountry ?? '');
    namesPrint.number(n.evidence.person).number(n.evidence.org).number(n.evidence.place).flag(n.midSentence).flag(n.initialCommon);
  }
  const namesFingerprint = namesPrint.value();
  const structureFingerprint = structureOf(names, roles, frames, quotes, lead, tokens.length, lastWordEnd, namesFingerprint, demonyms);
  const nameStarts = Int32Array.from(names, (n) => n.start);
  const nameSubjects = Uint8Array.from(names, (n) => (n.subject ? 1 : 0));
  return { tokenCount: tokens.length, lastWordEnd, lead, sentenceBounds, names, nameStarts, nameSubjects, roles, demonyms, quotes, frames, dates, namesFingerprint, structureFingerprint };
}

/** The opening words of a paragraph's first sentence: only they can point back at the paragraph before. */
function leadSentence(tokens: readonly Token[], sentence: SentenceRange): LeadSentence {
  const firstToken = sentence.first;
  const endToken = Math.min(sentence.last, sentence.first + MAX_LEAD_WORDS);
  const offsets = new Int32Array(2 * (endToken - firstToken));
  let speechWord = -1;
  for (let i = firstToken; i < endToken; i++) {
    offsets[2 * (i - firstToken)] = tokens[i].start;
    offsets[2 * (i - firstToken) + 1] = tokens[i].end;
    if (speechWord < 0 && SPEECH_WORDS.has(tokens[i].lower)) speechWord = i - firstToken;
  }
  let speechNoun = -1;
  // "That was the warning of …", "Those were his words": a demonstrative, a copula, then what was said.
  if (endToken - firstToken >= 2 && BACK_REFERENCES.has(tokens[firstToken].lower) && COPULAS.has(tokens[firstToken + 1].lower)) {
    for (let i = firstToken; i < endToken && i - firstToken <= 5 && speechNoun < 0; i++) if (SPEECH_NOUNS.has(tokens[i].lower)) speechNoun = i - firstToken;
  }
  return { firstToken, endToken, offsets, speechNoun, speechWord };
}

/** Counts the names that start before an offset (names are in reading order). */
function namesBefore(names: readonly NameCandidate[], offset: number): number {
  return partitionPoint(names.length, (i) => names[i].start < offset);
}

function structureOf(
  names: readonly NameCandidate[],
  roles: readonly RoleMention[],
  frames: readonly AttributionFrame[],
  quotes: readonly MarkedQuote[],
  lead: LeadSentence | null,
  tokenCount: number,
  lastWordEnd: number,
  namesFingerprint: number,
  demonyms: readonly DemonymMention[],
): number {
  const f = new Fingerprint().number(namesFingerprint);
  for (const demonym of demonyms) f.text(demonym.country);
  const leadLast = lead?.endToken ?? 0;
  for (const n of names) f.flag(n.subject).flag(n.lastToken <= leadLast && n.firstToken >= 0);
  for (const role of roles) f.text(role.head).text(role.country ?? '').text(role.text).number(namesBefore(names, role.start));
  for (const frame of frames) {
    const speaker = frame.speaker;
    f.text(speaker.kind);
    if (speaker.kind === 'name') f.number(speaker.name);
    else if (speaker.kind === 'role') f.number(speaker.role);
    else if (speaker.kind === 'pronoun') f.text(speaker.word);
    else if (speaker.kind === 'generic') f.text(speaker.head).number(speaker.name ?? -1).text(speaker.owner ?? '').flag(speaker.indefinite === true).text(speaker.country ?? '');
    f.text(frame.kind).number(frame.quote ?? -1).flag(frame.unmarkedQuote).flag(frame.contentEnd >= lastWordEnd);
    f.flag(frame.cueEnd - frame.cueStart > 12 && frame.cueToken >= 0).number(namesBefore(names, Math.min(frame.cueStart, frame.speakerStart)));
  }
  for (const quote of quotes) f.number(quote.depth).flag(quote.openToken === 0).flag(quote.afterToken >= tokenCount - 1).flag(quote.unclosed);
  // Of the first sentence only what can credit the paragraph before: its speech noun or word.
  f.number(lead?.speechNoun ?? -2).number(lead?.speechWord ?? -2);
  return f.flag(tokenCount === 0).value();
}
