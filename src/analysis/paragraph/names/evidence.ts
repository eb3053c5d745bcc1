// Typing evidence for a name: from its own words ("Bank", a given name, a known place) and from the words around it.
import { LOCATIVE_PREPOSITIONS, APPOSITION_OPENERS } from '../../lexicon/functionWords';
import type { Lexicon, PlaceInfo } from '../../lexicon/lexicon';
import { ORG_DESCRIPTORS } from '../../lexicon/organizations';
import { SPOKESPERSON_NOUNS, STATE_BODY_NOUNS } from '../../lexicon/people';
import { PLACE_NOUNS_AFTER } from '../../lexicon/places';
import type { SentenceRange } from '../../text/sentences';
import { foldedDiacritics } from '../../text/chars';
import { Token, TokenKind, isAllCaps, isCapitalized } from '../../text/tokens';
import { emptyEvidence, type TypeEvidence } from './candidate';
import { definitionEvidence } from './definition';
import { isCapitalWord, isOrgHead, isUnknownWord, type NameReader } from './reader';

const locativePrepositions = new Set(LOCATIVE_PREPOSITIONS);
const appositionOpeners = new Set(APPOSITION_OPENERS);
const orgDescriptors = new Set(ORG_DESCRIPTORS);
const placeNounsAfter = new Set(PLACE_NOUNS_AFTER);
const spokespersonNouns = new Set(SPOKESPERSON_NOUNS);
const stateBodyNouns = new Set(STATE_BODY_NOUNS);

/** WordNet knows the word as a name, and in none of its senses as a group or a place ("gdp", not "eu" or "un"). */
function namesThing(lower: string, lex: Lexicon): boolean {
  const classes = lex.properClasses(lower);
  return classes !== undefined && !/[gl]/i.test(classes);
}

/** Evidence for a name from its own words, written as tokens [first, last). */
export function intrinsicEvidence(
  words: readonly string[],
  tokens: readonly Token[],
  first: number,
  last: number,
  lex: Lexicon,
): TypeEvidence {
  const evidence = emptyEvidence();
  const joined = words.join(' ');
  const surface = tokens
    .slice(first, last)
    .map((t) => t.text)
    .join(' ')
    .toLowerCase();
  const place = lex.places.get(joined) ?? lex.places.get(surface) ?? placeWithoutDiacritics(joined, lex);
  if (place) evidence.place += 6;
  if (lex.knownOrgs.has(joined) || lex.knownOrgs.has(surface)) evidence.org += 6;
  const lastWord = words[words.length - 1];
  if (words.length > 1 && isOrgHead(lastWord, lex)) evidence.org += 5;
  else if (words.some((w) => isOrgHead(w, lex)) && words.length > 2) evidence.org += 3;
  if (words.length > 1 && (lex.placeHeads.has(lastWord) || lex.placePrefixes.has(words[0]))) evidence.place += 4;
  if (words.length === 1 && isAllCaps(tokens[first]) && !place && tokens[first].text.replace(/\./g, '').length <= 6) {
    // Capitals lean to an organization, unless WordNet knows the acronym as a thing ("GDP", "DNA", "LED").
    if (!namesThing(words[0], lex)) evidence.org += 2;
  }
  if (lex.givenNames.has(words[0]) && !place) evidence.person += words.length > 1 ? 3 : 1;
  if (looksLikeEastAsianName(words, lex)) evidence.person += 3;
  const plainWords = !words.some((w) => lex.commonClasses(w)?.includes('f'));
  if (words.length >= 2 && words.length <= 4 && evidence.org === 0 && evidence.place === 0 && plainWords) {
    // Two to four capitalised words with no organization or place word are most often a person,
    // unless every word is an ordinary English word ("Intelligence System").
    const uncommon = words.filter((w) => lex.commonClasses(w) === undefined && !lex.places.has(w) && !lex.demonyms.has(w)).length;
    if (uncommon >= 1) evidence.person += 1.5;
    else if (!lex.givenNames.has(words[0])) {
      evidence.person -= 1;
      evidence.org += 0.5;
    }
  }
  if (namesCountryInside(words, lex) && !place) {
    // "Environment Canada", "Air France": a country inside a longer name makes it an organization.
    evidence.person -= 2;
    evidence.org += 1.5;
  }
  if (ordinaryWordsJoined(words, lex)) {
    // "Friends of the Earth", "Doctors without Borders": ordinary words joined by "of" or "and" make no person's name.
    evidence.person -= 2;
    evidence.org += 3;
  }
  // A person's name does not end in a lone letter ("Protected B", "Plan B").
  if (words.length >= 2 && words[words.length - 1].length === 1) evidence.person -= 4;
  return evidence;
}

/** "Bogotá" as the list writes it, "Bogota"; undefined for a name with nothing to fold (most: no string is built). */
function placeWithoutDiacritics(joined: string, lex: Lexicon): PlaceInfo | undefined {
  const folded = foldedDiacritics(joined);
  return folded === undefined ? undefined : lex.places.get(folded);
}

const JOINING_WORDS = new Set(['of', 'for', 'and', 'the', 'without', 'against']);

/** Three or more words, joined by "of", "and"…, every other word an ordinary English word. */
function ordinaryWordsJoined(words: readonly string[], lex: Lexicon): boolean {
  if (words.length < 3 || !words.some((w) => JOINING_WORDS.has(w))) return false;
  return words.every((w) => JOINING_WORDS.has(w) || (lex.commonClasses(w) !== undefined && !lex.givenNames.has(w)));
}

/** "Xi Jinping", "Kim Jong Un": a known surname first, then short syllables that are no English words. */
function looksLikeEastAsianName(words: readonly string[], lex: Lexicon): boolean {
  if (words.length < 2 || words.length > 3 || !lex.eastAsianSurnames.has(words[0])) return false;
  return words.slice(1).every((w) => /^[a-z]{2,7}(?:-[a-z]{2,6})?$/.test(w) && lex.commonClasses(w) === undefined);
}

/**
 * A longer name, not starting with a given name nor ending in a place head, with a place or nationality inside. (A
 * word no lexicon knows before a city, "Valeska Paris", is as likely a given name and a surname: no evidence.)
 */
function namesCountryInside(words: readonly string[], lex: Lexicon): boolean {
  if (words.length < 2 || lex.givenNames.has(words[0]) || lex.placeHeads.has(words[words.length - 1])) return false;
  if (words.length === 2 && lex.places.get(words[1])?.kind !== 'country' && isUnknownWord(words[0], lex)) return false;
  return words.some((w) => lex.places.has(w) || lex.demonyms.has(w));
}

/** Adds to `evidence` what the words around tokens [first, last) say; tells whether "the" stands before them. */
export function contextEvidence(
  reader: NameReader,
  evidence: TypeEvidence,
  name: { first: number; last: number },
  sentence: SentenceRange,
): { precededByThe: boolean } {
  const { first, last } = name;
  const precededByThe = first - 1 >= sentence.first && reader.tokens[first - 1]?.lower === 'the';
  if (reader.tokens[first - 1] && first - 1 >= sentence.first) evidenceBefore(reader, evidence, first);
  if (reader.tokens[last] && last < sentence.last) {
    const { tokens } = reader;
    const cited = citedInBrackets(tokens, first, last, sentence.first) || inAuthorList(tokens, { first, last }, sentence);
    if ((cited && !namesWork(reader, first, last)) || namesAuthorOrLife(reader, first, last)) {
      evidence.person += 4;
      evidence.place -= 2;
      evidence.org -= 2;
    } else evidenceAfter(reader, evidence, last, sentence.last);
  }
  definitionEvidence(reader.tokens, reader.lex, name, sentence, evidence);
  return { precededByThe };
}

/** The word before a name: "the", a role ("minister X"), an organization descriptor ("oil company X"), a preposition. */
function evidenceBefore(reader: NameReader, evidence: TypeEvidence, first: number): void {
  const { tokens, lex } = reader;
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  const lowerBefore = before.kind === TokenKind.Word && !isCapitalized(before);
  if (before.lower === 'the') {
    evidence.person -= 3;
    evidence.org += 1;
    evidence.place += 0.5;
  } else if (lex.roleNouns.has(before.lower) && lowerBefore) {
    evidence.person += 4;
  } else if (orgDescriptors.has(before.lower) && lowerBefore) {
    // "oil company Yukos", "the Israeli daily Maariv", "the band OneRepublic".
    evidence.org += 3;
    evidence.person -= 2;
  } else if (before.text === ',' && before2 && orgDescriptors.has(before2.lower) && !isCapitalized(before2)) {
    // "The operator, PT Samudra Lintas Nusantara,".
    evidence.org += 3;
    evidence.person -= 2;
  } else if (before.text === ',' && before2 && lex.roleNouns.has(before2.lower) && !isCapitalized(before2)) {
    evidence.person += 3;
  } else if (locativePrepositions.has(before.lower) && before.kind === TokenKind.Word) {
    evidence.place += before.lower === 'in' || before.lower === 'near' || before.lower === 'from' ? 2 : before.lower === 'of' ? 0 : 1;
  } else if (before.lower === 'by' || before.lower === 'with') {
    evidence.person += 0.5;
    evidence.org += 0.5;
  }
}

/** The words after a name: a reporting verb, "spokesman", "government", "who", "province", an apposition. */
function evidenceAfter(reader: NameReader, evidence: TypeEvidence, last: number, sentenceLast: number): void {
  const { tokens, lex } = reader;
  const after = tokens[last];
  const after2 = tokens[last + 1];
  if (after.kind === TokenKind.Word && !isCapitalized(after)) {
    // "Berg repeated that": any verb of communication with a "that" clause reports as a reporting verb does.
    if (lex.reportingVerbs.get(after.lower) || (lex.communicationVerbs.has(after.lower) && after2?.lower === 'that')) {
      evidence.person += 1;
      evidence.org += 0.5;
    } else if (spokespersonNouns.has(after.lower)) {
      evidence.org += 2.5;
      evidence.place += 1.5;
      evidence.person -= 2;
    } else if (lex.roleNouns.has(after.lower) || stateBodyNouns.has(after.lower)) {
      evidence.org += 1.5;
      evidence.place += 1.5;
      evidence.person -= 1;
    } else if (after.lower === 'who') {
      evidence.person += 2;
    } else if (placeNounsAfter.has(after.lower)) {
      // "eastern Kunar province", "the Madura route": a place named before its kind.
      evidence.place += 3;
      evidence.person -= 2;
    }
  } else if (after.text === ',' && after2) {
    evidenceFromApposition(reader, evidence, last, sentenceLast);
  }
}

const YEAR = /^1\d{3}[a-z]?$|^20\d\d[a-z]?$/;

/**
 * A name followed by what only people get: a citation ("Brevik (2011)", "(Marvick, 2009)", "Tolvan et al."), a birth
 * or a life span ("Ana Folau (born 3 May 1970)", "(1889–1950)"). A year after ordinary words dates a work ("Silver
 * Lantern (2005)", "Drift (2019)"), not its author.
 */
function namesAuthorOrLife(reader: NameReader, first: number, last: number): boolean {
  const { tokens } = reader;
  const after = tokens[last];
  const after2 = tokens[last + 1];
  if (after2 === undefined) return false;
  if (after.lower === 'et') return after2.lower === 'al';
  if (after.text === '(' && after2.lower === 'born') return true;
  const cited = after.text === ',' ? tokens[first - 1]?.text === '(' : after.text === '(';
  if (!cited || !YEAR.test(after2.text)) return false;
  const close = tokens[last + 2]?.text;
  if (close !== ')' && close !== ';' && close !== ',' && !(after.text === '(' && (close === '–' || close === '-'))) return false;
  return !namesWork(reader, first, last);
}

/** How far back a citation's bracket may open: "(see for example X 2014; …". */
const CITATION_REACH = 8;

/** "(see Brevik 2014; …)", "(… ; Marvick 2010)": a name and a year inside brackets, the way authors are cited. */
function citedInBrackets(tokens: readonly Token[], first: number, last: number, sentenceFirst: number): boolean {
  const close = tokens[last + 1]?.text;
  if (!YEAR.test(tokens[last]?.text ?? '') || (close !== ';' && close !== ')')) return false;
  if (followsCitation(tokens, first - 1)) return true;
  for (let i = first - 1; i >= Math.max(sentenceFirst, first - CITATION_REACH); i--) {
    if (tokens[i].text === ')') return false;
    if (tokens[i].text === '(') return true;
  }
  return false;
}

/** "…, 2013; X": token `at` is the semicolon that ends a citation, so what follows it is cited too. */
function followsCitation(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === ';' && YEAR.test(tokens[at - 1]?.text ?? '');
}

/** How many tokens an author list may run: four names with their commas, an "&" and the year. */
const AUTHOR_LIST_REACH = 14;

/** A token an author list is made of: a capitalised word, a comma, "&", "and", "et al.". */
function inListOfAuthors(token: Token): boolean {
  const { text, lower } = token;
  if (token.kind === TokenKind.Word) return isCapitalized(token) || lower === 'and' || lower === 'et' || lower === 'al';
  return text === ',' || text === '&' || text === '.';
}

/**
 * One of several authors cited together: "(Vantia, Folau, & Brevik, 2010)", "Vantia and Brevik (2011)". The list
 * runs on to a year, and is bracketed before the names or before the year.
 */
function inAuthorList(tokens: readonly Token[], name: { first: number; last: number }, sentence: SentenceRange): boolean {
  const next = tokens[name.last];
  if (next.text !== ',' && next.text !== '&' && next.lower !== 'and') return false;
  let i = name.last;
  let yearBracketed = false;
  for (; i < Math.min(sentence.last, name.last + AUTHOR_LIST_REACH); i++) {
    const token = tokens[i];
    if (YEAR.test(token.text)) break;
    if (token.text === '(' && YEAR.test(tokens[i + 1]?.text ?? '')) yearBracketed = true;
    else if (!inListOfAuthors(token)) return false;
  }
  const close = tokens[i + 1]?.text;
  if (!YEAR.test(tokens[i]?.text ?? '') || (close !== ')' && close !== ';' && close !== ',')) return false;
  if (yearBracketed) return true;
  for (let k = name.first - 1; k >= Math.max(sentence.first, name.first - AUTHOR_LIST_REACH); k--) {
    if (tokens[k].text === '(' || followsCitation(tokens, k)) return true;
    if (!inListOfAuthors(tokens[k])) return false;
  }
  return false;
}

/**
 * Ordinary words, or a name after "the": a title's shape ("Silver Lantern", "Drift", "The Lantern"), not a person's.
 * Surnames that are ordinary words ("Baker") lose the cue; works dated in reviews and filmographies are as common.
 */
function namesWork(reader: NameReader, first: number, last: number): boolean {
  const { tokens, lex } = reader;
  if (tokens[first].lower === 'the' || tokens[first - 1]?.lower === 'the') return true;
  for (let i = first; i < last; i++) {
    if (tokens[i].kind === TokenKind.Word && lex.commonClasses(tokens[i].lower) === undefined) return false;
  }
  return true;
}

/** ", the Chilean battery maker," marks an organization; ", an Ottawa MP," and ", who …" a person; ", Kabul" a place. */
function evidenceFromApposition(reader: NameReader, evidence: TypeEvidence, last: number, sentenceLast: number): void {
  const { tokens, lex } = reader;
  const opener = tokens[last + 1];
  const article = opener.lower === 'the' || opener.lower === 'a' || opener.lower === 'an';
  if (article && descriptorWithin(reader, last + 2, Math.min(sentenceLast, last + 7))) {
    // "Cordillera Energía, the Chilean battery maker," / "Acme, a Dutch company,".
    evidence.org += 3;
    evidence.person -= 2;
  } else if (appositionOpeners.has(opener.lower) && opener.lower !== 'the') {
    const k = last + 2;
    // "Paul Dewar, an Ottawa MP," / "Kuleba, who spoke ..."
    if (opener.lower === 'who') evidence.person += 2;
    else if (roleWithin(reader, k, Math.min(sentenceLast, k + 6))) evidence.person += 2;
  } else if (isCapitalWord(opener) && lex.places.has(opener.lower)) {
    evidence.place += 2;
  }
}

/** An organization descriptor before the end of the apposition ("the Chilean battery maker"). */
function descriptorWithin(reader: NameReader, from: number, to: number): boolean {
  const { tokens, lex } = reader;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.text === ',' || token.text === '.') return false;
    // "Meanwhile, the Interfax News Agency said": a capitalised descriptor is another name, not an apposition.
    if (orgDescriptors.has(token.lower)) return !isCapitalized(token);
    if (lex.roleNouns.has(token.lower)) return false;
  }
  return false;
}

/** A role noun before the end of the apposition ("an Ottawa MP"). */
function roleWithin(reader: NameReader, from: number, to: number): boolean {
  const { tokens, lex } = reader;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.text === ',' || token.text === '.') return false;
    if (lex.roleNouns.has(token.lower)) return true;
  }
  return false;
}
