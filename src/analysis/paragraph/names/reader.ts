// One paragraph as the name readers see it, and the token tests they share.
import { APOSTROPHES } from '../../text/chars';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../lexicon/calendar';
import type { Lexicon } from '../../lexicon/lexicon';
import { Token, TokenKind, isAllCaps, isCapitalized, isPossessive } from '../../text/tokens';
import type { NameCandidate, RoleMention } from './candidate';

/** The paragraph's text and tokens, the lexicon, and the names and role descriptions found so far. */
export interface NameReader {
  readonly paragraph: string;
  readonly tokens: readonly Token[];
  readonly lex: Lexicon;
  readonly names: NameCandidate[];
  readonly roles: RoleMention[];
}

const calendarWords = new Set([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);
/** "al-Uloum", "bin-Salman", "d'Estaing", "O'Brien": a lower-case particle joined to a capitalised name. */
const PARTICLES_JOINED = 'al|el|ad|ar|as|at|az|an|ash|ad|bin|ibn|abd|abu|ul|ur|ud|d|l|o';
export const PARTICLE_PREFIX = new RegExp(`^(?:${PARTICLES_JOINED})[-${APOSTROPHES}]\\p{Lu}`, 'u');
/** "I’m", "I'd": the pronoun with a clitic. */
const PRONOUN_I_CLITIC = new RegExp(`^i[${APOSTROPHES}]`);

/** A word, not the clitic of a possessive. */
export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === TokenKind.Word && !isPossessive(token);
}

export function isCapitalWord(token: Token | undefined): token is Token {
  return isWord(token) && (isCapitalized(token) || isAllCaps(token));
}

/** True for words that can sit inside a name run (capitalised words, "al-Uloum", initials). */
export function isNameWord(token: Token | undefined): token is Token {
  if (!isWord(token)) return false;
  if (!isCapitalized(token) && !isAllCaps(token)) return PARTICLE_PREFIX.test(token.text);
  // "I", "I'm", "Monday", "May": capitalised, but no names.
  return token.lower !== 'i' && !PRONOUN_I_CLITIC.test(token.lower) && !calendarWords.has(token.lower);
}

export function isTitleHead(token: Token, lex: Lexicon): boolean {
  return lex.titleHeads.has(token.lower);
}

export function isOrgHead(lower: string, lex: Lexicon): boolean {
  return lex.orgHeads.has(lower);
}

/**
 * A known organization as the token writes it: one known by its initials ("WHO", "UN") only in capitals, so that the
 * question word "Who" opening a sentence, or the preposition "Un", is no organization.
 */
export function isKnownOrgAsWritten(token: Token, lex: Lexicon): boolean {
  const known = lex.knownOrgs.get(token.lower);
  if (known === undefined) return false;
  return isAllCaps(token) || known.length < 2 || known !== known.toUpperCase();
}

/** A word that is no common word, place or nationality: in a name, most likely a given name or a surname. */
export function isUnknownWord(word: string, lex: Lexicon): boolean {
  return lex.commonClasses(word) === undefined && !lex.places.has(word) && !lex.demonyms.has(word);
}

/** A capitalised common noun ("Journal", "Friends"), not a given name: it can head a name continued by "of". */
export function isCapitalizedNoun(token: Token, lex: Lexicon): boolean {
  return isCapitalized(token) && (lex.commonClasses(token.lower)?.includes('n') ?? false) && !lex.givenNames.has(token.lower);
}

/** The paragraph's text of tokens [first, last). */
export function textOf(reader: NameReader, first: number, last: number): string {
  return reader.paragraph.slice(reader.tokens[first].start, reader.tokens[last - 1].end);
}

/** The lower-cased words of tokens [first, last), punctuation left out. */
export function nameWords(tokens: readonly Token[], first: number, last: number): string[] {
  const result: string[] = [];
  for (let i = first; i < last; i++) if (tokens[i].kind === TokenKind.Word) result.push(tokens[i].lower);
  return result;
}

export function runEvery(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let i = from; i < to; i++) if (!test(tokens[i])) return false;
  return true;
}

export function runContains(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(tokens[i])) return true;
  return false;
}
