// Titles and roles around names: where a title ends and the name starts, lower-case roles, role descriptions.
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../lexicon/functionWords';
import type { Lexicon } from '../../lexicon/lexicon';
import { DESCRIPTION_HEADS, DESCRIPTION_MODIFIERS, POSTNOMINALS, ROLE_PHRASE_BOUNDARIES } from '../../lexicon/people';
import type { SentenceRange } from '../../text/sentences';
import { Token, TokenFlag, TokenKind, isAllCaps, isCapitalized, isPossessive } from '../../text/tokens';
import type { NameCandidate, RoleMention } from './candidate';
import { isCapitalWord, isOrgHead, isTitleHead, nameWords, type NameReader } from './reader';

export const postnominals = new Set(POSTNOMINALS);
const descriptionHeads = new Set(DESCRIPTION_HEADS);
const descriptionModifiers = new Set(DESCRIPTION_MODIFIERS);
/** Words a lower-case role phrase does not reach back past ("the", "its", "and"). */
const rolePhraseBoundaries = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, ...ROLE_PHRASE_BOUNDARIES]);

/** Index where the personal name starts after a title ("Chinese Foreign Minister | Qin Gang"), or -1. */
export function titleSplit(reader: NameReader, first: number, last: number): number {
  const { tokens, lex } = reader;
  let split = -1;
  // "Saudi Arabia", "British Airways": a known name is never split.
  const whole = nameWords(tokens, first, last).join(' ');
  if (lex.places.has(whole) || lex.knownOrgs.has(whole)) return -1;
  for (let i = first; i < last - 1; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word) continue;
    if (!isTitleHead(token, lex) && !(isPrefixDescriptor(token, lex) && onlyDescriptorsBefore(reader, first, i))) continue;
    const nameStart = nameAfterTitle(reader, i + 1, last);
    if (nameStart >= last || !isCapitalWord(tokens[nameStart])) continue;
    if (isPersonalName(nameWords(tokens, nameStart, last), lex)) split = nameStart;
  }
  return split;
}

/** Where a name may start after a title word ending at `from - 1`: past its dot and an "of …" complement. */
function nameAfterTitle(reader: NameReader, from: number, last: number): number {
  const { tokens, lex } = reader;
  let nameStart = from;
  if (tokens[nameStart]?.text === '.') nameStart++;
  // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Sergei Lavrov".
  if (tokens[nameStart]?.lower !== 'of' && tokens[nameStart]?.lower !== 'for') return nameStart;
  let k = nameStart + 1;
  if (tokens[k]?.lower === 'the') k++;
  const complementWord = (token: Token): boolean =>
    lex.commonClasses(token.lower) !== undefined || lex.places.has(token.lower) || isOrgHead(token.lower, lex);
  while (k < last && tokens[k].kind === TokenKind.Word && complementWord(tokens[k])) k++;
  return k;
}

/** Whether the words after a title are a person's name rather than the rest of an organization or of the title. */
function isPersonalName(rest: readonly string[], lex: Lexicon): boolean {
  if (rest.length === 0) return false;
  const restLast = rest[rest.length - 1];
  // "General Motors", "Justice Department" are organizations; "Vice Admiral Albert Church" is still a person.
  if ((isOrgHead(restLast, lex) || lex.placeHeads.has(restLast)) && !lex.givenNames.has(rest[0])) return false;
  if (rest.every((w) => lex.titleWords.has(w))) return false;
  // "Martin Luther King Jr": nothing but letters after a name follows the title word, so it is no title.
  return !rest.every((w) => postnominals.has(w.replace(/\.$/, '')));
}

/** A word that describes a person before the name: a role ("Archaeologist", "Lawmakers") or a nationality/group ("Filipino"). */
export function isPrefixDescriptor(token: Token, lex: Lexicon): boolean {
  const lower = token.lower;
  if (lex.roleNouns.has(lower) || lex.demonyms.has(lower) || lex.groupWords.has(lower)) return true;
  return lower.endsWith('s') && lex.roleNouns.has(lower.slice(0, -1));
}

/** A role or nationality splits off a name only from the start of the run ("Filipino Roberto …"), not mid-name. */
function onlyDescriptorsBefore(reader: NameReader, first: number, index: number): boolean {
  const { tokens, lex } = reader;
  for (let i = first; i < index; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word) continue;
    if (!(isPrefixDescriptor(token, lex) || lex.titleWords.has(token.lower) || lex.commonClasses(token.lower)?.includes('j'))) return false;
  }
  return true;
}

/** True when the words before `split` include a real title or role, not only a nationality. */
export function prefixHasRole(reader: NameReader, first: number, split: number): boolean {
  const { tokens, lex } = reader;
  for (let i = first; i < split; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word) continue;
    const lower = token.lower;
    if (isTitleHead(token, lex) || lex.roleNouns.has(lower) || (lower.endsWith('s') && lex.roleNouns.has(lower.slice(0, -1)))) return true;
  }
  return false;
}

/** The country a demonym or country name among tokens [first, last) names ("Russian President" → Russia). */
export function demonymCountry(reader: NameReader, first: number, last: number): string | undefined {
  const { tokens, lex } = reader;
  for (let i = first; i < last; i++) {
    const lower = tokens[i].lower;
    const country = lex.demonyms.get(lower) ?? (lex.places.get(lower)?.kind === 'country' ? lex.places.get(lower)?.name : undefined);
    if (country) return country;
  }
  return undefined;
}

/** A title head, or a role noun written in capitals or that is also a common word ("an Ottawa New Democrat MP"). */
export function isRoleWord(token: Token, lex: Lexicon): boolean {
  if (lex.titleHeads.has(token.lower)) return true;
  return lex.roleNouns.has(token.lower) && (isAllCaps(token) || lex.commonClasses(token.lower) !== undefined);
}

/** A run of title words, nationalities, "of" and "the" with a title head among them ("Foreign Minister"). */
export function runIsOnlyTitles(reader: NameReader, first: number, last: number): boolean {
  const { tokens, lex } = reader;
  let sawHead = false;
  for (let i = first; i < last; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word) continue;
    const lower = token.lower;
    if (lex.titleHeads.has(lower)) sawHead = true;
    else if (!lex.titleWords.has(lower) && !lex.demonyms.has(lower) && lower !== 'of' && lower !== 'the') return false;
  }
  return sawHead;
}

/** The role tokens [first, last) describe, as a role mention whose head is the last word. */
export function roleOfRun(reader: NameReader, first: number, last: number): RoleMention {
  const { tokens } = reader;
  const lastToken = tokens[last - 1];
  return {
    start: tokens[first].start,
    end: lastToken.end,
    text: reader.paragraph.slice(tokens[first].start, lastToken.end),
    firstToken: first,
    lastToken: last,
    head: lastToken.lower,
    country: demonymCountry(reader, first, last),
  };
}

/** The lower-case role phrase right before a name ("foreign policy adviser"), up to four words. */
export function lowerCaseRoleBefore(reader: NameReader, nameFirst: number, sentenceFirst: number): NameCandidate['role'] {
  const { tokens, lex } = reader;
  // "Kazakhstan's minister of water resources, Saule Zhaksylykova": a role in apposition before the name.
  if (tokens[nameFirst - 1]?.text === ',') return roleInAppositionBefore(reader, nameFirst, sentenceFirst);
  const head = tokens[nameFirst - 1];
  if (!head || nameFirst - 1 < sentenceFirst || head.kind !== TokenKind.Word || isCapitalized(head)) return undefined;
  if (!lex.roleNouns.has(head.lower)) return undefined;
  let first = nameFirst - 1;
  while (first - 1 >= sentenceFirst && first > nameFirst - 5 && isRoleModifier(reader, tokens[first - 1])) first--;
  return { start: tokens[first].start, end: head.end, text: reader.paragraph.slice(tokens[first].start, head.end), firstToken: first };
}

/** A lower-case noun or adjective that may qualify a role ("water resources", "foreign policy"). */
function isRoleModifier(reader: NameReader, token: Token): boolean {
  if (token.kind !== TokenKind.Word || isCapitalized(token) || isPossessive(token) || rolePhraseBoundaries.has(token.lower)) return false;
  const classes = reader.lex.commonClasses(token.lower);
  if (!classes || classes.includes('f')) return false;
  return !(classes.includes('v') && !classes.includes('n') && !classes.includes('j'));
}

/** "the minister of water resources, Saule Zhaksylykova": a lower-case role phrase ending at the comma before a name. */
function roleInAppositionBefore(reader: NameReader, nameFirst: number, sentenceFirst: number): NameCandidate['role'] {
  const { tokens, lex } = reader;
  let k = nameFirst - 2;
  let roleWord = -1;
  const lowerWord = (token: Token): boolean => token.kind === TokenKind.Word && !isCapitalized(token) && !isPossessive(token);
  while (k >= sentenceFirst && k > nameFirst - 8 && lowerWord(tokens[k])) {
    if (lex.roleNouns.has(tokens[k].lower)) roleWord = k;
    k--;
  }
  if (roleWord < 0) return undefined;
  let first = roleWord;
  const qualifies = (token: Token): boolean => !rolePhraseBoundaries.has(token.lower) && /[nj]/.test(lex.commonClasses(token.lower) ?? '');
  while (first - 1 > k && qualifies(tokens[first - 1])) first--;
  const end = tokens[nameFirst - 2].end;
  return { start: tokens[first].start, end, text: reader.paragraph.slice(tokens[first].start, end), firstToken: first };
}

/** Role descriptions that can stand for a person ("the Russian leader", "the country's foreign minister"). */
export function findRoleMentions(reader: NameReader, sentence: SentenceRange): void {
  const { tokens, lex } = reader;
  for (let i = sentence.first; i < sentence.last; i++) {
    const determiner = tokens[i];
    if (determiner.lower !== 'the' && determiner.lower !== 'our' && determiner.lower !== 'their') continue;
    let k = i + 1;
    let country: string | undefined;
    // Up to three modifiers: "the Russian leader", "the country's foreign minister".
    while (k < sentence.last && k < i + 4) {
      const token = tokens[k];
      const lower = token.lower;
      if (lex.demonyms.has(lower)) country = lex.demonyms.get(lower);
      else if (lex.places.get(lower)?.kind === 'country') country = lex.places.get(lower)?.name;
      else if (!(descriptionModifiers.has(lower) || isPossessive(token))) break;
      k++;
    }
    const head = tokens[k];
    if (!head || head.kind !== TokenKind.Word || !isDescriptionHead(head, lex)) continue;
    // "the minister of ..." is still a description; "the leaders" (plural) is not one person.
    const next = tokens[k + 1];
    if (next && isCapitalWord(next) && (next.flags & TokenFlag.SpaceBefore) !== 0 && !lex.reportingVerbs.has(next.lower)) continue;
    const text = reader.paragraph.slice(determiner.start, head.end);
    reader.roles.push({ start: determiner.start, end: head.end, text, firstToken: i, lastToken: k + 1, head: head.lower, country });
    i = k;
  }
}

function isDescriptionHead(token: Token, lex: Lexicon): boolean {
  return descriptionHeads.has(token.lower) || lex.roleNouns.has(token.lower) || lex.titleHeads.has(token.lower);
}

/** Words a role in apposition may end before (", the mayor of Oakdale,", ", a senator who …"). */
const apposedRoleEnds = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'who', 'since', 'and']);

/** Most words between the article of an apposition and its role noun (", the former Oakdale city council member"). */
const MAX_APPOSED_ROLE = 5;

/**
 * The role an apposition right after a name gives it (", the mayor of Oakdale," → "mayor"; ", a former state
 * senator," → "former state senator"; " is a spokeswoman for" → "spokeswoman"), so that "the mayor" can find the person
 * later; undefined when there is none.
 */
export function apposedRole(reader: NameReader, last: number, sentenceLast: number): string | undefined {
  const { tokens, lex } = reader;
  const article = tokens[last + 1]?.lower;
  // ", the mayor of Oakdale," and "is a spokesman for Acme": an apposition, or the role the sentence gives the name.
  const link = tokens[last]?.text === ',' || tokens[last]?.lower === 'is' || tokens[last]?.lower === 'was';
  if (!link || !(article === 'the' || article === 'a' || article === 'an')) return undefined;
  for (let k = last + 2; k < sentenceLast && k <= last + 1 + MAX_APPOSED_ROLE; k++) {
    const token = tokens[k];
    if (token.kind !== TokenKind.Word) return undefined;
    // ", the Green Party's candidate,": the owner qualifies the role that follows.
    if (isPossessive(token)) continue;
    if (!lex.roleNouns.has(token.lower) && !lex.titleHeads.has(token.lower)) continue;
    if (lex.relationNouns.has(token.lower)) return undefined;
    const next = tokens[k + 1];
    const ends = !next || (next.kind === TokenKind.Punct && !isPossessive(next)) || apposedRoleEnds.has(next.lower);
    return ends ? reader.paragraph.slice(tokens[last + 2].start, token.end) : undefined;
  }
  return undefined;
}
