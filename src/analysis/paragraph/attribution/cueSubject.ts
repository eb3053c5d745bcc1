// Subjects a cue's verb has besides the phrase right before it: the subject of a list of verbs ("Doe contacted the
// foundation, asserted that …"), and the plural or personal subject a base form needs to report ("they often say").
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, type Token } from '../../text/tokens';
import type { SpeakerMatch } from './frame';
import { adverbsBeforeCue, isFiniteVerbForm, isLowerWord, type AttributionReader } from './reader';
import { speakerEndingAt, subjectPronouns } from './speakers';

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
  return isFiniteVerbForm(lower, classes) || (lex.irregularPast.has(lower) && (classes?.includes('v') ?? false));
}

/** Most tokens of a citation between a subject and its verb ("(2010)", "[4, 5]", "(2010: 103)"). */
const MAX_CITATION = 8;

/**
 * A base-form verb ("say") reports only after a plural or first- or second-person subject ("they say", "officials
 * say", "Doe et al. (2010) argue", "Doe and Roe argue"), across adverbs ("they often say", "could you briefly explain").
 */
export function afterPluralSubject(reader: AttributionReader, c: number): boolean {
  const { tokens } = reader;
  let k = c - 1;
  while (k > c - 3 && isLowerWord(tokens[k]) && (adverbsBeforeCue.has(tokens[k].lower) || tokens[k].lower.endsWith('ly'))) k--;
  k = beforeCitation(tokens, k);
  const previous = tokens[k];
  if (!previous) return false;
  const lower = previous.lower;
  if (lower === 'they' || lower === 'we' || lower === 'i' || lower === 'you' || etAlEnd(tokens, k) >= 0) return true;
  const name = reader.nameEndingAt[k];
  if (name >= 0 && tokens[reader.names[name].firstToken - 1]?.lower === 'and') return true;
  return lower.endsWith('s') && reader.lex.genericSpeakers.has(lower);
}

/** "Doe et al. argued", "Doe et al. (2010) argue": the name before "et al." ending at `k`, spanning it. */
export function speakerBeforeEtAl(reader: AttributionReader, k: number, sentenceFirst: number): SpeakerMatch | undefined {
  const et = etAlEnd(reader.tokens, k);
  if (et < 0) return undefined;
  const speaker = speakerEndingAt(reader, et - 1, sentenceFirst);
  return speaker?.ref.kind === 'name' ? { ref: speaker.ref, first: speaker.first, last: k + 1 } : undefined;
}

/** Where "et" stands when "et al." (or "et al") ends at token `k`; -1 otherwise. */
function etAlEnd(tokens: readonly Token[], k: number): number {
  const al = tokens[k]?.text === '.' ? k - 1 : k;
  return tokens[al]?.lower === 'al' && tokens[al - 1]?.lower === 'et' ? al - 1 : -1;
}

/** The token before a citation in brackets that ends at `k`; `k` when there is none. */
function beforeCitation(tokens: readonly Token[], k: number): number {
  const closer = tokens[k]?.text;
  if (closer !== ')' && closer !== ']') return k;
  const opener = closer === ')' ? '(' : '[';
  for (let j = k - 1; j >= 0 && j >= k - MAX_CITATION; j--) if (tokens[j].text === opener) return j - 1;
  return k;
}

/** The token after "et al." and a citation in brackets that follow a name ending before `k` ("As Doe et al. (2010) argue"). */
export function afterCitation(tokens: readonly Token[], k: number, limit: number): number {
  let j = k;
  if (tokens[j]?.lower === 'et' && tokens[j + 1]?.lower === 'al') j += tokens[j + 2]?.text === '.' ? 3 : 2;
  const opener = tokens[j]?.text;
  if (opener !== '(' && opener !== '[') return j;
  const closer = opener === '(' ? ')' : ']';
  for (let m = j + 1; m < limit && m <= j + MAX_CITATION; m++) if (tokens[m].text === closer) return m + 1;
  return j;
}

/** Auxiliaries that open a question before its subject pronoun ("are you", "did they"). */
const questionAuxiliaries = new Set(['are', 'is', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'would', 'will', 'can', 'could']);

/**
 * The last token of the words before the cue at `c`, past a spoken pause between an asking auxiliary's subject and
 * its verb ("are you, arguing that …"); `c - 1` when there is none.
 */
export function beforePause(tokens: readonly Token[], c: number): number {
  if (tokens[c - 1]?.text !== ',') return c - 1;
  const pronoun = tokens[c - 2];
  const pronounWord = pronoun?.kind === TokenKind.Word && (subjectPronouns.has(pronoun.lower) || pronoun.lower === 'you');
  return pronounWord && questionAuxiliaries.has(tokens[c - 3]?.lower ?? '') ? c - 2 : c - 1;
}
