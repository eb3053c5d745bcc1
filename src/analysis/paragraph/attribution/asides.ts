// Attributions written as asides inside the sentence they report: between commas, inside a relative clause, after a
// hedge (", I think,") or a verb joined to an earlier one (", but told …").
import { TokenKind, type Token } from '../../text/tokens';
import type { SentenceRange } from '../../text/sentences';
import { ATTRIBUTION_CONTINUATIONS } from '../../lexicon/cues';
import { COORDINATORS, RELATIVE_PRONOUNS } from '../../lexicon/functionWords';
import { continuesAsClause, looksLikeClause } from './content';
import type { ContentRange } from './frame';
import { isLowerWord, isWordToken, lastWordEnd, type AttributionReader } from './reader';
import { speakerDeterminers, subjectPronouns } from './speakers';

const relativePronouns = new Set(RELATIVE_PRONOUNS);
/** After ", Doe said," these join another part of the sentence, or go on with the attribution, rather than the sentence. */
const notGoingOn = new Set([...ATTRIBUTION_CONTINUATIONS, ...COORDINATORS]);

/**
 * After "In the end, Doe said," or "This campaign, Doe says,": the sentence goes on, with a clause of its own ("the
 * voters will …") or the verb of the subject the attribution interrupts ("is different"); not ", adding …", ", and …".
 */
export function goesOnAfterAside(reader: AttributionReader, k: number, sentenceLast: number): boolean {
  const first = reader.tokens[k];
  if (!isWordToken(first) || notGoingOn.has(first.lower) || reader.lex.reportingVerbs.get(first.lower)?.form === 'gerund') return false;
  return continuesAsClause(reader, k, sentenceLast) || looksLikeClause(reader, k, sentenceLast);
}

/**
 * "a tax, which Doe said was a mistake", "his daughters, who he said were living abroad": the speaker between a relative
 * pronoun and the verb it is the subject of; what is said is that verb's clause, to the comma that closes it.
 */
export function relativeClauseContent(
  reader: AttributionReader,
  speakerFirst: number,
  tail: number,
  sentence: SentenceRange,
): ContentRange | undefined {
  const { tokens } = reader;
  const relative = tokens[speakerFirst - 1];
  if (!isWordToken(relative) || !relativePronouns.has(relative.lower) || speakerFirst - 1 <= sentence.first) return undefined;
  const verb = tokens[tail];
  if (!isLowerWord(verb) || speakerDeterminers.has(verb.lower) || subjectPronouns.has(verb.lower)) return undefined;
  if (!continuesAsClause(reader, tail, sentence.last)) return undefined;
  let end = tail + 1;
  while (end < sentence.last && tokens[end].text !== ',' && tokens[end].text !== ';' && tokens[end].kind !== TokenKind.Quote) end++;
  const last = lastWordEnd(tokens, tail, end);
  return last - tail >= 2 ? { first: tail, last, kind: 'indirect', unmarked: false } : undefined;
}

/** "and", "but" or ", then" joining the cue's verb to an earlier verb of the same subject, at token `k`. */
export function joinsVerbs(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k]?.lower;
  return lower === 'and' || lower === 'but' || (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'then');
}

/** Verbs of a hedge set off by commas between a speaker and the cue ("Judge Doe, I think, said …"). */
const HEDGE_VERBS = new Set(['think', 'believe', 'guess', 'suppose', 'recall', 'remember']);

/** Where a speaker may end before a hedge ", I think," that ends at token `k`; `k` when there is none. */
export function beforeHedge(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',' || !HEDGE_VERBS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 3]?.text !== ',') return k;
  const pronoun = tokens[k - 2]?.lower;
  return pronoun === 'i' || pronoun === 'we' ? k - 4 : k;
}
