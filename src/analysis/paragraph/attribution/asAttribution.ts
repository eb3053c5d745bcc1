// "As Doe said, …": an attribution that opens its sentence as a clause of comparison, the statement after its comma.
import { CUE_ADJUNCT_PREPOSITIONS, TIME_ADJUNCT_OPENERS } from '../../lexicon/cues';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind } from '../../text/tokens';
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
 * "As Doe said, the rules can change …", `As Doe put it in May, “…”`: a sentence opening with "as", a speaker and the
 * cue; what follows the comma after it is the statement.
 */
export function asAttribution(reader: AttributionReader, c: number, anchor: number, sentence: SentenceRange): AttributionFrame | undefined {
  const { tokens } = reader;
  if (tokens[sentence.first]?.lower !== 'as' || c < sentence.first + 2) return undefined;
  const speaker = speakerStartingAt(reader, sentence.first + 1, c);
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
  if (last - first < 3) return undefined;
  const kind = quote >= 0 ? 'direct' : 'indirect';
  const content: ContentRange = { first, last, kind, quote: quote >= 0 ? quote : undefined, unmarked: false };
  return makeFrame(tokens, { ref: speaker.ref, first: speaker.first, last: speaker.last }, { first: c, last: anchor + 1 }, content);
}
