// Finds who is reported as saying what in a paragraph: reporting cues, their speaker phrase and the reported content.
import { CUE_ADVERBS, NEGATORS, WORDS_BEFORE_CUE } from '../../lexicon/cues';
import type { ReportingVerb } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, isCapitalized, type Token } from '../../text/tokens';
import type { NameCandidate, RoleMention } from '../names/candidate';
import type { MarkedQuote } from '../quotes';
import {
  backwardContent,
  characterises,
  continuesAsClause,
  endsAttribution,
  forwardContent,
  opensContent,
  quotationFollows,
} from './content';
import { makeFrame, type AttributionFrame, type SpeakerMatch } from './frame';
import { addUnattributedQuotes } from './quotesWithoutCue';
import { CUE_WINDOW, createReader, isWordToken, lastWordEnd, type AttributionReader } from './reader';
import { appositiveSpeaker, sentenceSubject, speakerEndingAt, speakerStartingAt } from './speakers';
import { transcriptTurn } from './transcript';

const wordsBetweenSpeakerAndCue = new Set([...CUE_ADVERBS, ...WORDS_BEFORE_CUE]);
const negators = new Set(NEGATORS);

/** A reporting verb at token `token` of a sentence (or of the window read around it in a long one). */
interface Cue {
  token: number;
  verb: ReportingVerb;
  sentence: SentenceRange;
  sentenceIndex: number;
}

/** Finds attributed statements in one paragraph. */
export function findAttributions(
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  names: readonly NameCandidate[],
  roles: readonly RoleMention[],
  quotes: readonly MarkedQuote[],
): AttributionFrame[] {
  const reader = createReader(tokens, sentences, names, roles, quotes);
  const turn = transcriptTurn(reader);
  if (turn !== undefined) return turn ? [turn] : [];
  const inQuote = new Uint8Array(tokens.length);
  for (const quote of quotes) if (quote.depth === 0) inQuote.fill(1, quote.openToken, Math.min(quote.afterToken, tokens.length));
  const frames: AttributionFrame[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentenceFrames = framesOfSentence(reader, s, inQuote);
    endStatementsAtNextCue(tokens, sentenceFrames);
    for (const frame of sentenceFrames) frames.push(frame);
  }
  addUnattributedQuotes(reader, frames);
  return frames;
}

/** The frames of one sentence, cue by cue, outside quotations. */
function framesOfSentence(reader: AttributionReader, sentenceIndex: number, inQuote: Uint8Array): AttributionFrame[] {
  const { tokens, lex } = reader;
  const whole = reader.sentences[sentenceIndex];
  const frames: AttributionFrame[] = [];
  for (let c = whole.first; c < whole.last; c++) {
    const token = tokens[c];
    if (token.kind !== TokenKind.Word || inQuote[c]) continue;
    // Every look around a cue stays within a window of the sentence, so a run-on text stays linear.
    const sentence = whole.last - whole.first <= 2 * CUE_WINDOW ? whole : cueWindow(whole, c);
    if (token.lower === 'according' && tokens[c + 1]?.lower === 'to') {
      const frame = accordingTo(reader, c, sentence);
      if (frame) frames.push(frame);
      continue;
    }
    const verb = lex.reportingVerbs.get(token.lower);
    if (!verb || (isCapitalized(token) && c !== sentence.first)) continue;
    if (insideEarlierStatement(tokens, c, verb, frames[frames.length - 1])) continue;
    const frame = frameForCue(reader, { token: c, verb, sentence, sentenceIndex }, frames);
    if (frame) frames.push(frame);
  }
  return frames;
}

/** The stretch of a long sentence read around the cue at `c`. */
function cueWindow(sentence: SentenceRange, c: number): SentenceRange {
  return { first: Math.max(sentence.first, c - CUE_WINDOW), last: Math.min(sentence.last, c + CUE_WINDOW) };
}

/**
 * A cue inside what an earlier cue of its sentence reports is part of that statement ("He said his party had
 * warned the Premier …"), unless it continues the attribution (", adding …").
 */
function insideEarlierStatement(tokens: readonly Token[], c: number, verb: ReportingVerb, earlier: AttributionFrame | undefined): boolean {
  if (!earlier || earlier.contentStart > tokens[c].start || tokens[c].end > earlier.contentEnd) return false;
  return !(verb.form === 'gerund' && tokens[c - 1]?.text === ',');
}

/** A statement ends where the next cue of the same sentence takes over (", adding …", ", saying …"). */
function endStatementsAtNextCue(tokens: readonly Token[], frames: AttributionFrame[]): void {
  for (let f = 0; f < frames.length - 1; f++) {
    const current = frames[f];
    const next = frames[f + 1];
    if (current.contentEnd <= next.cueStart || current.contentStart >= next.cueStart || current.kind !== 'indirect') continue;
    let end = next.cueToken;
    while (end > 0 && (tokens[end - 1].kind === TokenKind.Punct || tokens[end - 1].lower === 'and')) end--;
    if (end > 0 && tokens[end - 1].end > current.contentStart) current.contentEnd = tokens[end - 1].end;
  }
}

/** "according to X, …" / "…, according to X": the source after the cue, the statement on the other side. */
function accordingTo(reader: AttributionReader, c: number, sentence: SentenceRange): AttributionFrame | undefined {
  const { tokens, names } = reader;
  const afterArticle = tokens[c + 2]?.lower === 'the' || tokens[c + 2]?.lower === 'a';
  let speaker = speakerStartingAt(reader, c + 2, sentence.last);
  if (!speaker && afterArticle) speaker = speakerStartingAt(reader, c + 3, sentence.last);
  if (!speaker) return undefined;
  // "according to a police spokesman, Ketut Ardana,": the name in apposition is the source.
  const apposed = tokens[speaker.last]?.text === ',' ? reader.nameStartingAt[speaker.last + 1] : -1;
  if (speaker.ref.kind === 'generic' && apposed >= 0) {
    speaker = { ref: { kind: 'name', name: apposed }, first: speaker.first, last: names[apposed].lastToken };
  }
  let contentFirst: number;
  let contentLast: number;
  const atStart = c === sentence.first || (c === sentence.first + 1 && tokens[sentence.first].kind !== TokenKind.Word);
  if (atStart) {
    let k = speaker.last;
    while (k < sentence.last && tokens[k].text !== ',') k++;
    contentFirst = k + 1;
    contentLast = lastWordEnd(tokens, contentFirst, sentence.last);
  } else {
    contentFirst = sentence.first;
    while (contentFirst < c && tokens[contentFirst].kind === TokenKind.Quote) contentFirst++;
    contentLast = lastWordEnd(tokens, contentFirst, c);
  }
  if (contentLast - contentFirst < 3) return undefined;
  const content = { first: contentFirst, last: contentLast, kind: 'indirect' as const, unmarked: false };
  return makeFrame(tokens, speaker, { first: c, last: c + 2 }, content);
}

/** The frame of a reporting verb: its speaker before or after it, and what it reports. */
function frameForCue(reader: AttributionReader, cue: Cue, sentenceFrames: readonly AttributionFrame[]): AttributionFrame | undefined {
  const { token: c, verb, sentence } = cue;
  if (isDenied(reader.tokens, c)) return undefined;
  if (verb.quotationOnly && !reportsQuotation(reader, c, verb, sentence)) return undefined;
  // Participial cue: ", adding: …", ", saying it would …", ", telling him …".
  if (verb.form === 'gerund') return participialFrame(reader, cue, sentenceFrames[sentenceFrames.length - 1]);
  if (verb.form === 'base' && !afterPluralSubject(reader, c)) return undefined;
  const found = speakerOfCue(reader, cue);
  return found ? frameWithContent(reader, cue, found.speaker, found.inverted) : undefined;
}

/** "did not say", "refused to comment", "never told": the statement is denied or deferred. */
function isDenied(tokens: readonly Token[], c: number): boolean {
  const previous = tokens[c - 1];
  if (!previous) return false;
  if (negators.has(previous.lower)) return true;
  return (previous.lower === 'did' || previous.lower === 'does') && tokens[c - 2] !== undefined && negators.has(tokens[c - 2].lower);
}

/** A quotation-only verb ("reads", "called", "described") reports only with a quotation, a colon or a verdict after it. */
function reportsQuotation(reader: AttributionReader, c: number, verb: ReportingVerb, sentence: SentenceRange): boolean {
  return opensContent(reader, c + 1) || quotationFollows(reader, c + 1, sentence.last) || characterises(reader, c, verb, sentence.last);
}

/** A base-form verb ("say") reports only after a plural or first- or second-person subject ("they say", "officials say"). */
function afterPluralSubject(reader: AttributionReader, c: number): boolean {
  const previous = reader.tokens[c - 1];
  if (!previous) return false;
  const lower = previous.lower;
  if (lower === 'they' || lower === 'we' || lower === 'i' || lower === 'you') return true;
  return lower.endsWith('s') && reader.lex.genericSpeakers.has(lower);
}

/**
 * ", adding: …" goes on with the sentence's earlier statement, or else with its subject; "with Boswell stating: …"
 * (no comma or "and" before the gerund) is an absolute construction whose speaker comes right before.
 */
function participialFrame(reader: AttributionReader, cue: Cue, earlier: AttributionFrame | undefined): AttributionFrame | undefined {
  const { tokens } = reader;
  const { token: c, verb, sentence } = cue;
  const previous = tokens[c - 1];
  const cueTokens = { first: c, last: c + 1 };
  if (previous && previous.text !== ',' && previous.lower !== 'and') {
    const subject = speakerEndingAt(reader, c - 1, sentence.first);
    if (!subject || subject.ref.kind === 'generic') return undefined;
    const content = forwardContent(reader, c, verb, sentence);
    return content ? makeFrame(tokens, subject, cueTokens, content) : undefined;
  }
  if (!previous || !(previous.text === ',' || (previous.lower === 'and' && earlier !== undefined))) return undefined;
  const speaker: SpeakerMatch | undefined = earlier ? { ref: earlier.speaker, first: -1, last: -1 } : sentenceSubject(reader, sentence, c);
  if (!speaker) return undefined;
  const content = forwardContent(reader, c, verb, sentence);
  return content ? makeFrame(tokens, speaker, cueTokens, content, earlier) : undefined;
}

/**
 * The speaker before the cue, across adverbs, auxiliaries or an appositive clause ("Paul Dewar, an Ottawa MP, said");
 * else, after content, the speaker written after it ("…, said Peskov.", `"…," wrote Kuleba`), which inverts the order.
 */
function speakerOfCue(reader: AttributionReader, cue: Cue): { speaker: SpeakerMatch; inverted: boolean } | undefined {
  const { tokens } = reader;
  const { token: c, sentence } = cue;
  let k = c - 1;
  while (k >= sentence.first && k > c - 4 && isWordToken(tokens[k]) && wordsBetweenSpeakerAndCue.has(tokens[k].lower)) k--;
  const before = speakerEndingAt(reader, k, sentence.first);
  if (before) return { speaker: before, inverted: false };
  const apposed = tokens[k]?.text === ',' ? appositiveSpeaker(reader, k, sentence.first) : undefined;
  if (apposed) return { speaker: apposed, inverted: false };
  const previous = tokens[c - 1];
  const closesQuote = reader.quoteClosingBefore[c] >= 0;
  const afterContent = previous !== undefined && (previous.text === ',' || previous.kind === TokenKind.Quote || closesQuote);
  const after = afterContent ? speakerStartingAt(reader, c + 1, sentence.last) : undefined;
  return after ? { speaker: after, inverted: true } : undefined;
}

/**
 * Where is the content? After the cue when a quotation, "that" or a colon follows it; otherwise before the speaker
 * (trailing attribution: "…, Ushakov said."); otherwise a bare clause after it. A quotation closing just before the
 * speaker comes first: in `"A," he said, "B."` both halves are claims, and the second one follows the first.
 */
function frameWithContent(reader: AttributionReader, cue: Cue, speaker: SpeakerMatch, inverted: boolean): AttributionFrame | undefined {
  const { tokens } = reader;
  const { token: c, verb, sentence } = cue;
  const cueTokens = { first: c, last: cueEndToken(reader, c) };
  const tail = inverted ? speaker.last : cueTokens.last;
  const quotedBefore = backwardContent(reader, inverted ? c : speaker.first, sentence, cue.sentenceIndex);
  const forwardFirst = !inverted && opensContent(reader, tail) && !quotedBefore?.marked;
  const before = forwardFirst ? undefined : quotedBefore;
  if (before) {
    // "The visit, Putin said, could show …": the cue sits inside the sentence it reports.
    if (!before.marked && tokens[tail]?.text === ',' && continuesAsClause(reader, tail + 1, sentence.last)) {
      let first = sentence.first;
      while (first < c && tokens[first].kind === TokenKind.Quote) first++;
      const whole = { first, last: lastWordEnd(tokens, first, sentence.last), kind: 'indirect' as const, unmarked: false };
      return makeFrame(tokens, speaker, cueTokens, whole);
    }
    if (endsAttribution(reader, tail, sentence.last)) {
      const content = { first: before.first, last: before.last, kind: 'direct' as const, quote: before.quote, unmarked: !before.marked };
      return makeFrame(tokens, speaker, cueTokens, content);
    }
  }
  if (inverted) return undefined;
  const content = forwardContent(reader, c, verb, sentence);
  if (!content) return undefined;
  // "described the experience as ‘humiliating’": a one-word verdict is a quotation, not a statement.
  if (verb.quotationOnly && content.last - content.first < 3) return undefined;
  return makeFrame(tokens, speaker, cueTokens, content);
}

/** Extends a cue over a following "in a statement" / "in an interview" so readers see how it was said. */
function cueEndToken(reader: AttributionReader, c: number): number {
  const { tokens } = reader;
  const a = tokens[c + 1];
  const b = tokens[c + 2];
  const d = tokens[c + 3];
  const ownerOrArticle = b?.lower === 'a' || b?.lower === 'an' || b?.lower === 'its' || b?.lower === 'his' || b?.lower === 'her';
  if (a?.lower === 'in' && ownerOrArticle && d && reader.lex.statementNouns.has(d.lower)) return c + 4;
  return c + 1;
}
