// "expressed concern that …", "made the case that …", "made it clear that …": a light verb and a noun that report together.
import type { Lexicon, ReportingVerb } from '../../lexicon/lexicon';
import { TokenKind, isCapitalized, type Token } from '../../text/tokens';
import { isLowerWord } from './reader';
import { speakerDeterminers, subjectPronouns } from './speakers';

/** Most words from the light verb to its noun ("voiced his growing concern"). */
const MAX_OBJECT = 4;

/**
 * The cue a light verb at token `c` makes with a noun of cognition, communication or feeling (or "clear") right before
 * "that" and a clause that opens with its subject ("that the …", "that he …", "that Doe …"); the noun is the cue's
 * last token. Only determiners, adjectives, adverbs and "it" stand between them. Such a cue reports only its "that"
 * clause, never a bare one.
 */
export function lightVerbCue(lex: Lexicon, tokens: readonly Token[], c: number): { verb: ReportingVerb; anchor: number } | undefined {
  const light = lex.lightVerbs.get(tokens[c].lower);
  if (!light) return undefined;
  for (let j = c + 1; j <= c + MAX_OBJECT && j < tokens.length; j++) {
    const token = tokens[j];
    if (!isLowerWord(token)) return undefined;
    if (tokens[j + 1]?.lower === 'that' && lex.clauseNouns.has(token.lower) && opensSubject(tokens[j + 2])) {
      return { verb: { ...light, explicitOnly: true }, anchor: j };
    }
    const classes = lex.commonClasses(token.lower) ?? '';
    if (token.lower !== 'it' && !/[fjr]/.test(classes)) return undefined;
  }
  return undefined;
}

/** A word that opens a clause with its subject: a name, a determiner or a subject pronoun (not a relative's verb). */
function opensSubject(token: Token | undefined): boolean {
  if (!token || token.kind !== TokenKind.Word) return false;
  return isCapitalized(token) || speakerDeterminers.has(token.lower) || subjectPronouns.has(token.lower);
}
