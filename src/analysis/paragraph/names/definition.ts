// What a name is said to be where the text defines it: "York is an ancient cathedral city", "Holt, an American baseball
// player,": WordNet's class of the noun that heads the description types the name.
import type { Lexicon } from '../../lexicon/lexicon';
import { Token, TokenKind, isCapitalized, isPossessive } from '../../text/tokens';
import type { TypeEvidence } from './candidate';
import type { SentenceRange } from '../../text/sentences';
import { ARTICLES, LOCATIVE_PREPOSITIONS } from '../../lexicon/functionWords';
import { ORG_DESCRIPTORS } from '../../lexicon/organizations';

const locativePrepositions = new Set(LOCATIVE_PREPOSITIONS);
const orgDescriptors = new Set(ORG_DESCRIPTORS);

const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'became', 'becomes']);
const articles = new Set(ARTICLES);
/** How far a description may run before its head noun: "an ancient walled cathedral city". */
const MAX_DESCRIPTION = 7;
/** Evidence a definition gives its type: as much as a word list's place head, since it states the kind outright. */
const DEFINITION_WEIGHT = 3;

type Kind = 'person' | 'org' | 'place';

/**
 * The kind a head noun names: an organization descriptor an organization, else WordNet's commonest sense: a location
 * or natural object (rivers, islands) a place, a person a person, a group an organization. "village" and "country"
 * are first groups of people in WordNet, but also locations: places.
 */
function kindOfNoun(lower: string, lex: Lexicon): Kind | undefined {
  // "maker", "publisher": WordNet's first sense is a person, but after a name they describe a company.
  if (orgDescriptors.has(lower)) return 'org';
  const classes = lex.nounClasses(lower);
  if (classes === undefined) return undefined;
  const first = classes.charAt(0);
  if (first === 'P') return 'person';
  if (first === 'L' || first === 'O' || (first === 'G' && classes.includes('l'))) return 'place';
  if (first === 'G') return 'org';
  // "the capital of": a location among senses none of which comes first.
  return first === first.toLowerCase() && classes.includes('l') ? 'place' : undefined;
}

/** Index after a bracketed aside right after the name ("Łódź (pronounced Wootch) is"), else `at`. */
function skipAside(tokens: readonly Token[], at: number, to: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let i = at + 1; i < Math.min(to, at + 12); i++) if (tokens[i].text === ')') return i + 1;
  return at;
}

/** Index after the determiner of a description: "a", "the", "one of the", "Poland's"; -1 when there is none. */
function afterDeterminer(tokens: readonly Token[], at: number, to: number): number {
  const token = tokens[at];
  if (at >= to || token === undefined) return -1;
  if (articles.has(token.lower)) return at + 1;
  if (token.lower === 'one' && tokens[at + 1]?.lower === 'of' && tokens[at + 2]?.lower === 'the') return at + 3;
  const next = at + 1 < to ? tokens[at + 1] : undefined;
  if (isCapitalized(token) && next !== undefined && isPossessive(next)) return at + 2;
  return -1;
}

/** The head noun of the description from `from`: the last lower-case word before a function word or punctuation. */
function headNoun(tokens: readonly Token[], from: number, to: number, lex: Lexicon): string | undefined {
  let head: string | undefined;
  for (let i = from; i < Math.min(to, from + MAX_DESCRIPTION); i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word && token.kind !== TokenKind.Number) break;
    if (token.kind === TokenKind.Word && lex.commonClasses(token.lower)?.includes('f')) break;
    if (token.kind === TokenKind.Word && !isCapitalized(token)) head = token.lower;
  }
  return head;
}

/**
 * Adds the evidence of a definition after the name ending before token `last`: "X is a city", "X, an American actor,".
 * A copula after a name that ends a prepositional phrase ("the walk to York is a pleasure") says nothing of the name.
 */
export function definitionEvidence(
  tokens: readonly Token[],
  lex: Lexicon,
  name: { first: number; last: number },
  sentence: SentenceRange,
  evidence: TypeEvidence,
): void {
  const sentenceLast = sentence.last;
  const at = skipAside(tokens, name.last, sentenceLast);
  const link = tokens[at];
  if (link === undefined || at >= sentenceLast) return;
  const copula = COPULAS.has(link.lower);
  if (!copula && link.text !== ',') return;
  const before = name.first > sentence.first ? tokens[name.first - 1] : undefined;
  if (copula && before !== undefined && (before.lower === 'of' || locativePrepositions.has(before.lower))) return;
  const from = afterDeterminer(tokens, at + 1, sentenceLast);
  if (from < 0) return;
  const head = headNoun(tokens, from, sentenceLast, lex);
  const kind = head === undefined ? undefined : kindOfNoun(head, lex);
  if (kind === undefined) return;
  evidence[kind] += DEFINITION_WEIGHT;
  if (kind !== 'person') evidence.person -= DEFINITION_WEIGHT / 2;
}
