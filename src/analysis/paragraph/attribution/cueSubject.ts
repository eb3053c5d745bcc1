// Subjects a cue's verb has besides the phrase right before it: the subject of a list of verbs ("Doe contacted the
// foundation, asserted that …"), and the plural or personal subject a base form needs to report ("they often say").
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, type Token } from '../../text/tokens';
import type { SpeakerMatch } from './frame';
import { adverbsBeforeCue, isLowerWord, type AttributionReader } from './reader';
import { speakerEndingAt } from './speakers';

/** Most tokens of the verb phrase before the cue's comma ("contacted the foundation"). */
const MAX_VERB_PHRASE = 12;

/**
 * The subject of the clause before the cue's comma, when the cue has "that" after it: a name, role or pronoun right
 * before a finite verb that is no cue (whose statement the comma would end), with no punctuation between that verb
 * and the comma.
 */
export function subjectOfListedVerb(
  reader: AttributionReader,
  comma: number,
  anchor: number,
  sentence: SentenceRange,
): SpeakerMatch | undefined {
  const { tokens } = reader;
  if (tokens[comma]?.text !== ',' || tokens[anchor + 1]?.lower !== 'that') return undefined;
  for (let j = comma - 2; j >= sentence.first && j >= comma - MAX_VERB_PHRASE; j--) {
    const kind = tokens[j + 1].kind;
    if (kind === TokenKind.Punct || kind === TokenKind.Quote) return undefined;
    if (!finiteVerb(reader, tokens[j + 1])) continue;
    const subject = speakerEndingAt(reader, j, sentence.first);
    if (subject) return subject.ref.kind === 'generic' ? undefined : subject;
  }
  return undefined;
}

/** A past or third-person form that can be a verb and reports nothing ("contacted", "visits", "went"). */
function finiteVerb(reader: AttributionReader, token: Token): boolean {
  const { lex } = reader;
  if (!isLowerWord(token) || lex.reportingVerbs.has(token.lower)) return false;
  const lower = token.lower;
  const classes = lex.commonClasses(lower);
  if (!(classes?.includes('v') ?? false)) return false;
  return lex.irregularPast.has(lower) || lower.endsWith('ed') || (lower.endsWith('s') && !(classes?.includes('n') ?? false));
}

/**
 * A base-form verb ("say") reports only after a plural or first- or second-person subject ("they say", "officials
 * say"), across adverbs ("they often say", "could you briefly explain").
 */
export function afterPluralSubject(reader: AttributionReader, c: number): boolean {
  const { tokens } = reader;
  let k = c - 1;
  while (k > c - 3 && isLowerWord(tokens[k]) && (adverbsBeforeCue.has(tokens[k].lower) || tokens[k].lower.endsWith('ly'))) k--;
  const previous = tokens[k];
  if (!previous) return false;
  const lower = previous.lower;
  if (lower === 'they' || lower === 'we' || lower === 'i' || lower === 'you') return true;
  return lower.endsWith('s') && reader.lex.genericSpeakers.has(lower);
}
