// "As Doe said, …": an attribution that opens its sentence as a clause of comparison, the statement after its comma.
import { CUE_ADJUNCT_PREPOSITIONS, TIME_ADJUNCT_OPENERS } from '../../lexicon/cues';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, type Token } from '../../text/tokens';
import { looksLikeClause } from './content';
import { afterCitation } from './cueSubject';
import { makeFrame, type AttributionFrame, type ContentRange } from './frame';
import { adverbsBeforeCue, isLowerWord, lastWordEnd, type AttributionReader } from './reader';
import { speakerStartingAt } from './speakers';

/** Adverbs and auxiliaries between the speaker and the cue ("As Doe has often said"). */
/** Words that open an adjunct after the cue ("in December", "last week"). */
const adjunctOpeners = new Set([...CUE_ADJUNCT_PREPOSITIONS, ...TIME_ADJUNCT_OPENERS, 'on', 'with']);

/** Most tokens of the adjuncts between an "As Doe said" cue and its comma ("As Doe pointed out in December,"). */
const MAX_AS_ADJUNCT = 8;

/**
 * "As Doe said, the rules can change …", `As Doe put it in May, “…”`, "And in the end, as Doe said, the rules …": "as"
 * opening the sentence or a stretch after a comma, a speaker and the cue; what follows the comma after it is the
 * statement.
 */
export function asAttribution(reader: AttributionReader, c: number, anchor: number, sentence: SentenceRange): AttributionFrame | undefined {
  const { tokens } = reader;
  const as = asBefore(tokens, c, sentence.first);
  if (as < 0) return undefined;
  const speaker = speakerStartingAt(reader, as + 1, c);
  if (!speaker) return undefined;
  // "As Doe (2010) argues,": past a citation.
  let k = afterCitation(tokens, speaker.last, c);
  while (k < c && isLowerWord(tokens[k]) && (adverbsBeforeCue.has(tokens[k].lower) || tokens[k].lower.endsWith('ly'))) k++;
  if (k !== c) return undefined;
  let comma = anchor + 1;
  // Only an adjunct may stand before the comma ("As Doe said in May,"); "As Doe said goodbye, …" tells of something else.
  if (tokens[comma]?.text !== ',' && !(isLowerWord(tokens[comma]) && adjunctOpeners.has(tokens[comma].lower))) return undefined;
  while (comma < sentence.last && comma <= anchor + MAX_AS_ADJUNCT && tokens[comma].text !== ',') {
    if (tokens[comma].kind === TokenKind.Quote || tokens[comma].lower === 'that' || tokens[comma].text === ':') return undefined;
    comma++;
  }
  if (tokens[comma]?.text !== ',') return undefined;
  const quote = reader.quoteOpeningAt[comma + 1];
  const first = quote >= 0 ? comma + 2 : comma + 1;
  const last = lastWordEnd(tokens, first, quote >= 0 ? reader.quotes[quote].afterToken - 1 : sentence.last);
  // Within a sentence (", as Doe said, …") the words after the comma must make a clause of their own.
  const within = as > sentence.first && quote < 0;
  if (last - first < 3 || (within && (conjunctions.has(tokens[first].lower) || !looksLikeClause(reader, first, last)))) return undefined;
  const kind = quote >= 0 ? 'direct' : 'indirect';
  const content: ContentRange = { first, last, kind, quote: quote >= 0 ? quote : undefined, unmarked: false };
  return makeFrame(tokens, { ref: speaker.ref, first: speaker.first, last: speaker.last }, { first: c, last: anchor + 1 }, content);
}

/** Words that join another clause after the comma ("…, as Doe said, and left"): no statement of the attribution. */
const conjunctions = new Set(['and', 'but', 'or', 'so', 'yet', 'nor']);

const citationMarks = new Set(['(', ')', '[', ']', '.']);

/** Most tokens between "as" and the cue ("as the Chief Justice of the court has said"). */
const MAX_AS_SPEAKER = 10;

/** The "as" opening the attribution of the cue at `c`: the sentence's first word, or one after a comma; -1 if none. */
function asBefore(tokens: readonly Token[], c: number, sentenceFirst: number): number {
  for (let k = c - 2; k >= sentenceFirst && k >= c - MAX_AS_SPEAKER; k--) {
    const token = tokens[k];
    // (A citation's brackets and the stop of "et al." may stand between: "as Doe et al. (2010) argue".)
    if ((token.kind === TokenKind.Punct && !citationMarks.has(token.text)) || token.kind === TokenKind.Quote) return -1;
    if (token.lower === 'as') return k === sentenceFirst || tokens[k - 1]?.text === ',' ? k : -1;
  }
  return -1;
}
