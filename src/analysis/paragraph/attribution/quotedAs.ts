// "Doe was quoted as saying …": a passive verb of communication whose subject speaks through the gerund after "as".
import { BE_AUXILIARIES } from '../../lexicon/cues';
import type { SpeakerMatch } from './frame';
import { adverbsBeforeCue, isLowerWord, type AttributionReader } from './reader';
import { speakerEndingAt } from './speakers';

const beAuxiliaries = new Set(BE_AUXILIARIES);
/** Most words of the verb group before the participle ("has also been widely"). */
const MAX_VERB_GROUP = 4;

/**
 * The speaker of a gerund cue at token `c` that follows a passive verb of communication and "as" ("was quoted as
 * saying", "is reported as telling"): the subject of the passive; undefined for any other gerund.
 */
export function quotedAsSpeaker(reader: AttributionReader, c: number, sentenceFirst: number): SpeakerMatch | undefined {
  const { tokens, lex } = reader;
  const passive = tokens[c - 2];
  if (tokens[c - 1]?.lower !== 'as' || !isLowerWord(passive)) return undefined;
  const verb = lex.reportingVerbs.get(passive.lower) ?? lex.communicationVerbs.get(passive.lower);
  if (!verb || (verb.form !== 'participle' && verb.form !== 'past')) return undefined;
  let k = c - 3;
  let auxiliary = false;
  while (k >= sentenceFirst && k > c - 3 - MAX_VERB_GROUP && isLowerWord(tokens[k])) {
    const word = tokens[k].lower;
    if (beAuxiliaries.has(word)) auxiliary = true;
    else if (!adverbsBeforeCue.has(word) && !word.endsWith('ly')) break;
    k--;
  }
  if (!auxiliary) return undefined;
  return speakerEndingAt(reader, k, sentenceFirst);
}
