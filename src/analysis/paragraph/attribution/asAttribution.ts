// "As Doe said, …", "…, as Doe noted.": an attribution written as a clause of comparison, the statement around it.
import { CUE_ADJUNCT_PREPOSITIONS, TIME_ADJUNCT_OPENERS } from '../../lexicon/cues';
import { SENTENCE_CONNECTIVES } from '../../lexicon/functionWords';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind } from '../../text/tokens';
import { continuesAsClause, looksLikeClause } from './content';
import { afterCitation } from './cueSubject';
import { makeFrame, type AttributionFrame, type ContentRange, type SpeakerMatch } from './frame';
import { adverbsBeforeCue, isLowerWord, isWordToken, lastWordEnd, sentenceStops, type AttributionReader } from './reader';
import { speakerDeterminers, speakerStartingAt, subjectPronouns } from './speakers';

/** Words that open an adjunct after the cue ("in December", "last week"). */
const adjunctOpeners = new Set([...CUE_ADJUNCT_PREPOSITIONS, ...TIME_ADJUNCT_OPENERS, 'on', 'with']);
const openingConjunctions = new Set(SENTENCE_CONNECTIVES);

/** Most tokens of the adjuncts between an "As Doe said" cue and its comma ("As Doe pointed out in December,"). */
const MAX_AS_ADJUNCT = 8;
const citationMarks = new Set(['(', ')', '[', ']', '.']);
/** Most tokens from "as" to the cue ("as the former secretary of state has often said"). */
const MAX_AS_SPEAKER = 10;
/** Most tokens of an opening phrase before the "as" clause ("Of course, as Doe said, …"). */
const MAX_OPENER = 4;
/** Fewest words of a statement read before a trailing "as" clause ("Prices rose, as Doe noted."). */
const MIN_STATEMENT = 3;

/**
 * "As Doe said, the rules can change …", `As Doe put it in May, “…”`, "But as Doe noted, …": a sentence opening with
 * an "as" clause, what follows its comma is the statement; "The numbers changed, as Doe has acknowledged." after it,
 * the words before; "The plan, as Doe said, will fail" inside it, the whole sentence.
 */
export function asAttribution(reader: AttributionReader, c: number, anchor: number, sentence: SentenceRange): AttributionFrame | undefined {
  const { tokens } = reader;
  const found = asClauseBefore(reader, c, sentence.first);
  if (!found) return undefined;
  const { as, speaker: speakerTokens } = found;
  const atStart = opensSentence(tokens, sentence.first, as);
  if (infinitiveAfter(tokens, anchor)) return undefined;
  const end = clauseEnd(reader, anchor, sentence.last);
  if (end < 0) return undefined;
  const cueTokens = { first: c, last: anchor + 1 };
  const afterComma = as > sentence.first && tokens[as - 1].text === ',';
  if (tokens[end]?.text !== ',') {
    // "…, as Doe noted.": the statement before the comma.
    const last = afterComma ? lastWordEnd(tokens, sentence.first, as - 1) : sentence.first;
    if (last - sentence.first < MIN_STATEMENT) return undefined;
    const content: ContentRange = { first: sentence.first, last, kind: 'indirect', unmarked: false };
    return makeFrame(tokens, speakerTokens, cueTokens, content);
  }
  // "The plan, as Doe said, will fail": the clause sits inside the sentence it reports; "And in the end, as Doe said,
  // the pier will need …": a clause of its own after it is the statement, as after an opening "as" clause.
  const goesOn = afterComma && verbGoesOn(reader, end + 1, sentence.last);
  if (goesOn || (!atStart && !(afterComma && ownClauseAfter(reader, end + 1, sentence.last)))) {
    if (!afterComma) return undefined;
    const last = lastWordEnd(tokens, sentence.first, sentence.last);
    return makeFrame(tokens, speakerTokens, cueTokens, { first: sentence.first, last, kind: 'indirect', unmarked: false });
  }
  const quote = reader.quoteOpeningAt[end + 1];
  const first = quote >= 0 ? end + 2 : end + 1;
  const last = lastWordEnd(tokens, first, quote >= 0 ? reader.quotes[quote].afterToken - 1 : sentence.last);
  if (last - first < 3) return undefined;
  const kind = quote >= 0 ? 'direct' : 'indirect';
  const content: ContentRange = { first, last, kind, quote: quote >= 0 ? quote : undefined, unmarked: false };
  return makeFrame(tokens, speakerTokens, cueTokens, content);
}

/** The "as" before the cue at `c` and the speaker between them, across adverbs ("as Doe has often said"). */
function asClauseBefore(reader: AttributionReader, c: number, sentenceFirst: number): { as: number; speaker: SpeakerMatch } | undefined {
  const { tokens } = reader;
  for (let p = c - 2; p >= sentenceFirst && p >= c - MAX_AS_SPEAKER; p--) {
    const token = tokens[p];
    // (A citation's brackets, year and the stop of "et al." may stand between: "as Doe et al. (2010) argue".)
    if (token.kind === TokenKind.Quote || (token.kind === TokenKind.Punct && !citationMarks.has(token.text))) return undefined;
    if (token.lower !== 'as') continue;
    const speaker = speakerStartingAt(reader, p + 1, c);
    if (!speaker) return undefined;
    let k = afterCitation(tokens, speaker.last, c);
    while (k < c && isLowerWord(tokens[k]) && (adverbsBeforeCue.has(tokens[k].lower) || tokens[k].lower.endsWith('ly'))) k++;
    return k === c ? { as: p, speaker } : undefined;
  }
  return undefined;
}

/** Whether only a short opening phrase stands before "as" ("But", "Of course,", "Still,"). */
function opensSentence(tokens: AttributionReader['tokens'], sentenceFirst: number, as: number): boolean {
  if (as === sentenceFirst) return true;
  if (as - sentenceFirst > MAX_OPENER) return false;
  const before = tokens[as - 1];
  if (before.text !== ',' && !openingConjunctions.has(before.lower)) return false;
  for (let k = sentenceFirst; k < as - 1; k++) if (!isWordToken(tokens[k])) return false;
  return true;
}

/**
 * Where the "as" clause ends after its cue and adjuncts: the comma after it, the end of the sentence (a trailing
 * clause), or -1 when something else follows ("As Doe said goodbye, …" tells of something else).
 */
function clauseEnd(reader: AttributionReader, anchor: number, sentenceLast: number): number {
  const { tokens } = reader;
  let k = anchor + 1;
  const closes = (m: number): boolean => m >= sentenceLast || sentenceStops.has(tokens[m].text);
  if (closes(k)) return k;
  if (tokens[k].text !== ',' && !(isLowerWord(tokens[k]) && adjunctOpeners.has(tokens[k].lower))) return -1;
  while (!closes(k) && k <= anchor + MAX_AS_ADJUNCT && tokens[k].text !== ',') {
    if (tokens[k].kind === TokenKind.Quote || tokens[k].lower === 'that' || tokens[k].text === ':') return -1;
    k++;
  }
  return tokens[k]?.text === ',' || closes(k) ? k : -1;
}

/** Words after the "as" clause's comma that make a clause of their own, joined by no conjunction ("…, and left"). */
function ownClauseAfter(reader: AttributionReader, k: number, sentenceLast: number): boolean {
  const first = reader.tokens[k];
  return isWordToken(first) && !openingConjunctions.has(first.lower) && looksLikeClause(reader, k, sentenceLast);
}

/** A verb goes on with the subject before the clause ("The plan, as Doe said, will fail"), not a clause of its own. */
function verbGoesOn(reader: AttributionReader, k: number, sentenceLast: number): boolean {
  const first = reader.tokens[k];
  if (!isWordToken(first) || speakerDeterminers.has(first.lower) || subjectPronouns.has(first.lower)) return false;
  return continuesAsClause(reader, k, sentenceLast);
}

/**
 * "as Doe continues to pursue diplomacy" tells of something else than speech; "as Doe said to reporters" does not: a
 * plain lower-case word after "to" that is no determiner and no plural is rather a verb.
 */
function infinitiveAfter(tokens: AttributionReader['tokens'], anchor: number): boolean {
  const next = tokens[anchor + 2];
  if (tokens[anchor + 1]?.lower !== 'to' || !isLowerWord(next)) return false;
  return !speakerDeterminers.has(next.lower) && !next.lower.endsWith('s');
}
