// Runs of name words: where a capitalised run starts a name, and the connectors it extends over ("Bank of England").
import { isApostrophe } from '../../text/chars';
import { NUMBER_WORDS, PERSONAL_PRONOUNS } from '../../lexicon/functionWords';
import { COMPANY_SUFFIXES, NAME_HEADS_BEFORE_OF } from '../../lexicon/organizations';
import { NAME_PARTICLES } from '../../lexicon/people';
import type { Lexicon } from '../../lexicon/lexicon';
import { Token, TokenFlag, TokenKind, isCapitalized, isPossessive } from '../../text/tokens';
import {
  isCapitalizedNoun,
  isKnownOrgAsWritten,
  isNameWord,
  isOrgHead,
  isTitleHead,
  runContains,
  runEvery,
  type NameReader,
} from './reader';

export const nameParticles = new Set(NAME_PARTICLES);
export const personalPronouns = new Set(PERSONAL_PRONOUNS);
const numberWords = new Set(NUMBER_WORDS);
const companySuffixes = new Set(COMPANY_SUFFIXES);
/** Besides organization and place heads, words that head a name continued by "of" ("House of Lords"). */
const namedHeadsBeforeOf = new Set(NAME_HEADS_BEFORE_OF);

/** Names longer than this are not names (a heading in capitals, a list of titles); it also keeps runs linear. */
const MAX_NAME_TOKENS = 16;

/**
 * Extends a run of name words from `start` over connectors that belong inside names: initials' dots, "of"/"for"
 * after an organization or title word ("Bank of England", "Secretary of State"), "and" between two parts of one
 * organization ("Food and Drug Administration"), and name particles ("bin", "van"). Returns the run's end.
 */
export function extendRun(reader: NameReader, start: number, limit: number): number {
  let end = start + 1;
  while (end < limit && end - start < MAX_NAME_TOKENS) {
    const joined = joinedAt(reader, start, end, limit);
    if (joined === 0) break;
    end += joined;
  }
  return end;
}

/** How many tokens from `end` join the run [start, end): 0 when it ends there. */
function joinedAt(reader: NameReader, start: number, end: number, limit: number): number {
  const token = reader.tokens[end];
  if (isNameWord(token) && (token.flags & TokenFlag.LineBreakBefore) === 0) return 1;
  if (isPossessiveInName(reader, end) || isDotInName(reader, end)) return 1;
  if (token.kind !== TokenKind.Word || isCapitalized(token)) return 0;
  return particleJoin(reader, end) || connectorJoin(reader, start, end) || andJoin(reader, start, end, limit);
}

/**
 * "People’s Liberation Army", "Farmers’ and Citizens’ League", "McDonald’s Corp": a possessive is part of a name when
 * what follows it is an organization's or a place's name, ended by its head word or a company suffix. Otherwise the
 * possessor is a name of its own and so is what it owns: "Trump’s Mar-a-Lago", "the Center’s Jane Doe".
 */
function isPossessiveInName(reader: NameReader, end: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[end];
  const previous = tokens[end - 1];
  const bareApostrophe = token.text.length === 1 && isApostrophe(token.text.charCodeAt(0));
  const apostrophe = isPossessive(token) || (bareApostrophe && previous.lower.endsWith('s'));
  if (!apostrophe || token.start !== previous.end || !isCapitalized(previous) || lex.titleWords.has(previous.lower)) return false;
  if (tokens[end + 1]?.lower === 'and') return isCapitalizedNoun(previous, lex);
  let last = end + 1;
  while (last + 1 < tokens.length && last < end + 5 && isNameWord(tokens[last + 1])) last++;
  if (!isNameWord(tokens[end + 1])) return false;
  const head = tokens[last].lower.replace(/\./g, '');
  // A company's own possessive ("McDonald’s Corp") needs no common noun before it; other names do ("Children’s").
  if (companySuffixes.has(head) && last === end + 1) return true;
  return isCapitalizedNoun(previous, lex) && (isOrgHead(head, lex) || lex.placeHeads.has(head));
}

/** "Mr." / "J." / "St.": the dot of an abbreviation or initial stays inside the name. */
function isDotInName(reader: NameReader, end: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[end];
  const previous = tokens[end - 1];
  if (token.text !== '.' || token.start !== previous.end || !isNameWord(tokens[end + 1])) return false;
  return previous.text.length === 1 || lex.honorifics.has(previous.lower) || previous.lower === 'st' || lex.titleWords.has(previous.lower);
}

/** Name particles: "Osama bin Laden" (one), "Joost van der Berghe", "Ursula von der Leyen", "Pedro de la Cruz" (two). */
function particleJoin(reader: NameReader, end: number): number {
  const { tokens } = reader;
  const lower = tokens[end].lower;
  if (!nameParticles.has(lower)) return 0;
  const next = tokens[end + 1];
  if (isNameWord(next) && lower !== 'la' && lower !== 'le') return 1;
  if (next !== undefined && nameParticles.has(next.lower) && !isCapitalized(next) && isNameWord(tokens[end + 2])) return 2;
  return 0;
}

/**
 * "Bank of England", "Secretary of State", "Council for the Welfare of Immigrants": "of" or "for" (with its "the")
 * after a run with a head word. But not "Mayor Leila Kattan of Mejillones", where a name already follows the title.
 */
function connectorJoin(reader: NameReader, start: number, end: number): number {
  const { tokens, lex } = reader;
  const lower = tokens[end].lower;
  const next = tokens[end + 1];
  const ofOrFor = lower === 'of' || lower === 'for';
  // "on" is read here too, but never joins.
  const connects = ((ofOrFor || lower === 'on') && isNameWord(next)) || (ofOrFor && next?.lower === 'the' && isNameWord(tokens[end + 2]));
  if (!connects || lower === 'on') return 0;
  const previous = tokens[end - 1];
  const head = (t: Token): boolean => isOrgHead(t.lower, lex) || lex.placeHeads.has(t.lower) || namedHeadsBeforeOf.has(t.lower);
  // A capitalised common noun before "of" heads a name too ("Friends of the Earth", "Journal of …").
  const immediate = head(previous) || isTitleHead(previous, lex) || isCapitalizedNoun(previous, lex);
  const runHasHead = immediate || (runContains(tokens, start, end, head) && !titledNameBefore(reader, start, end));
  if (!runHasHead) return 0;
  return next?.lower === 'the' ? 2 : 1;
}

/**
 * "Food and Drug Administration", "Journal of Climate and Child Health", "Farmers’ and Citizens’ League": "and"
 * joins two parts of one organization only when an organization head follows shortly or is already in the run.
 */
function andJoin(reader: NameReader, start: number, end: number, limit: number): number {
  const { tokens, lex } = reader;
  if (tokens[end].lower !== 'and' || !isNameWord(tokens[end + 1]) || lex.commonClasses(tokens[start].lower) === undefined) return 0;
  const ordinary = (t: Token): boolean =>
    t.kind !== TokenKind.Word || lex.commonClasses(t.lower) !== undefined || t.lower === 'of' || isPossessive(t);
  const ordinaryLeft = runEvery(tokens, start, end, ordinary);
  const structured = runContains(tokens, start, end, (t) => t.lower === 'of' || t.kind === TokenKind.Quote || isPossessive(t));
  if (!(end - start === 1 || ordinaryLeft || structured)) return 0;
  let k = end + 1;
  while (k < limit && k < end + 6 && (isNameWord(tokens[k]) || isQuoteInWord(tokens, k) || isPossessive(tokens[k]))) k++;
  if (isOrgHead(tokens[k - 1].lower, lex) || runContains(tokens, start, end, (t) => isOrgHead(t.lower, lex))) return 1;
  return 0;
}

/** A quotation mark written against the word before it ("Farmers’"). */
function isQuoteInWord(tokens: readonly Token[], k: number): boolean {
  return tokens[k].kind === TokenKind.Quote && tokens[k].start === tokens[k - 1].end;
}

/** A title followed by a personal name already in the run ("Mayor Leila Kattan"). */
function titledNameBefore(reader: NameReader, from: number, to: number): boolean {
  const { tokens, lex } = reader;
  for (let i = from; i < to - 1; i++) {
    const next = tokens[i + 1].lower;
    if (isTitleHead(tokens[i], lex) && !isOrgHead(next, lex) && lex.commonClasses(next) === undefined) return true;
  }
  return false;
}

/** Whether token `index` starts a sentence, or speech after a colon or an opening quote, which is capitalised like one. */
export function isSentenceStartAt(tokens: readonly Token[], index: number, sentenceFirst: number): boolean {
  let k = index - 1;
  while (k >= sentenceFirst && isOpeningMark(tokens[k])) k--;
  if (k < sentenceFirst) return true;
  const before = tokens[k];
  // After a colon or an opening quote, speech starts with a capital like a sentence does.
  if (before.text === ':' || before.text === ';') return true;
  return k < index - 1 && tokens[k + 1].kind === TokenKind.Quote && before.kind === TokenKind.Punct;
}

/** Quotation marks, brackets and dashes that may stand before a sentence's first word. */
function isOpeningMark(token: Token): boolean {
  const text = token.text;
  return token.kind === TokenKind.Quote || text === '(' || text === '[' || text === '—' || text === '-' || text === '–';
}

/** A word at the start of a sentence that is more likely an ordinary word than a name. */
export function isOrdinaryOpener(token: Token, runLength: number, lex: Lexicon): boolean {
  if (personalPronouns.has(token.lower) || numberWords.has(token.lower)) return true;
  const classes = lex.commonClasses(token.lower);
  if (classes === undefined) return false;
  if (lex.places.has(token.lower) || isKnownOrgAsWritten(token, lex) || lex.demonyms.has(token.lower)) return false;
  // "Will that help?" but "Will Smith said": a given name counts only when a surname follows.
  if (lex.givenNames.has(token.lower) && runLength > 1) return false;
  return true;
}
