// Typing: a name's type (person, organization, place, or none) from the evidence of all its occurrences.
import { withoutDotsAndApostrophes } from '../../text/chars';
import type { Lexicon } from '../../lexicon/lexicon';
import type { ActorType, KnownActor } from '../../types';
import type { TypeEvidence } from '../../paragraph/names/candidate';
import { addWeights, typingScale } from '../../paragraph/names/typingModel';
import { bestType, isAcronymKey, isSurnameFirst, listFullName, strongHandType, type FullNameWords } from './drafts';
import type { KeyEntry } from './nameTable';

/** A declared actor and its place among the declarations, by each of its forms as a key. */
export type KnownForms = Map<string, { actor: KnownActor; index: number }>;

/** The declared actors' names and aliases as keys ("U.S." → "us"). */
export function knownForms(knownActors: readonly KnownActor[]): KnownForms {
  const known: KnownForms = new Map();
  knownActors.forEach((actor, index) => {
    for (const form of [actor.name, ...(actor.aliases ?? [])]) known.set(withoutDotsAndApostrophes(form.toLowerCase()), { actor, index });
  });
  return known;
}

/** The document's full names listed by the words single-word names are typed by. */
export function listFullNames(entries: ReadonlyMap<string, KeyEntry>): FullNameWords {
  const fullNames: FullNameWords = {
    personLastWords: new Map(),
    personFirstWords: new Map(),
    orgFirstWords: new Map(),
    orgInitials: new Map(),
    termInitials: new Map(),
  };
  entries.forEach((entry, key) => listFullName(fullNames, key, entry.words, entry, 1));
  return fullNames;
}

/**
 * The type of each key as the table and the full-name lists stand when asked (both are updated in place after an
 * edit): a declared actor's type, none for an ignored name, else what its evidence and the full names say.
 */
export function typingOf(
  entries: ReadonlyMap<string, KeyEntry>,
  known: KnownForms,
  ignored: ReadonlySet<string>,
  fullNames: FullNameWords,
  lex: Lexicon,
): (key: string) => ActorType | null {
  return (key) => {
    const entry = entries.get(key);
    if (!entry) return null;
    const knownActor = known.get(key);
    if (knownActor) return knownActor.actor.type;
    if (ignored.has(key)) return null;
    return typeOfEntry(entry, key, entries, fullNames, lex);
  };
}

/** Log-odds a lone common word's type must reach over no name. */
const COMMON_WORD_MARGIN = 1;

function typeOfEntry(
  entry: KeyEntry,
  key: string,
  entries: ReadonlyMap<string, KeyEntry>,
  fullNames: FullNameWords,
  lex: Lexicon,
): ActorType | null {
  // An acronym the document spells out in lower-case words is a term ("SSS", "LED"), wherever it stands.
  if (entry.termAcronym > 0) return null;
  // "Compact Fluorescent Light (CFL)": an acronym of words that name nothing names nothing either, whatever its capitals
  // say, unless a word list knows it.
  if (isAcronymKey(key) && fullNames.termInitials.has(key) && !fullNames.orgInitials.has(key) && !lex.knownOrgs.has(key)) return null;
  // Strong hand evidence (a word list's entry, a head noun with its rule) stands; the model types the rest.
  const strong = strongHandType(entry);
  if (strong) return strong;
  const fromFullName = typeFromFullName(entry, key, bestType(entry.hand), fullNames, entries, lex);
  if (fromFullName) return fromFullName;
  const features = keyFeatures(entry, key, entries, fullNames, lex);
  const { type, score } = bestType(keyScores(entry, features));
  // A lone ordinary word ("Marine", "Park") needs the model surer than an unknown one: as often as not it is no name,
  // unless the document's full names start with it ("Amnesty" beside "Amnesty International").
  const single = entry.words.length === 1 && lex.commonClasses(entry.words[0]) !== undefined && !features.includes('KorgFirst');
  return score > (single ? COMMON_WORD_MARGIN : 0) ? type : null;
}

/**
 * A key's scores against no name: its occurrences' scores averaged (how a name is used, whatever its count),
 * plus the weights of what the document as a whole says of it (keyFeatures), in units of log-odds.
 */
export function keyScores(entry: KeyEntry, features: readonly string[]): TypeEvidence {
  const scale = typingScale();
  const whole = addWeights(features, { person: 0, org: 0, place: 0 });
  const count = Math.max(entry.count, 1);
  return {
    person: (entry.evidence.person / count + whole.person) / scale,
    org: (entry.evidence.org / count + whole.org) / scale,
    place: (entry.evidence.place / count + whole.place) / scale,
  };
}

/** What the document says of a key beyond its occurrences: the full names it belongs to, where it is written. */
export function keyFeatures(
  entry: KeyEntry,
  key: string,
  entries: ReadonlyMap<string, KeyEntry>,
  fullNames: FullNameWords,
  lex: Lexicon,
): string[] {
  const features: string[] = [];
  const single = entry.words.length === 1;
  const word = entry.words[0];
  if (entry.midSentence === 0) features.push(single ? 'Knomid1' : 'Knomid');
  if (entry.notInitialCommon === 0) features.push('KallInitialCommon');
  // Written with a capital in the middle of sentences again and again: a name, whatever its words are otherwise.
  if (entry.midSentence >= 2) features.push(entry.midSentence >= 5 ? 'Kmid5' : 'Kmid2');
  handTotalFeature(entry, features);
  if (!single) return features;
  if (isSurnameOfPerson(word, fullNames, lex)) features.push('Ksurname');
  if (startsSurnameFirstName(word, entries, fullNames, lex)) features.push('KsurnameFirst');
  if (fullNames.personFirstWords.has(word)) features.push('KfirstName');
  // "Amnesty said" beside "Amnesty International": a noun that starts an organization's name stands for it.
  if (fullNames.orgFirstWords.has(word)) features.push(standsAlone(entry, word, lex) ? 'KorgFirst' : 'KorgFirstCommon');
  if (isAcronymKey(key) && fullNames.orgInitials.has(key)) features.push('KorgInitials');
  if (lex.commonClasses(word) !== undefined && entry.midSentence === 0) features.push('KcommonNoMid');
  return features;
}

const TYPE_LETTER: Record<ActorType, string> = { PERSON: 'p', ORG: 'o', PLACE: 'l' };

/**
 * The hand evidence summed over the document, by its leading type and size: the occurrences' scores are averaged, so
 * a guide's subject named forty times and said to be "in" only twice would otherwise lose that evidence in the mean.
 */
function handTotalFeature(entry: KeyEntry, features: string[]): void {
  const { type, score } = bestType(entry.hand);
  if (score < 2) return;
  features.push(`Kh${TYPE_LETTER[type]}${score >= 8 ? 8 : score >= 4 ? 4 : 2}`);
}

/** A single word typed by the document's full names: a person's surname, an organization's initials. */
function typeFromFullName(
  entry: KeyEntry,
  key: string,
  hand: { type: ActorType; score: number },
  fullNames: FullNameWords,
  entries: ReadonlyMap<string, KeyEntry>,
  lex: Lexicon,
): ActorType | null {
  if (entry.words.length !== 1) return null;
  const word = entry.words[0];
  // A word listed as another kind of thing ("Washington" beside "George Washington") keeps its list's say.
  const listedOtherwise = hand.type !== 'PERSON' && hand.score >= 6;
  if (!listedOtherwise && isSurnameOfPerson(word, fullNames, lex)) return 'PERSON';
  if (!listedOtherwise && startsSurnameFirstName(word, entries, fullNames, lex)) return 'PERSON';
  if (!listedOtherwise && isGivenNameOfPerson(word, entry, fullNames, lex)) return 'PERSON';
  if (isAcronymKey(key) && fullNames.orgInitials.has(key)) return 'ORG';
  return null;
}

/** "Peskov" beside "Dmitry Peskov", and "Zelenskyys" beside "Volodymyr Zelenskyy" (unless it is a place itself). */
function isSurnameOfPerson(word: string, fullNames: FullNameWords, lex: Lexicon): boolean {
  const stripped = word.endsWith('s') ? word.slice(0, -1) : '';
  return fullNames.personLastWords.has(word) || (fullNames.personLastWords.has(stripped) && !lex.places.has(word));
}

/**
 * "Alice" beside "Alice Liddell": a given name that starts a person's full name in the document. Features, fiction
 * and interviews name people by their given name after the first mention; a given name that is also a common word
 * ("Grace", "Will") must be written with its capital in mid-sentence at least once.
 */
function isGivenNameOfPerson(word: string, entry: KeyEntry, fullNames: FullNameWords, lex: Lexicon): boolean {
  if (!lex.givenNames.has(word) || !fullNames.personFirstWords.has(word)) return false;
  return entry.midSentence > 0 || lex.commonClasses(word) === undefined;
}

/** "Xi" beside "Xi Jinping": the first word of a surname-first name. */
function startsSurnameFirstName(word: string, entries: ReadonlyMap<string, KeyEntry>, fullNames: FullNameWords, lex: Lexicon): boolean {
  const keys = fullNames.personFirstWords.get(word);
  return keys !== undefined && keys.some((k) => isSurnameFirst(entries.get(k)?.words ?? [], lex));
}

/** A word that is no common word, is seen mid-sentence, or is only a noun ("Amnesty") may stand for the whole name. */
function standsAlone(entry: KeyEntry, word: string, lex: Lexicon): boolean {
  return lex.commonClasses(word) === undefined || entry.midSentence > 0 || lex.commonClasses(word) === 'n';
}
