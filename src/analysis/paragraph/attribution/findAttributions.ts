// Finds who is reported as saying what in a paragraph: reporting cues, their speaker phrase and the reported content.
import { WEEKDAYS } from '../../lexicon/calendar';
import {
  BE_AUXILIARIES, CUE_ADVERBS, GERUND_PREPOSITIONS, GOING_ON_TO, INFINITIVE_CUES, MODAL_AUXILIARIES, NEGATORS, TIME_ADJUNCT_OPENERS,
  TIME_ADJUNCT_WORDS, WORDS_BEFORE_CUE,
} from '../../lexicon/cues';
import { APPOSITION_OPENERS } from '../../lexicon/functionWords';
import type { ReportingVerb } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, isCapitalized, type Token } from '../../text/tokens';
import type { NameCandidate, RoleMention } from '../names/candidate';
import type { MarkedQuote } from '../quotes';
import { bibliographyEntry } from './bibliography';
import {
  backwardContent,
  continuesAsClause,
  forwardContent,
  holdsFiniteCue,
  looksLikeClause,
  opensContent,
  opensWithSubjectPronoun,
} from './content';
import { accordingTo } from './accordingTo';
import { asAttribution } from './asAttribution';
import { cueAt, reportsQuotation } from './cueVerb';
import { writesJudgement } from './evaluation';
import { quotedAsSpeaker } from './quotedAs';
import { endsAttribution } from './trailer';
import { addContinuedSpeech } from './continuedSpeech';
import { makeFrame, type AttributionFrame, type ContentRange, type SpeakerMatch } from './frame';
import { addUnattributedQuotes } from './quotesWithoutCue';
import { beforeHedge, goesOnAfterAside, joinsVerbs, relativeClauseContent } from './asides';
import { CUE_WINDOW, createReader, isLowerWord, isWordToken, lastWordEnd, sentenceStops, type AttributionReader } from './reader';
import {
  appositiveSpeaker, contractedSubject, sentenceSubject, speakerDeterminers, speakerEndingAt, speakerStartingAt, subjectPronouns,
} from './speakers';
import { documentReads, issuedDocument } from './documents';
import { afterPluralSubject, beforePause, speakerBeforeEtAl, subjectOfListedVerb } from './cueSubject';
import { signedStatement } from './signature';
import { splitsSubjectFromVerb } from './splitSubject';
import { beforeTag } from './tags';
import { transcriptTurn } from './transcript';

const beAuxiliaries = new Set(BE_AUXILIARIES);
const modalAuxiliaries = new Set(MODAL_AUXILIARIES);
const wordsBetweenSpeakerAndCue = new Set([...CUE_ADVERBS, ...WORDS_BEFORE_CUE, ...BE_AUXILIARIES, ...MODAL_AUXILIARIES]);
const negators = new Set(NEGATORS);
const infinitiveCues = new Set(INFINITIVE_CUES);
const goingOnTo = new Set(GOING_ON_TO);
const timeWords = new Set([...WEEKDAYS, ...TIME_ADJUNCT_WORDS]);
const timeOpeners = new Set(TIME_ADJUNCT_OPENERS);
const appositionOpeners = new Set(APPOSITION_OPENERS);
const gerundPrepositions = new Set(GERUND_PREPOSITIONS);
/** Words of a description looked at before a speaker's name. */
const MAX_DESCRIPTION = 8;
/** Words between a weaker cue and the "that" of its complement ("reassured them on Monday that"). */
const MAX_WORDS_BEFORE_THAT = 3;
/** Tokens of an apposition looked at between a speaker and its cue. */
const MAX_APPOSITION = 18;

/** A reporting verb at token `token` of a sentence (or of the window read around it in a long one). */
interface Cue {
  token: number;
  /** The cue's last token: the verb, or the particle of a phrasal verb ("pointed out"). */
  anchor: number;
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
  const entry = bibliographyEntry(reader);
  if (entry) return [entry];
  const inQuote = new Uint8Array(tokens.length);
  for (const quote of quotes) if (quote.depth === 0) inQuote.fill(1, quote.openToken, Math.min(quote.afterToken, tokens.length));
  const frames: AttributionFrame[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentenceFrames = framesOfSentence(reader, s, inQuote);
    endStatementsAtNextCue(tokens, sentenceFrames);
    for (const frame of sentenceFrames) frames.push(frame);
  }
  addContinuedSpeech(reader, frames);
  const signed = signedStatement(reader);
  if (signed) frames.push(signed);
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
    const found = cueAt(lex, tokens, c);
    if (!found || (isCapitalized(token) && c !== sentence.first)) continue;
    const { verb, anchor } = found;
    if (insideEarlierStatement(tokens, c, verb, frames[frames.length - 1])) continue;
    const frame = frameForCue(reader, { token: c, anchor, verb, sentence, sentenceIndex }, frames);
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

/** The frame of a reporting verb: its speaker before or after it, and what it reports. */
function frameForCue(reader: AttributionReader, cue: Cue, sentenceFrames: readonly AttributionFrame[]): AttributionFrame | undefined {
  const { token: c, verb, sentence } = cue;
  if (isDenied(reader.tokens, c) || (verb.evaluative && !writesJudgement(reader, cue.anchor, sentence.last))) return undefined;
  // "I am sure that …, Doe said": the stance is inside what a later cue reports.
  if (verb.stance && holdsFiniteCue(reader, c + 1, sentence.last)) return undefined;
  const documentRead = documentReads(reader, c, verb);
  if (verb.quotationOnly && !documentRead && !reportsQuotation(reader, c, cue.anchor, verb, sentence)) return undefined;
  const auxiliary = auxiliaryBefore(reader.tokens, c, sentence.first);
  // Participial cue: ", adding: …", ", saying it would …", ", telling him …"; but "is saying" is a finite verb group.
  if (verb.form === 'gerund' && !(auxiliary && beAuxiliaries.has(auxiliary))) {
    const frame = participialFrame(reader, cue, sentenceFrames[sentenceFrames.length - 1]);
    return frame && verb.derived && !statesExplicitly(reader, cue, frame) ? undefined : frame;
  }
  // "say" reports after a plural subject ("officials say"), or with its complement written out after a modal ("would
  // argue that").
  const afterModal = verb.form === 'base' && !documentRead && !afterPluralSubject(reader, c);
  const goesOnTo = reader.tokens[c - 1]?.lower === 'to';
  if (afterModal && !(auxiliary && modalAuxiliaries.has(auxiliary)) && !goesOnTo) return undefined;
  // "was told", "is reported by the agency": a passive verb group, whose subject is no speaker.
  if (auxiliary && beAuxiliaries.has(auxiliary) && (verb.form === 'past' || verb.form === 'participle')) return passiveFrame(reader, cue);
  const asFrame = asAttribution(reader, cue.token, cue.anchor, sentence);
  if (asFrame) return asFrame;
  const found = speakerOfCue(reader, cue, sentenceFrames);
  const frame = found ? frameWithContent(reader, cue, found.speaker, found.inverted) : undefined;
  // "I would note there was …": a speaker announcing what they say now says it.
  const performative = afterModal && found !== undefined && found.speaker.ref.kind === 'pronoun' && found.speaker.ref.word === 'i';
  return frame && (verb.explicitOnly || (afterModal && !performative)) && !statesExplicitly(reader, cue, frame) ? undefined : frame;
}

/** "It was first reported by the Times that …": the speaker after "by", the content after it. */
function passiveFrame(reader: AttributionReader, cue: Cue): AttributionFrame | undefined {
  const { tokens } = reader;
  const { token: c, anchor, verb, sentence } = cue;
  if (tokens[anchor + 1]?.lower !== 'by') return undefined;
  const speaker = speakerStartingAt(reader, anchor + 2, sentence.last);
  if (!speaker || !opensContent(reader, speaker.last)) return undefined;
  const content = forwardContent(reader, speaker.last - 1, verb, sentence);
  return content ? makeFrame(tokens, speaker, { first: c, last: anchor + 1 }, content) : undefined;
}

/** The auxiliary of the cue's verb group, across adverbs ("has repeatedly said", "would later argue"). */
function auxiliaryBefore(tokens: readonly Token[], c: number, sentenceFirst: number): string | undefined {
  for (let k = c - 1; k >= sentenceFirst && k >= c - 3; k--) {
    const token = tokens[k];
    if (!isWordToken(token)) return undefined;
    if (beAuxiliaries.has(token.lower) || modalAuxiliaries.has(token.lower)) return token.lower;
    // "I'm conceding", "you'd say": the auxiliary written into the subject.
    const contracted = contractedSubject(token);
    if (contracted) return contracted.auxiliary;
    if (!wordsBetweenSpeakerAndCue.has(token.lower) && !token.lower.endsWith('ly')) return undefined;
  }
  return undefined;
}

/**
 * A weaker cue (a verb of communication not among the hand-made ones: "joked", "cautioned") reports only with its
 * complement written out: a marked quotation, speech after a colon, or "that" and a clause.
 */
function statesExplicitly(reader: AttributionReader, cue: Cue, frame: AttributionFrame): boolean {
  const { tokens, lex } = reader;
  // A cue that takes a noun phrase ("called for an inquiry") states it by naming it, once it is said ("would call for"
  // is not yet).
  const said = cue.verb.form !== 'base';
  if (said && lex.nounPhraseCues.has(cue.verb.particle ? `${cue.verb.lemma}_${cue.verb.particle}` : cue.verb.lemma)) return true;
  let first = 0;
  while (first < tokens.length && tokens[first].start < frame.contentStart) first++;
  const marked = frame.quote !== undefined && !frame.unmarkedQuote;
  // A quotation before the cue (`"…," she joked`), or right after it, past a colon or comma (`joked: "…"`).
  if (marked && (first < cue.token || first - cue.anchor <= 3)) return true;
  if (first <= cue.anchor) return false;
  const before = tokens[first - 1];
  if (before.text === ':') return true;
  // "that" right after the cue, its addressee or a short adjunct; further on it is a relative ("a foul that sent …").
  if (before.lower !== 'that' || first - 1 - cue.anchor > MAX_WORDS_BEFORE_THAT) return false;
  // "that the …", "that he …", "that Doe …": after "that" a determiner, a pronoun or a name starts a clause.
  const opener = tokens[first];
  if (isCapitalized(opener) || speakerDeterminers.has(opener.lower) || subjectPronouns.has(opener.lower)) return true;
  let last = first;
  while (last < tokens.length && tokens[last].end <= frame.contentEnd) last++;
  return looksLikeClause(reader, first, last);
}

/** "did not say", "refused to comment", "never told": the statement is denied or deferred. */
function isDenied(tokens: readonly Token[], c: number): boolean {
  const previous = tokens[c - 1];
  if (!previous) return false;
  // "went on to say", "was quick to add": "to" defers nothing there.
  if (previous.lower === 'to' && goingOnTo.has(tokens[c - 2]?.lower ?? '')) return false;
  if (negators.has(previous.lower)) return true;
  return (previous.lower === 'did' || previous.lower === 'does') && tokens[c - 2] !== undefined && negators.has(tokens[c - 2].lower);
}

/**
 * ", adding: …" goes on with the sentence's earlier statement, or else with its subject; "with Boswell stating: …"
 * (no comma or "and" before the gerund) is an absolute construction whose speaker comes right before.
 */
function participialFrame(reader: AttributionReader, cue: Cue, earlier: AttributionFrame | undefined): AttributionFrame | undefined {
  const { tokens } = reader;
  const { token: c, sentence } = cue;
  // "are you, arguing …": past a spoken pause after the subject.
  const end = beforePause(tokens, c);
  const previous = tokens[end];
  const cueTokens = { first: c, last: cue.anchor + 1 };
  const quoted = quotedAsSpeaker(reader, c, sentence.first);
  if (quoted) {
    const content = objectOrClause(reader, cue);
    return content ? makeFrame(tokens, quoted, { first: c - 2, last: cue.anchor + 1 }, content) : undefined;
  }
  // "distanced himself by saying …", "responded before adding that …": the gerund goes on with the clause's verb.
  const joined =
    previous !== undefined && (previous.text === ',' || previous.lower === 'and' || gerundPrepositions.has(previous.lower));
  if (previous && !joined) {
    const subject = issuedDocument(reader, speakerEndingAt(reader, end, sentence.first), sentence);
    if (!subject || subject.ref.kind === 'generic') return undefined;
    const content = objectOrClause(reader, cue);
    return content ? makeFrame(tokens, subject, cueTokens, content) : undefined;
  }
  if (!previous || (previous.lower === 'and' && earlier === undefined)) return undefined;
  const speaker: SpeakerMatch | undefined = earlier
    ? { ref: earlier.speaker, first: -1, last: -1 }
    : subjectOfVerbBefore(reader, cue) ?? sentenceSubject(reader, sentence, c);
  if (!speaker) return undefined;
  const content = objectOrClause(reader, cue);
  return content ? makeFrame(tokens, speaker, cueTokens, content, earlier) : undefined;
}

/** "where Doe begins by asserting …": the subject right before the verb that the preposition of the gerund follows. */
function subjectOfVerbBefore(reader: AttributionReader, cue: Cue): SpeakerMatch | undefined {
  const { tokens, lex } = reader;
  const { token: c, sentence } = cue;
  const verb = tokens[c - 2];
  const afterVerb = gerundPrepositions.has(tokens[c - 1]?.lower ?? '') && isLowerWord(verb) && lex.commonClasses(verb.lower)?.includes('v');
  if (!afterVerb) return undefined;
  const subject = speakerEndingAt(reader, c - 3, sentence.first);
  return subject?.ref.kind === 'name' ? subject : undefined;
}

/**
 * The speaker before the cue, across adverbs, auxiliaries or an appositive clause ("Paul Dewar, an Ottawa MP, said");
 * else, after content, the speaker written after it ("…, said Peskov.", `"…," wrote Kuleba`), which inverts the order.
 */
function speakerOfCue(
  reader: AttributionReader,
  cue: Cue,
  sentenceFrames: readonly AttributionFrame[],
): { speaker: SpeakerMatch; inverted: boolean } | undefined {
  const { tokens } = reader;
  const { token: c, sentence } = cue;
  let k = beforePause(tokens, c);
  // "went on to say", "was quick to add": back over "to" and the verb group it goes on with.
  if (tokens[k]?.lower === 'to' && goingOnTo.has(tokens[k - 1]?.lower ?? '')) {
    k -= 2;
    if (isLowerWord(tokens[k]) && !negators.has(tokens[k].lower)) k--;
  }
  k = beforeHedge(tokens, k);
  const verbEnd = k;
  while (k >= sentence.first && k > verbEnd - 4 && isBetweenSpeakerAndCue(tokens[k])) k--;
  // "Clinton on Tuesday said", "Grassley (R-Iowa) on Wednesday said": back over a short adjunct of time.
  k = beforeTag(reader, beforeTimeAdjunct(reader, k, sentence.first), sentence.first);
  // "McConnell embraced the mogul and said …", "…, but told …", "…, then says …": the subject of the first verb speaks.
  if (k > sentence.first && joinsVerbs(tokens, k)) {
    const subject = sentenceSubject(reader, sentence, k);
    // The subject opens the sentence (or follows an opening phrase) and its verb follows it ("BERGEN, Norway —" is a
    // dateline); no other cue that reports something stands between it and "and" ("tweeted to him and said" has
    // none), nor a cue after this one (", Qin said" reports the whole).
    const opens = subject !== undefined && (subject.first === sentence.first || tokens[subject.first - 1]?.text === ',');
    const verbFollows = subject !== undefined && isLowerWord(tokens[afterSubjectAside(tokens, subject.last, k)]);
    const reportsBefore = (from: number): boolean =>
      holdsFiniteCue(reader, from, k) && sentenceFrames.some((frame) => frame.cueToken >= from && frame.cueToken < k);
    const ownCue = subject !== undefined && !reportsBefore(subject.last) && !holdsFiniteCue(reader, c + 1, sentence.last);
    if (subject && opens && verbFollows && ownCue) return { speaker: subject, inverted: false };
  }
  const from = sentence.first;
  const before = speakerEndingAt(reader, k, from) ?? beforeParenthesis(reader, k, from) ?? speakerBeforeEtAl(reader, k, from);
  if (before) return { speaker: coordinated(reader, withinClause(tokens, before), sentence.first), inverted: false };
  const comma = tokens[k]?.text === ',';
  const apposed = comma ? appositiveSpeaker(reader, k, sentence.first) ?? parenthesisedHead(reader, k, sentence) : undefined;
  const after = invertedSpeaker(reader, cue);
  // "The agency said the director, John Doe, has denied …": the apposed name is inside the agency's report. A head
  // that is no name yields to a name after the cue ("…, and his wife did well, said Jane Doe").
  const namedAfter = after !== undefined && after.ref.kind === 'name' && apposed?.ref.kind !== 'name';
  if (apposed && !namedAfter && !holdsFiniteCue(reader, sentence.first, apposed.first)) {
    // "Doe and Roe, both members of the board, said": the coordination speaks, the first name for it.
    return { speaker: coordinated(reader, apposed, sentence.first), inverted: false };
  }
  const listed = after ? undefined : subjectOfListedVerb(reader, k, cue.anchor, sentence);
  return after ? { speaker: after, inverted: true } : listed && { speaker: listed, inverted: false };
}

/** The speaker written after the cue when content closes before it: `"…," wrote Kuleba`, "…, said Peskov.". */
function invertedSpeaker(reader: AttributionReader, cue: Cue): SpeakerMatch | undefined {
  const { tokens } = reader;
  const { token: c, sentence } = cue;
  const previous = tokens[c - 1];
  const closesQuote = reader.quoteClosingBefore[c] >= 0;
  // (After "?" or "!", the speech ended the sentence before: "Why wait? asked Doe.")
  const stopped = previous?.text === '?' || previous?.text === '!';
  const afterContent = previous !== undefined && (previous.text === ',' || previous.kind === TokenKind.Quote || closesQuote || stopped);
  return afterContent ? speakerStartingAt(reader, c + 1, sentence.last) : undefined;
}

/**
 * Where the verb of a subject ending before token `k` may stand: past a short parenthesis ("Doe (R-Ore.) blasted …")
 * or an apposition between commas ("Doe, a former chairman, became …"), before `limit`.
 */
function afterSubjectAside(tokens: readonly Token[], k: number, limit: number): number {
  const opener = tokens[k]?.text;
  if (opener !== '(' && opener !== ',') return k;
  const closer = opener === '(' ? ')' : ',';
  const reach = opener === '(' ? MAX_PARENTHESIS : MAX_APPOSITION;
  for (let j = k + 1; j < limit && j <= k + reach; j++) {
    if (tokens[j].text === closer) return j + 1;
    if (opener === ',' && tokens[j].kind !== TokenKind.Word && tokens[j].kind !== TokenKind.Number) return k;
  }
  return k;
}

/** Longest adjunct of time read between a speaker and its cue ("on Tuesday", "earlier this week"). */
const MAX_TIME_ADJUNCT = 4;

/** Where a speaker may end before an adjunct of time ending at `k` ("Clinton on Tuesday said"); `k` when there is none. */
function beforeTimeAdjunct(reader: AttributionReader, k: number, sentenceFirst: number): number {
  const { tokens } = reader;
  let j = k;
  while (j > sentenceFirst && j > k - MAX_TIME_ADJUNCT && isWordToken(tokens[j]) && timeWords.has(tokens[j].lower)) j--;
  if (j === k || !isWordToken(tokens[j + 1]) || !timeOpeners.has(tokens[j + 1].lower)) return k;
  return j;
}

/** Longest parenthesis read after a speaker's name ("Rep. Earl Blumenauer (D-Ore.) said"). */
const MAX_PARENTHESIS = 8;

/**
 * The speaker before a short parenthesis that ends at token `k` ("Rep. Earl Blumenauer (D-Ore.)"), or before the
 * brackets of a citation ("Doe [13, 14] argues"), spanning it.
 */
function beforeParenthesis(reader: AttributionReader, k: number, sentenceFirst: number): SpeakerMatch | undefined {
  const { tokens } = reader;
  const closer = tokens[k]?.text;
  if (closer !== ')' && closer !== ']') return undefined;
  const opener = closer === ')' ? '(' : '[';
  let open = k - 1;
  while (open > sentenceFirst && open > k - MAX_PARENTHESIS && tokens[open].text !== opener && tokens[open].text !== closer) open--;
  if (tokens[open]?.text !== opener) return undefined;
  const speaker = speakerEndingAt(reader, open - 1, sentenceFirst) ?? speakerBeforeEtAl(reader, open - 1, sentenceFirst);
  return speaker && speaker.ref.kind !== 'pronoun' ? { ref: speaker.ref, first: speaker.first, last: k + 1 } : undefined;
}

/**
 * "Rep. Elijah Cummings (D-Md.), chair of the committee, said": the head before a parenthesis and one apposition,
 * when the head opens the sentence or follows a quotation.
 */
function parenthesisedHead(reader: AttributionReader, comma: number, sentence: SentenceRange): SpeakerMatch | undefined {
  const { tokens } = reader;
  let j = comma - 1;
  while (j > sentence.first && j > comma - MAX_APPOSITION && tokens[j].text !== ',') j--;
  if (tokens[j]?.text !== ',' || !isWordToken(tokens[j + 1])) return undefined;
  const head = beforeParenthesis(reader, j - 1, sentence.first);
  if (!head) return undefined;
  const before = tokens[head.first - 1];
  return head.first === sentence.first || before?.kind === TokenKind.Quote || before?.text === ',' ? head : undefined;
}

/** A speaker phrase never reaches back across a comma: a title read before the name may have ("…, general X said"). */
function withinClause(tokens: readonly Token[], speaker: SpeakerMatch): SpeakerMatch {
  for (let j = speaker.last - 1; j > speaker.first; j--) {
    if (tokens[j].text === ',') return { ref: speaker.ref, first: j + 1, last: speaker.last };
  }
  return speaker;
}

/**
 * "Grassley and Leahy said": the statement is both speakers'; the first one speaks for it, the speaker text covers
 * the coordination.
 */
function coordinated(reader: AttributionReader, speaker: SpeakerMatch, sentenceFirst: number): SpeakerMatch {
  const { tokens } = reader;
  if (speaker.ref.kind !== 'name' || tokens[speaker.first - 1]?.lower !== 'and') return speaker;
  const other = speakerEndingAt(reader, speaker.first - 2, sentenceFirst);
  if (!other || other.ref.kind !== 'name' || tokens[other.first - 1]?.text === ',') return speaker;
  return { ref: other.ref, first: other.first, last: speaker.last };
}

/**
 * Where a speaker phrase starts when a description without a verb stands before its name, back to the comma that
 * ends the statement ("…, Goddard engineer and project lead Jane Doe said").
 */
function descriptionStart(reader: AttributionReader, speakerFirst: number, sentenceFirst: number): number {
  const { tokens, lex } = reader;
  for (let k = speakerFirst - 1; k >= sentenceFirst && k >= speakerFirst - MAX_DESCRIPTION; k--) {
    const token = tokens[k];
    // A comma, or the closing mark of a quotation (`“…,” Acme spokeswoman Jane Doe said`), ends the statement.
    if (token.text === ',' || (token.kind === TokenKind.Quote && reader.quoteClosingBefore[k + 1] >= 0)) {
      return k + 1 < speakerFirst ? k + 1 : speakerFirst;
    }
    if (token.kind !== TokenKind.Word || lex.reportingVerbs.has(token.lower)) return speakerFirst;
    // Nouns, adjectives and names joined by "and" ("engineer and project lead"); not "the head of", not "when".
    // (A word the lexicon does not know is most likely a noun: "harbour engineer".)
    const classes = lex.commonClasses(token.lower) ?? 'n';
    const describes = token.lower === 'and' || isCapitalized(token) || (/[nj]/.test(classes) && !classes.includes('f'));
    if (!describes) return speakerFirst;
  }
  return speakerFirst;
}

/** Auxiliaries, adverbs and reflexives of a verb group, between its subject and the cue ("has also repeatedly said"). */
function isBetweenSpeakerAndCue(token: Token | undefined): boolean {
  if (!isWordToken(token) || isCapitalized(token)) return false;
  return wordsBetweenSpeakerAndCue.has(token.lower) || (token.lower.endsWith('ly') && token.lower.length > 4);
}

/**
 * Where is the content? After the cue when a quotation, "that" or a colon follows it; otherwise before the speaker
 * (trailing attribution: "…, Ushakov said."); otherwise a bare clause after it. A quotation closing just before the
 * speaker comes first: in `"A," he said, "B."` both halves are claims, and the second one follows the first.
 */
function frameWithContent(reader: AttributionReader, cue: Cue, speaker: SpeakerMatch, inverted: boolean): AttributionFrame | undefined {
  const { tokens } = reader;
  const { token: c, verb, sentence } = cue;
  const cueTokens = { first: c, last: cueEndToken(reader, cue.anchor) };
  const tail = inverted ? speaker.last : cueTokens.last;
  const closes = tail >= sentence.last || sentenceStops.has(tokens[tail].text);
  let quotedBefore = backwardContent(reader, inverted ? c : speaker.first, sentence, cue.sentenceIndex, closes);
  const described = inverted || quotedBefore ? speaker.first : descriptionStart(reader, speaker.first, sentence.first);
  if (described < speaker.first) {
    quotedBefore = backwardContent(reader, described, sentence, cue.sentenceIndex, closes);
    if (quotedBefore) speaker = { ref: speaker.ref, first: described, last: speaker.last };
  }
  // "…, I should say I'd like to …": a clause of its own right after the cue is what it reports.
  const ownClause = tail < sentence.last && !quotedBefore?.marked && opensWithSubjectPronoun(reader, tail);
  const objectFollows = quotedBefore !== undefined && takesObject(reader, cue);
  const forwardFirst = !inverted && (opensContent(reader, tail) || ownClause || objectFollows) && !quotedBefore?.marked;
  const before = forwardFirst ? undefined : quotedBefore;
  if (before) {
    // "The visit, Putin said, could show …": the cue sits inside the sentence it reports.
    // After "…, said Ian Adams, the agency's chief …" an apposition follows, not the rest of the statement.
    const apposition = inverted && isWordToken(tokens[tail + 1]) && appositionOpeners.has(tokens[tail + 1].lower);
    if (!before.marked && !apposition && tokens[tail]?.text === ',' && continuesAsClause(reader, tail + 1, sentence.last)) {
      return makeFrame(tokens, speaker, cueTokens, wholeSentence(tokens, sentence, c));
    }
    if (endsAttribution(reader, tail, sentence.last)) {
      const content = { first: before.first, last: before.last, kind: 'direct' as const, quote: before.quote, unmarked: !before.marked };
      return makeFrame(tokens, speaker, cueTokens, content);
    }
  }
  // "The plan, Doe said, will cost …": the attribution splits a short subject from its verb.
  if (!before && splitsSubjectFromVerb(reader, inverted ? c : speaker.first, tail, sentence)) {
    return makeFrame(tokens, speaker, cueTokens, wholeSentence(tokens, sentence, c));
  }
  if (inverted) return undefined;
  // "In the end, Doe said, the voters will …", "This campaign, Doe says, is different": after an opening phrase that is
  // no speech, the attribution between commas sits inside the sentence it reports, before a clause or the verb of
  // the subject it interrupts.
  const parenthetical = !before && tokens[speaker.first - 1]?.text === ',' && tokens[tail]?.text === ',';
  if (parenthetical && goesOnAfterAside(reader, tail + 1, sentence.last)) {
    return makeFrame(tokens, speaker, cueTokens, wholeSentence(tokens, sentence, c));
  }
  const content = relativeClauseContent(reader, speaker.first, tail, sentence) ?? objectOrClause(reader, cue);
  if (!content) return undefined;
  // "described the experience as ‘humiliating’": a one-word verdict is a quotation, not a statement.
  if (verb.quotationOnly && content.last - content.first < 3) return undefined;
  return makeFrame(tokens, speaker, cueTokens, content);
}

/**
 * "A week after the attack, Doe proposed barring all visitors": a cue whose object follows it reports that object, not
 * the opening words before its speaker; an adjunct after it ("…, Doe acknowledged on Monday") is no object.
 */
function takesObject(reader: AttributionReader, cue: Cue): boolean {
  const content = nounPhraseContent(reader, cue);
  if (!content || content.last - content.first < 3) return false;
  const opener = reader.tokens[content.first];
  return isLowerWord(opener) && reader.lex.commonClasses(opener.lower) !== 'f' && !timeWords.has(opener.lower);
}

/** The whole sentence of a cue that sits inside what it reports, without the quotation marks opening it. */
function wholeSentence(tokens: readonly Token[], sentence: SentenceRange, c: number): ContentRange {
  let first = sentence.first;
  while (first < c && tokens[first].kind === TokenKind.Quote) first++;
  return { first, last: lastWordEnd(tokens, first, sentence.last), kind: 'indirect', unmarked: false };
}

/**
 * What a cue reports after it: a quotation, a "that" clause or speech after a colon; for a cue that takes an object
 * ("called on donors to pay …, where he said …"), that object up to the clause boundary; else a bare clause.
 */
function objectOrClause(reader: AttributionReader, cue: Cue): ContentRange | undefined {
  const forward = forwardContent(reader, cue.anchor, cue.verb, cue.sentence);
  const opener = forward ? reader.tokens[forward.first - 1] : undefined;
  const explicit = forward !== undefined && (forward.kind === 'direct' || opener?.lower === 'that' || opener?.text === ':');
  return explicit ? forward : nounPhraseContent(reader, cue) ?? forward;
}

/** Longest noun phrase read as a cue's content; a longer one is rather a clause the engine cannot read. */
const MAX_NOUN_PHRASE = 40;

/**
 * "criticized the president's foreign policy", "called for an inquiry into …", "urged Congress to act": the object
 * (and its infinitive) of a cue that takes one, to the end of the sentence or a ", saying …" that goes on with it.
 */
function nounPhraseContent(reader: AttributionReader, cue: Cue): ContentRange | undefined {
  const { tokens, lex } = reader;
  const { verb, anchor, sentence } = cue;
  const takesNounPhrase = verb.evaluative === true || lex.nounPhraseCues.has(verb.particle ? `${verb.lemma}_${verb.particle}` : verb.lemma);
  if (verb.form === 'base' || !takesNounPhrase) return undefined;
  const first = anchor + 1;
  const opener = tokens[first];
  // "to" defers a statement ("refused to say"), except after a commitment, whose content it opens ("vowed to stay").
  const infinitive = opener?.lower === 'to' && infinitiveCues.has(verb.lemma);
  if (!isWordToken(opener) || opener.lower === 'that' || reader.quoteOpeningAt[first] >= 0) return undefined;
  if (negators.has(opener.lower) && !infinitive) return undefined;
  let last = first;
  while (last < sentence.last && last < first + MAX_NOUN_PHRASE) {
    const token = tokens[last];
    if (token.text === ';' || token.text === ':' || token.text === '(' || reader.quoteOpeningAt[last] >= 0 && last === first) break;
    if (token.text === ',' && (isClauseBoundary(reader, last + 1))) break;
    last++;
  }
  const end = lastWordEnd(tokens, first, last);
  if (end - first < 2 || (last === first + MAX_NOUN_PHRASE && last < sentence.last)) return undefined;
  return { first, last: end, kind: 'indirect', unmarked: false };
}

/** After a comma: a new clause, a participle going on with the cue, or another cue ("…, saying", "…, and added"). */
function isClauseBoundary(reader: AttributionReader, k: number): boolean {
  const token = reader.tokens[k];
  if (!isWordToken(token)) return true;
  const lower = token.lower;
  if (subjectPronouns.has(lower) || reader.lex.reportingVerbs.has(lower)) return true;
  // ", and …", ", where he said …", ", which …": a function word opens a clause of its own.
  if (reader.lex.commonClasses(lower) === 'f' || lower === 'and' || lower === 'but' || lower === 'where') return true;
  return lower.endsWith('ing') && (reader.lex.commonClasses(lower)?.includes('v') ?? false);
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
