// Typing: a name's type (person, organization, place, or none) from the evidence of all its occurrences.
import { withoutDotsAndApostrophes } from '../../text/chars';
import type { Lexicon } from '../../lexicon/lexicon';
import type { ActorType, KnownActor } from '../../types';
import { bestType, isAcronymKey, isSurnameFirst, listFullName, type FullNameWords } from './drafts';
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
  };
  entries.forEach((entry, key) => listFullName(fullNames, key, entry.words, entry.evidence, 1));
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

function typeOfEntry(
  entry: KeyEntry,
  key: string,
  entries: ReadonlyMap<string, KeyEntry>,
  fullNames: FullNameWords,
  lex: Lexicon,
): ActorType | null {
  const { type, score } = bestType(entry.evidence);
  const single = entry.words.length === 1;
  const word = entry.words[0];
  if (single && score < 6 && isSurnameOfPerson(word, fullNames, lex)) return 'PERSON';
  if (single && score < 6 && startsSurnameFirstName(word, entries, fullNames, lex)) return 'PERSON';
  // "Amnesty said" beside "Amnesty International": a noun that starts an organization's name stands for it.
  if (single && score < 5 && fullNames.orgFirstWords.has(word) && standsAlone(entry, word, lex)) return 'ORG';
  if (single && isAcronymKey(key) && fullNames.orgInitials.has(key)) return 'ORG';
  if (entry.notInitialCommon === 0 && entry.midSentence === 0 && score < 3) return null;
  // A lone word seen only at the start of sentences, with nothing else saying it is a name.
  if (single && entry.midSentence === 0 && score < 1 && !lex.isKnownProper(word.charAt(0).toUpperCase() + word.slice(1))) return null;
  if (score <= 0 && single && lex.commonClasses(word) !== undefined) return null;
  return type;
}

/** "Peskov" beside "Dmitry Peskov", and "Zelenskyys" beside "Volodymyr Zelenskyy" (unless it is a place itself). */
function isSurnameOfPerson(word: string, fullNames: FullNameWords, lex: Lexicon): boolean {
  const stripped = word.endsWith('s') ? word.slice(0, -1) : '';
  return fullNames.personLastWords.has(word) || (fullNames.personLastWords.has(stripped) && !lex.places.has(word));
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
