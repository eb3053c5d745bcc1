// An attribution set between a sentence's subject and its verb ("The plan, Doe said, will cost …", "Recipients, said
// Doe, are required …") reports the whole sentence, however short the subject before it.
import { INTRODUCING_WORDS, TIME_ADJUNCT_WORDS } from '../../lexicon/cues';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, isCapitalized, type Token } from '../../text/tokens';
import { continuesAsClause, looksLikeClause } from './content';
import { finiteAuxiliaries, isFiniteVerbForm, isWordToken, type AttributionReader } from './reader';
import { speakerDeterminers } from './speakers';

/** Words that open an adjunct, not a subject ("In the end, Doe said, …", "Yesterday, Doe said, …"). */
const adjunctOpeners = new Set([...INTRODUCING_WORDS, ...TIME_ADJUNCT_WORDS]);

/** Longest subject read before the attribution: a noun phrase, not a sentence of its own. */
const MAX_SUBJECT = 8;

/**
 * Whether the attribution between the comma before `opening` and the comma at `tail` splits a subject (a short noun
 * phrase opening the sentence, with no verb) from its finite verb.
 */
export function splitsSubjectFromVerb(reader: AttributionReader, opening: number, tail: number, sentence: SentenceRange): boolean {
  const { tokens } = reader;
  const comma = opening - 1;
  if (tokens[comma]?.text !== ',' || tokens[tail]?.text !== ',' || tail + 1 >= sentence.last) return false;
  let first = sentence.first;
  while (first < comma && tokens[first].kind === TokenKind.Quote) first++;
  if (comma <= first || comma - first > MAX_SUBJECT || !opensSubject(reader, tokens[first])) return false;
  for (let i = first; i < comma; i++) if (tokens[i].kind !== TokenKind.Word && tokens[i].kind !== TokenKind.Number) return false;
  if (looksLikeClause(reader, first, comma)) return false;
  return finiteVerb(reader, tokens[tail + 1]) && continuesAsClause(reader, tail + 1, sentence.last);
}

/** A determiner, a name, a number, a noun or an adjective opens a subject; a preposition, an adverb or a time word does not. */
function opensSubject(reader: AttributionReader, token: Token): boolean {
  if (token.kind === TokenKind.Number) return true;
  const lower = token.lower;
  if (speakerDeterminers.has(lower)) return true;
  if (adjunctOpeners.has(lower)) return false;
  const classes = reader.lex.commonClasses(lower);
  if (classes === undefined) return isCapitalized(token);
  return /[nj]/.test(classes) && !classes.includes('f') && !classes.includes('r');
}

/** "will", "is", "went", "costs": a verb that carries the sentence, not a participle or a base form. */
function finiteVerb(reader: AttributionReader, token: Token | undefined): boolean {
  if (!isWordToken(token) || isCapitalized(token)) return false;
  const lower = token.lower;
  if (finiteAuxiliaries.has(lower) || reader.lex.irregularPast.has(lower)) return true;
  return isFiniteVerbForm(lower, reader.lex.commonClasses(lower));
}
