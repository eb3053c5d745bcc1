// "According to Doe, …", "…, according to Doe", "The pier, according to Doe, will …": the source after the cue.
import type { SentenceRange } from '../../text/sentences';
import { TokenKind } from '../../text/tokens';
import { continuesAsClause, holdsFiniteCue, looksLikeClause } from './content';
import { makeFrame, type AttributionFrame, type SpeakerMatch } from './frame';
import { isLowerWord, lastWordEnd, type AttributionReader } from './reader';
import { speakerStartingAt } from './speakers';

/** "according to X, …" / "…, according to X": the source after the cue, the statement on the other side. */
export function accordingTo(reader: AttributionReader, c: number, sentence: SentenceRange): AttributionFrame | undefined {
  const { tokens, names } = reader;
  const afterArticle = tokens[c + 2]?.lower === 'the' || tokens[c + 2]?.lower === 'a';
  let speaker = speakerStartingAt(reader, c + 2, sentence.last);
  if (!speaker && afterArticle) speaker = speakerStartingAt(reader, c + 3, sentence.last);
  speaker ??= describedName(reader, c + 2, sentence.last) ?? sourceOfDocument(reader, c + 2, sentence.last);
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
    // "According to Doe the plan was …": with no comma, the clause starts right after the source.
    if (k >= sentence.last && looksLikeClause(reader, speaker.last, sentence.last)) k = speaker.last - 1;
    contentFirst = k + 1;
    contentLast = lastWordEnd(tokens, contentFirst, sentence.last);
  } else {
    contentFirst = sentence.first;
    while (contentFirst < c && tokens[contentFirst].kind === TokenKind.Quote) contentFirst++;
    // "The pier, according to Doe, will reopen …": the attribution sits inside the sentence it reports.
    const inside = tokens[c - 1]?.text === ',' && tokens[speaker.last]?.text === ',';
    // (Not when a cue of its own follows: "…, according to Moscow, he said" is his statement.)
    // ("But the next day, according to Doe, the mayor made …": a clause of its own after the aside goes on too.)
    const clauseAfter = () => looksLikeClause(reader, speaker.last + 1, sentence.last);
    const goesOn = inside && (continuesAsClause(reader, speaker.last + 1, sentence.last) || clauseAfter());
    const whole = goesOn && looksLikeClause(reader, contentFirst, sentence.last) && !holdsFiniteCue(reader, speaker.last, sentence.last);
    contentLast = lastWordEnd(tokens, contentFirst, whole ? sentence.last : c);
  }
  if (contentLast - contentFirst < 3) return undefined;
  const content = { first: contentFirst, last: contentLast, kind: 'indirect' as const, unmarked: false };
  return makeFrame(tokens, speaker, { first: c, last: c + 2 }, content);
}

const authorPrepositions = new Set(['by', 'from']);

/** Most lower-case words of a description read before a name ("according to museum curator Jane Doe"). */
const MAX_DESCRIPTION_BEFORE_NAME = 3;

/**
 * "according to curator Jane Doe", "according to museum curator Jane Doe": a name after a short
 * lower-case description whose last word is a role, a title or only a noun; the description and the name are the
 * speaker phrase.
 */
function describedName(reader: AttributionReader, k: number, sentenceLast: number): SpeakerMatch | undefined {
  const { tokens, lex } = reader;
  let m = k;
  while (m < sentenceLast && m < k + MAX_DESCRIPTION_BEFORE_NAME + 1 && isLowerWord(tokens[m])) m++;
  const last = tokens[m - 1];
  const word = isLowerWord(last) ? last.lower : '';
  // ("according to a national Nordic Poll": an adjective may stand right before the name.)
  const classes = lex.commonClasses(word);
  const roleLike = lex.roleNouns.has(word) || lex.titleWords.has(word) || /^[nj]+$/.test(classes ?? '');
  if (m === k || !roleLike) return undefined;
  const named = reader.nameStartingAt[tokens[m]?.text === ',' ? m + 1 : m];
  return named >= 0 ? { ref: { kind: 'name', name: named }, first: k, last: reader.names[named].lastToken } : undefined;
}

/** Most words of the document or record before the "by" or "from" that names its author. */
const MAX_DOCUMENT_WORDS = 4;
/** Participles between a document and its author ("audio provided by", "a report published by"). */
const documentParticiples = new Set(['provided', 'released', 'published', 'issued', 'obtained', 'conducted', 'posted']);

/**
 * "according to an analysis by the Pew Center", "according to a post from Jane Doe", "according to audio provided by
 * Coastal Radio": the author of a document, record or study is the source.
 */
function sourceOfDocument(reader: AttributionReader, k: number, sentenceLast: number): SpeakerMatch | undefined {
  const { tokens, lex } = reader;
  let m = k;
  let noun = false;
  while (m < sentenceLast && m < k + MAX_DOCUMENT_WORDS && isLowerWord(tokens[m]) && !authorPrepositions.has(tokens[m].lower)) {
    noun ||= lex.commonClasses(tokens[m].lower)?.includes('n') ?? false;
    m++;
  }
  if (m > k && documentParticiples.has(tokens[m - 1].lower)) noun ||= m - 1 > k;
  if (!noun || !isLowerWord(tokens[m]) || !authorPrepositions.has(tokens[m].lower)) return undefined;
  const after = tokens[m + 1]?.lower === 'the' ? m + 2 : m + 1;
  const named = reader.nameStartingAt[after];
  if (named < 0 || reader.names[named].possessive) return undefined;
  return { ref: { kind: 'name', name: named }, first: after, last: reader.names[named].lastToken };
}
