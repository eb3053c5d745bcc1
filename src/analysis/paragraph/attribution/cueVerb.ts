// The reporting verb a token starts: the first question asked of every word outside quotations.
import { BE_AUXILIARIES, FIRST_PERSON_STANCE_ADJECTIVES, FIRST_PERSON_STANCE_VERBS } from '../../lexicon/cues';
import type { Lexicon, ReportingVerb } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, type Token } from '../../text/tokens';
import { characterises, opensContent, quotationFollows } from './content';
import { lightVerbCue } from './lightVerbCue';
import type { AttributionReader } from './reader';
import { contractedSubject } from './speakers';

const stanceVerbs = new Set(FIRST_PERSON_STANCE_VERBS);
const stanceAdjectives = new Set(FIRST_PERSON_STANCE_ADJECTIVES);
const beAuxiliaries = new Set(BE_AUXILIARIES);

/** The reporting verb at token `c`: a hand-made cue, a phrasal verb of communication ("pointed out"), or another one. */
export function cueAt(lex: Lexicon, tokens: readonly Token[], c: number): { verb: ReportingVerb; anchor: number } | undefined {
  const lower = tokens[c].lower;
  if (stanceVerbs.has(lower) || stanceAdjectives.has(lower)) return firstPersonStance(tokens, c, lower);
  if (!lex.cueStarts.has(lower)) return undefined;
  // A particle makes its own cue ("called for", not the verdict "called").
  const next = tokens[c + 1];
  const phrasal = next !== undefined && next.kind === TokenKind.Word ? lex.phrasalVerbs.get(lower)?.get(next.lower) : undefined;
  if (phrasal) return { verb: phrasal, anchor: c + 1 };
  const own = lex.reportingVerbs.get(lower);
  if (own) return { verb: own, anchor: c };
  // A verb of evaluation reads before a weaker verb of communication: its judgement is its complement.
  const judging = lex.evaluationVerbs.get(lower) ?? lex.communicationVerbs.get(lower);
  return judging ? { verb: judging, anchor: c } : lightVerbCue(lex, tokens, c);
}

/**
 * "I believe that …", "I am sure that …", "I'm convinced that …": a stance word after "I" (and a form of "be" for
 * an adjective), before "that". Such a cue reports only its "that" clause.
 */
function firstPersonStance(tokens: readonly Token[], c: number, lower: string): { verb: ReportingVerb; anchor: number } | undefined {
  if (tokens[c + 1]?.lower !== 'that') return undefined;
  const before = tokens[c - 1];
  if (!before) return undefined;
  const isVerb = stanceVerbs.has(lower);
  const afterI = isVerb ? before.lower === 'i' : firstPersonBe(tokens, c - 1);
  if (!afterI) return undefined;
  // The adjective after "am" stands as a finite verb would ("states"), the verb after "I" as a base form.
  const form = isVerb ? 'base' : 'third';
  return { verb: { lemma: lower, form, addressee: false, quotationOnly: false, explicitOnly: true, stance: true }, anchor: c };
}

/** "I am", "I'm" ending at token `k`. */
function firstPersonBe(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (contractedSubject(token)?.pronoun === 'i') return true;
  return beAuxiliaries.has(token.lower) && tokens[k - 1]?.lower === 'i';
}

/** Most tokens between a quotation's closing mark and a quotation-only cue that reports it ("…,’ the Mock Turtle went on"). */
const TRAILING_SPEAKER_TOKENS = 6;

/**
 * A quotation-only verb ("reads", "called", "went on") reports only with a quotation, a colon or a verdict after it,
 * or right after a quotation it closes the sentence of (`‘…,’ the Hatter went on.`).
 */
export function reportsQuotation(
  reader: AttributionReader,
  c: number,
  anchor: number,
  verb: ReportingVerb,
  sentence: SentenceRange,
): boolean {
  if (opensContent(reader, anchor + 1) || quotationFollows(reader, anchor + 1, sentence.last)) return true;
  if (characterises(reader, c, verb, sentence.last)) return true;
  if (!reader.tokens[anchor + 1] || reader.tokens[anchor + 1].kind === TokenKind.Word) return false;
  for (let k = c; k > sentence.first && k >= c - TRAILING_SPEAKER_TOKENS; k--) if (reader.quoteClosingBefore[k] >= 0) return true;
  return false;
}
