// Finds capitalised names in a paragraph, separates titles and roles from them, and collects typing evidence.
import { MONTHS } from '../../lexicon/calendar';
import { ARTICLES } from '../../lexicon/functionWords';
import { lexicon, type Lexicon } from '../../lexicon/lexicon';
import { COMPOUND_PREFIXES, COMPOUND_SUFFIXES, EVENT_HEADS, NOT_NAMES } from '../../lexicon/notNames';
import { sortInPlace } from '../../text/arrays';
import type { SentenceRange } from '../../text/sentences';
import { Token, TokenKind, isAllCaps, isCapitalized, isPossessive } from '../../text/tokens';
import { emptyEvidence, simpleCandidate, type NameCandidate, type NamesInParagraph, type TypeEvidence } from './candidate';
import { findDemonyms } from './demonyms';
import { contextEvidence, intrinsicEvidence } from './evidence';
import { keyName } from './keys';
import { scoreNames } from './typingModel';
import { isCapitalWord, isNameWord, isOrgHead, nameWords, PARTICLE_PREFIX, textOf, type NameReader } from './reader';
import { extendRun, isOrdinaryOpener, isSentenceStartAt, nameParticles, personalPronouns } from './runs';
import {
  apposedRole,
  demonymCountry,
  findRoleMentions,
  isPrefixDescriptor,
  isRoleWord,
  lowerCaseRoleBefore,
  postnominals,
  prefixHasRole,
  roleOfRun,
  runIsOnlyTitles,
  titleSplit,
} from './titles';

const compoundSuffixes = new Set(COMPOUND_SUFFIXES);
const compoundPrefixes = new Set(COMPOUND_PREFIXES);
const eventHeads = new Set(EVENT_HEADS);
const notNames = new Set(NOT_NAMES);

const ROMAN_NUMERAL = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/;

/** A run of name words in a sentence, tokens [first, last). */
interface Run {
  first: number;
  last: number;
  sentence: SentenceRange;
  /** The run opens its sentence (or speech after a colon or quote). */
  atSentenceStart: boolean;
  /** Its first word is a common word capitalised only because it opens the sentence. */
  initialCommon: boolean;
}

/** A name after any title split off it: where it starts, the role before it, and the evidence so far. */
interface TitledName {
  nameFirst: number;
  role: NameCandidate['role'];
  roleCountry: string | undefined;
  evidence: TypeEvidence;
}

/** Finds the names and role descriptions of one paragraph. */
export function findNames(paragraph: string, tokens: readonly Token[], sentences: readonly SentenceRange[]): NamesInParagraph {
  const reader: NameReader = { paragraph, tokens, lex: lexicon(), names: [], roles: [] };
  for (const sentence of sentences) {
    findRoleMentions(reader, sentence);
    findNamesInSentence(reader, sentence);
  }
  const { names, roles, lex } = reader;
  for (const name of names) keyName(name, lex);
  // A description inside a name's own title ("the Secretary" of "the Secretary of State Antony Blinken") is not separate.
  const covered = new Uint8Array(tokens.length + 1);
  for (const name of names) if (name.firstToken >= 0) covered.fill(1, name.role ? name.role.firstToken : name.firstToken, name.lastToken);
  const keptRoles = roles.filter((role) => {
    for (let t = role.firstToken; t < role.lastToken; t++) if (covered[t]) return false;
    return true;
  });
  // Reading order, so that later steps can walk names without sorting them again.
  sortInPlace(names, (a, b) => a.start - b.start || b.end - a.end);
  scoreNames(names, tokens, sentences, lex);
  return { names, roles: keptRoles, demonyms: findDemonyms(paragraph, tokens, covered, lex) };
}

/** Reads each run of name words in a sentence as a name, a role, or neither. */
function findNamesInSentence(reader: NameReader, sentence: SentenceRange): void {
  const { tokens, lex } = reader;
  let i = sentence.first;
  while (i < sentence.last) {
    if (!startsNameRun(tokens[i]) && !monthOpensName(tokens, i)) {
      i++;
      continue;
    }
    const runEnd = extendRun(reader, i, sentence.last);
    const sentenceInitial = isSentenceStartAt(tokens, i, sentence.first);
    const opener = sentenceInitial ? readOpener(reader, i, runEnd) : { first: i, initialCommon: false };
    const first = opener.first;
    // "Officials said …": a generic speaker alone at a sentence start is no name.
    const loneSpeaker = sentenceInitial && first === i && runEnd - first === 1 && lex.genericSpeakers.has(tokens[first].lower);
    if (first < runEnd && !loneSpeaker) {
      const atSentenceStart = sentenceInitial && first === i;
      addRun(reader, { first, last: runEnd, sentence, atSentenceStart, initialCommon: opener.initialCommon });
    }
    i = runEnd;
  }
}

/** A capitalised word, an all-capitals word, or a particle joined to a name ("al-Maliki"). */
function startsNameRun(token: Token): boolean {
  return isNameWord(token) && (isCapitalized(token) || isAllCaps(token) || PARTICLE_PREFIX.test(token.text));
}

const months = new Set(MONTHS);
const articles = new Set(ARTICLES);

/** "the March Hare", "a June Bride": a month between an article and a capitalised word opens a name (dates leave it). */
function monthOpensName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!isCapitalized(token) || !months.has(token.lower) || !articles.has(tokens[i - 1]?.lower ?? '')) return false;
  const next = tokens[i + 1];
  return isNameWord(next) && isCapitalized(next);
}

/**
 * Drops an ordinary word that is capitalised only because it opens the sentence ("Both China …"). A title
 * ("President Bush") or a role ("Archaeologist Yardenna Alexandre") stays for the title split; a common noun
 * stays, marked as such ("Bush", "Will Smith").
 */
function readOpener(reader: NameReader, i: number, runEnd: number): { first: number; initialCommon: boolean } {
  const { tokens, lex } = reader;
  const token = tokens[i];
  if (!isOrdinaryOpener(token, runEnd - i, lex)) return { first: i, initialCommon: false };
  if (runEnd - i > 1 && (lex.titleWords.has(token.lower) || isPrefixDescriptor(token, lex))) return { first: i, initialCommon: false };
  const classes = lex.commonClasses(token.lower) ?? '';
  const nounLike = classes.includes('n') && !classes.includes('f') && !personalPronouns.has(token.lower);
  return nounLike ? { first: i, initialCommon: true } : { first: i + 1, initialCommon: false };
}

/** Reads a run as a name (with its title and evidence), a role description, or nothing. */
function addRun(reader: NameReader, run: Run): void {
  const { tokens, lex } = reader;
  const first = run.first;
  let last = trimRunEnd(tokens, first, run.last);
  if (last <= first) return;
  const titled = splitTitle(reader, first, last, run.sentence);
  if (!titled) return;
  let { nameFirst, role } = titled;
  const { roleCountry, evidence } = titled;
  const words = nameWords(tokens, nameFirst, last);
  if (!couldBeName(reader, words, nameFirst, last)) return;
  if (words.length === 1 && /[-‐‑]/.test(tokens[nameFirst].text) && readCompound(reader, tokens[nameFirst], words[0])) return;
  // "The Guardian", "The Hague": the article is part of some names.
  if (nameFirst > 0 && !role && tokens[nameFirst - 1].text === 'The' && knownWithThe(words, lex)) {
    nameFirst--;
    words.unshift('the');
  }
  addEvidence(evidence, intrinsicEvidence(words, tokens, nameFirst, last, lex));
  if (nameFirst > 0 && tokens[nameFirst - 1].text === '.' && lex.honorifics.has(tokens[nameFirst - 2]?.lower ?? '')) evidence.person += 3;
  // "Priyanka Bhattacharya KC", "Martin Luther King Jr": letters after a name are a title, not the name.
  const tailToken = last;
  while (last - nameFirst > 1 && postnominals.has(tokens[last - 1].lower.replace(/\.$/, ''))) {
    last--;
    words.pop();
    evidence.person += 3;
  }
  // "water resources minister Saule Zhaksylykova", "Kremlin spokesman Dmitry Peskov": a lower-case role.
  role ??= lowerCaseRoleBefore(reader, nameFirst, run.sentence.first);
  // "Priya, 61," — an age in apposition marks a person.
  if (ageInApposition(tokens, last)) evidence.person += 4;
  const { precededByThe } = contextEvidence(reader, evidence, { first: role ? first : nameFirst, last }, run.sentence);
  const apposed = apposedRole(reader, tailToken, run.sentence.last);
  reader.names.push({
    start: tokens[nameFirst].start,
    end: tokens[last - 1].end,
    text: textOf(reader, nameFirst, last),
    firstToken: nameFirst,
    lastToken: last,
    words,
    role,
    apposedRole: apposed,
    roleCountry,
    evidence,
    typing: emptyEvidence(),
    initialCommon: run.initialCommon && !role,
    midSentence: !(run.atSentenceStart && nameFirst === first),
    possessive: isPossessive(tokens[tailToken] ?? tokens[tailToken - 1]),
    precededByThe,
    subject: false,
    tailToken,
    key: '',
  });
}

/** Trims connectors and dots left at the end of a run ("Bank of", "bin"). */
function trimRunEnd(tokens: readonly Token[], first: number, last: number): number {
  const dangling = (token: Token): boolean => {
    const lower = token.lower;
    if (token.kind !== TokenKind.Word || nameParticles.has(lower)) return true;
    return lower === 'of' || lower === 'the' || lower === 'and' || lower === 'for';
  };
  while (last > first && dangling(tokens[last - 1])) last--;
  return last;
}

/**
 * Splits a title off the run ("Chinese Foreign Minister | Qin Gang"). Undefined when the run is a role rather than
 * a name: a bare title ("President said"), a role with names inside ("an Ottawa New Democrat MP"), only titles.
 */
function splitTitle(reader: NameReader, first: number, last: number, sentence: SentenceRange): TitledName | undefined {
  const { tokens, lex } = reader;
  const split = titleSplit(reader, first, last);
  if (split > first) {
    const role = { start: tokens[first].start, end: tokens[split - 1].end, text: textOf(reader, first, split), firstToken: first };
    const evidence = emptyEvidence();
    // "Filipino Roberto Tarongoy": a nationality alone is weaker evidence than a title.
    evidence.person += prefixHasRole(reader, first, split) ? 5 : 1;
    const titled = { nameFirst: split, role, roleCountry: demonymCountry(reader, first, split), evidence };
    addRoleEmbeddedNames(reader, first, split, sentence);
    return titled;
  }
  if (lex.titleHeads.has(tokens[first].lower) && last - first === 1) {
    // A bare title ("President said") is a description, not a name.
    const token = tokens[first];
    reader.roles.push({ start: token.start, end: token.end, text: token.text, firstToken: first, lastToken: first + 1, head: token.lower });
    return undefined;
  }
  if (last - first > 1 && isRoleWord(tokens[last - 1], lex) && !isOrgHead(tokens[last - 1].lower, lex)) {
    // "an Ottawa New Democrat MP": a role with names inside it, not a name.
    addRoleEmbeddedNames(reader, first, last - 1, sentence);
    reader.roles.push(roleOfRun(reader, first, last));
    return undefined;
  }
  if (runIsOnlyTitles(reader, first, last)) {
    reader.roles.push(roleOfRun(reader, first, last));
    return undefined;
  }
  return { nameFirst: first, role: undefined, roleCountry: undefined, evidence: emptyEvidence() };
}

/**
 * Whether the words can be an actor's name: not a lone initial or numeral ("II"), a demonym or group word
 * ("Chinese"), a unit or disease, an event ("World War II", "Nobel Peace Prize", "Hurricane Katrina"), a model
 * number ("F-16"), nor a capitalised adjective before a lower-case noun ("Western leaders").
 */
function couldBeName(reader: NameReader, words: readonly string[], nameFirst: number, last: number): boolean {
  const { lex } = reader;
  if (words.length === 0) return false;
  if (words.every((w) => ROMAN_NUMERAL.test(w) || w.replace(/\./g, '').length <= 1)) return false;
  const joinedWords = words.join(' ');
  if (lex.demonyms.has(joinedWords) || lex.groupWords.has(joinedWords) || notNames.has(joinedWords)) return false;
  if (lex.eventPrefixes.has(words[0]) && words.length > 1) return false;
  const headWord = words.filter((w) => !ROMAN_NUMERAL.test(w)).pop() ?? '';
  if (eventHeads.has(headWord) && (words.length > 1 || lex.commonClasses(headWord) !== undefined)) return false;
  if (words.some((w) => /\d/.test(w)) && !lex.knownOrgs.has(joinedWords)) return false;
  const known = lex.knownOrgs.has(joinedWords) || lex.places.has(joinedWords);
  if (words.length === 1 && !known && isUnitBesideCount(reader, nameFirst, last)) return false;
  return !(words.length === 1 && (lex.demonyms.has(words[0]) || isAdjectiveUse(reader, nameFirst, last)));
}

/** A count that is not a year ("225", "11"): an amount, where a year may begin a clause ("In 2005 NATO said"). */
function isCount(token: Token | undefined): boolean {
  return token?.kind === TokenKind.Number && !/^(?:1[5-9]|20)\d\d$/.test(token.text);
}

/**
 * A lone word in capitals written against a count ("225 DKK", "11 RBI", "USD 25"): a currency or unit, no name; but
 * "five UNHCR staff" counts the noun after it.
 */
function isUnitBesideCount(reader: NameReader, first: number, last: number): boolean {
  const { tokens, lex } = reader;
  if (last - first !== 1 || !isAllCaps(tokens[first])) return false;
  if (isCount(tokens[last])) return true;
  const next = tokens[last];
  // A lower-case word read first as a noun and never as a function word: what the count counts.
  const nounAfter = next?.kind === TokenKind.Word && !isCapitalized(next) && /^n[^f]*$/.test(lex.commonClasses(next.lower) ?? '');
  return isCount(tokens[first - 1]) && !nounAfter;
}

/**
 * Reads a one-word hyphenated run: "NATO-led", "Senegal-based" (the name before the suffix is the mention),
 * "China-Russia" (each country a place), "East-West", "Franco-German" (no name). True when that settles the run.
 */
function readCompound(reader: NameReader, token: Token, word: string): boolean {
  const { lex } = reader;
  const parts = token.lower.split(/[-‐‑]/);
  const suffix = parts[parts.length - 1];
  const writtenSuffix = token.text.slice(token.text.length - suffix.length);
  const lowerSuffix = writtenSuffix === suffix && lex.commonClasses(suffix) !== undefined;
  if (parts.length >= 2 && (compoundSuffixes.has(suffix) || lowerSuffix)) {
    // "NATO-led", "Senegal-based": an adjective built on a name; the name is the mention.
    const baseLength = token.text.length - suffix.length - 1;
    const base = token.text.slice(0, baseLength).toLowerCase();
    if (lex.places.has(base) || lex.knownOrgs.has(base)) {
      const evidence = { person: 0, org: lex.knownOrgs.has(base) ? 6 : 0, place: lex.places.has(base) ? 6 : 0 };
      reader.names.push(simpleCandidate(reader.paragraph, token.start, token.start + baseLength, evidence));
    }
    return true;
  }
  const known = lex.places.has(word) || lex.knownOrgs.has(word);
  if (!known && parts.every((p) => lex.places.has(p) || lex.demonyms.has(p))) {
    addHyphenatedPlaces(reader, token);
    return true;
  }
  // "East-West", "Franco-German", "Russian-Chinese": compounds of ordinary words and demonyms are no names.
  const ordinaryPart = (p: string): boolean =>
    p.length === 0 || lex.commonClasses(p) !== undefined || lex.demonyms.has(p) || compoundPrefixes.has(p);
  return !known && parts.every(ordinaryPart);
}

/** "The Guardian", "The Hague": known with their article. */
function knownWithThe(words: readonly string[], lex: Lexicon): boolean {
  const withThe = `the ${words.join(' ')}`;
  return lex.knownOrgs.has(withThe) || lex.places.has(withThe);
}

function addEvidence(evidence: TypeEvidence, more: TypeEvidence): void {
  evidence.person += more.person;
  evidence.org += more.org;
  evidence.place += more.place;
}

/** ", 61," right after a name: an age in apposition. */
function ageInApposition(tokens: readonly Token[], last: number): boolean {
  const age = tokens[last + 1];
  return tokens[last]?.text === ',' && age?.kind === TokenKind.Number && /^\d{1,3}$/.test(age.text) && tokens[last + 2]?.text === ',';
}

/** A single capitalised adjective before a lower-case noun ("Western leaders", "Islamic militants"). */
function isAdjectiveUse(reader: NameReader, first: number, last: number): boolean {
  const { tokens, lex } = reader;
  // "He flew from London to Paris": a known place or organization is a name whatever the word list says.
  if (lex.places.has(tokens[first].lower) || lex.knownOrgs.has(tokens[first].lower)) return false;
  const classes = lex.commonClasses(tokens[first].lower);
  if (classes === undefined || !classes.includes('j') || classes.includes('n')) return false;
  const next = tokens[last];
  return next !== undefined && next.kind === TokenKind.Word && !isCapitalized(next);
}

/** "China-Russia relations": each country inside a hyphenated word is a place mention. */
function addHyphenatedPlaces(reader: NameReader, token: Token): void {
  let offset = token.start;
  for (const part of token.text.split(/[-‐‑]/)) {
    if (reader.lex.places.has(part.toLowerCase())) {
      reader.names.push(simpleCandidate(reader.paragraph, offset, offset + part.length, { person: 0, org: 0, place: 6 }));
    }
    offset += part.length + 1;
  }
}

/** Organizations and places inside a role ("Bank of England Governor", "CEO of the Refugee Council"). */
function addRoleEmbeddedNames(reader: NameReader, first: number, last: number, sentence: SentenceRange): void {
  const { tokens, lex } = reader;
  let i = first;
  while (i < last) {
    const token = tokens[i];
    if (!isCapitalWord(token) || lex.titleWords.has(token.lower) || lex.demonyms.has(token.lower)) {
      i++;
      continue;
    }
    const end = embeddedNameEnd(reader, i, last);
    const words = nameWords(tokens, i, end);
    const evidence = intrinsicEvidence(words, tokens, i, end, lex);
    // Only organizations and places: a word of the title itself ("Harbour Minister") is not a name.
    if (evidence.org > 0 || evidence.place > 0) {
      reader.names.push({
        start: token.start,
        end: tokens[end - 1].end,
        text: textOf(reader, i, end),
        firstToken: i,
        lastToken: end,
        words,
        evidence,
        typing: emptyEvidence(),
        initialCommon: false,
        midSentence: i > sentence.first,
        possessive: false,
        precededByThe: tokens[i - 1]?.lower === 'the',
        subject: false,
        key: '',
      });
    }
    i = end;
  }
}

/** The end of a name inside a role: capitalised words and "of", up to a title head that is no organization head. */
function embeddedNameEnd(reader: NameReader, i: number, last: number): number {
  const { tokens, lex } = reader;
  let end = i + 1;
  const continues = (k: number): boolean => (tokens[k].lower === 'of' && isCapitalWord(tokens[k + 1])) || isCapitalWord(tokens[k]);
  const titleHeadHere = (k: number): boolean => lex.titleHeads.has(tokens[k].lower) && !isOrgHead(tokens[k].lower, lex);
  while (end < last && continues(end) && !titleHeadHere(end)) end++;
  return end;
}
