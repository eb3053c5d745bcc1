// Decides each name's type from the evidence of all its occurrences, then merges aliases into actors.
import { lexicon, type Lexicon } from './lexicon';
import type { NameCandidate, TypeEvidence } from './names';
import type { ActorType, KnownActor } from './types';

/** One occurrence of a name in the document, with absolute offsets. */
export interface NameOccurrence {
  candidate: NameCandidate;
  start: number;
  end: number;
  paragraph: number;
}

/** An actor under construction. */
export interface ActorDraft {
  index: number;
  type: ActorType;
  /** Lower-cased name words of the fullest name. */
  words: string[];
  name: string;
  /** Surface forms in order of appearance (name excluded at the end). */
  forms: string[];
  roles: string[];
  /** Countries named in this actor's roles ("Russian President" → Russia). */
  roleCountries: Set<string>;
  /** Surname-first name ("Xi Jinping"): a lone first word refers to it. */
  surnameFirst: boolean;
  /** Whether a user declared this actor. */
  known: boolean;
}

export interface ActorAssignment {
  drafts: ActorDraft[];
  /** Actor index per occurrence, or -1 when the occurrence is not kept as a name. */
  actorOf: Int32Array;
}

interface KeyStats {
  evidence: TypeEvidence;
  count: number;
  midSentence: boolean;
  allInitialCommon: boolean;
  words: readonly string[];
  /** Indices of the occurrences written with this key. */
  occurrences: number[];
  first: number;
}

function bestType(evidence: TypeEvidence): { type: ActorType; score: number } {
  const { person, org, place } = evidence;
  if (place > org && place >= person && place > 0) return { type: 'PLACE', score: place };
  if (org >= person && org > 0) return { type: 'ORG', score: org };
  return { type: 'PERSON', score: person };
}

function initialsOf(words: readonly string[]): string {
  // "Inter-Bank" gives two letters, as in "NIBSS".
  return words
    .filter((w) => !['of', 'the', 'and', 'for', 'on', 'de', 'la', '&'].includes(w))
    .flatMap((w) => w.split('-'))
    .filter((w) => w.length > 0)
    .map((w) => w[0])
    .join('');
}

function isAcronymKey(key: string): boolean {
  return /^[a-z]{2,8}$/.test(key);
}


/** Types every name and merges the names that refer to the same actor. */
export function assignActors(occurrences: readonly NameOccurrence[], knownActors: readonly KnownActor[], ignored: ReadonlySet<string>): ActorAssignment {
  const lex = lexicon();
  const known = new Map<string, { actor: KnownActor; index: number }>();
  knownActors.forEach((actor, index) => {
    for (const form of [actor.name, ...(actor.aliases ?? [])]) known.set(form.toLowerCase().replace(/[.’']/g, ''), { actor, index });
  });

  // 1. Evidence per distinct name over all its occurrences. A name whose last word carries a
  // possessive "s" without its apostrophe ("Zelenskyys") counts as the name written without it.
  // Only names that may carry such an "s" need the set of last words, taken from the distinct names.
  let lastWordsSeen: Set<string> | undefined;
  const stemmed = occurrences.map((o) => {
    const stem = o.candidate.stem;
    if (stem === undefined) return false;
    if (!lastWordsSeen) {
      const distinct = new Map<string, readonly string[]>();
      for (const other of occurrences) if (!distinct.has(other.candidate.key)) distinct.set(other.candidate.key, other.candidate.words);
      lastWordsSeen = new Set<string>();
      for (const words of distinct.values()) lastWordsSeen.add(words[words.length - 1]);
    }
    return lastWordsSeen.has(stem.words[stem.words.length - 1]);
  });
  const normalisedWords: ReadonlyArray<readonly string[]> = occurrences.map((o, i) => (stemmed[i] ? o.candidate.stem?.words ?? o.candidate.words : o.candidate.words));
  const stats = new Map<string, KeyStats>();
  const keys: string[] = occurrences.map((o, i) => (stemmed[i] ? o.candidate.stem?.key ?? o.candidate.key : o.candidate.key));
  occurrences.forEach((o, i) => {
    const key = keys[i];
    let s = stats.get(key);
    if (!s) {
      s = { evidence: { person: 0, org: 0, place: 0 }, count: 0, midSentence: false, allInitialCommon: true, words: normalisedWords[i], occurrences: [], first: i };
      stats.set(key, s);
    }
    s.occurrences.push(i);
    s.evidence.person += o.candidate.evidence.person;
    s.evidence.org += o.candidate.evidence.org;
    s.evidence.place += o.candidate.evidence.place;
    s.count++;
    if (o.candidate.midSentence) s.midSentence = true;
    if (!o.candidate.initialCommon) s.allInitialCommon = false;
    if (normalisedWords[i].length > s.words.length) s.words = normalisedWords[i];
  });

  // Single words also seen as the last word of a longer person name ("Peskov" ← "Dmitry Peskov").
  const personLastWords = new Map<string, string[]>();
  const personFirstWords = new Map<string, string[]>();
  const orgFirstWords = new Map<string, string[]>();
  const orgInitials = new Map<string, string>();
  for (const [key, s] of stats) {
    if (s.words.length < 2) continue;
    const { type, score } = bestType(s.evidence);
    if (type === 'PERSON' && score > 0) {
      const last = s.words[s.words.length - 1];
      personLastWords.set(last, [...(personLastWords.get(last) ?? []), key]);
      personFirstWords.set(s.words[0], [...(personFirstWords.get(s.words[0]) ?? []), key]);
    } else if (type === 'ORG') {
      orgFirstWords.set(s.words[0], [...(orgFirstWords.get(s.words[0]) ?? []), key]);
      if (s.words.length >= 2) orgInitials.set(initialsOf(s.words), key);
    }
  }

  const typeOfKey = new Map<string, ActorType | null>();
  const decide = (key: string): ActorType | null => {
    const cached = typeOfKey.get(key);
    if (cached !== undefined) return cached;
    const s = stats.get(key);
    let result: ActorType | null = null;
    if (s) {
      const knownActor = known.get(key);
      if (knownActor) result = knownActor.actor.type;
      else if (ignored.has(key)) result = null;
      else {
        const { type, score } = bestType(s.evidence);
        const single = s.words.length === 1;
        const word = s.words[0];
        const stripped = word.endsWith('s') ? word.slice(0, -1) : '';
        if (single && score < 6 && (personLastWords.has(word) || (personLastWords.has(stripped) && !lex.places.has(word)))) result = 'PERSON';
        else if (single && score < 6 && personFirstWords.has(word) && (personFirstWords.get(word) ?? []).some((k) => isSurnameFirst(stats.get(k)?.words ?? [], lex))) result = 'PERSON';
        // "Amnesty said" beside "Amnesty International": a noun that starts an organization's name stands for it.
        else if (single && score < 5 && orgFirstWords.has(word) && (lex.commonClasses(word) === undefined || s.midSentence || lex.commonClasses(word) === 'n')) result = 'ORG';
        else if (single && isAcronymKey(key) && orgInitials.has(key)) result = 'ORG';
        else if (s.allInitialCommon && !s.midSentence && score < 3) result = null;
        // A lone word seen only at the start of sentences, with nothing else saying it is a name.
        else if (single && !s.midSentence && score < 1 && !lex.isKnownProper(s.words[0].charAt(0).toUpperCase() + s.words[0].slice(1))) result = null;
        else if (score <= 0 && single && lex.commonClasses(word) !== undefined) result = null;
        else result = type;
      }
    }
    typeOfKey.set(key, result);
    return result;
  };

  // 2. Actors: one per distinct canonical name, then aliases folded in.
  const drafts: ActorDraft[] = [];
  const knownDrafts = new Map<number, ActorDraft>();
  const newDraft = (type: ActorType, words: string[], name: string, isKnown: boolean): ActorDraft => {
    const draft: ActorDraft = { index: drafts.length, type, words, name, forms: [], roles: [], roleCountries: new Set(), surnameFirst: isSurnameFirst(words, lex), known: isKnown };
    drafts.push(draft);
    return draft;
  };
  const actorOf = new Int32Array(occurrences.length).fill(-1);
  const aliases = new AliasIndex(lex);

  // Full names first, so that short forms can find them; then in order of first appearance.
  const keysInOrder = [...stats.keys()].sort((a, b) => {
    const sa = stats.get(a) as KeyStats;
    const sb = stats.get(b) as KeyStats;
    return sb.words.length - sa.words.length || sa.first - sb.first;
  });
  for (const key of keysInOrder) {
    const type = decide(key);
    if (type === null) continue;
    const s = stats.get(key) as KeyStats;
    const occurrence = occurrences[s.first];
    let draft: ActorDraft | undefined;
    const knownActor = known.get(key);
    if (knownActor) {
      draft = knownDrafts.get(knownActor.index);
      if (!draft) {
        draft = newDraft(knownActor.actor.type, knownActor.actor.name.toLowerCase().split(/\s+/), knownActor.actor.name, true);
        knownDrafts.set(knownActor.index, draft);
        aliases.add(draft);
      }
    } else {
      draft = aliases.find(type, key, s.words);
      if (!draft) {
        draft = newDraft(type, [...s.words], displayName(type, occurrence, s.words, lex), false);
        aliases.add(draft);
      }
    }
    for (const i of s.occurrences) actorOf[i] = draft.index;
  }

  // Capitals standing for their government join the country's actor when the country is present.
  const countryDraft = new Map<string, ActorDraft>();
  for (const draft of drafts) if (draft.type === 'PLACE') countryDraft.set(draft.name, draft);
  const remap = new Map<number, number>();
  for (const draft of drafts) {
    if (draft.type !== 'PLACE' || draft.known) continue;
    const place = lex.places.get(draft.words.join(' '));
    if (place?.kind === 'capital' && place.country) {
      const country = countryDraft.get(place.country);
      if (country && country !== draft) remap.set(draft.index, country.index);
    }
  }
  if (remap.size > 0) for (let i = 0; i < actorOf.length; i++) if (remap.has(actorOf[i])) actorOf[i] = remap.get(actorOf[i]) ?? actorOf[i];

  // Surface forms and roles, in reading order.
  const formsOf = drafts.map(() => new Set<string>());
  const rolesOf = drafts.map(() => new Set<string>());
  for (let i = 0; i < occurrences.length; i++) {
    const actor = actorOf[i];
    if (actor < 0) continue;
    const draft = drafts[actor];
    const candidate = occurrences[i].candidate;
    const forms = formsOf[actor];
    const surface = candidate.text;
    if (!forms.has(surface)) {
      forms.add(surface);
      draft.forms.push(surface);
    }
    const role = candidate.role;
    if (role) {
      if (!rolesOf[actor].has(role.text)) {
        rolesOf[actor].add(role.text);
        draft.roles.push(role.text);
      }
      const titled = `${role.text} ${surface}`;
      if (!forms.has(titled)) {
        forms.add(titled);
        draft.forms.push(titled);
      }
    }
    if (candidate.roleCountry) draft.roleCountries.add(candidate.roleCountry);
  }
  return { drafts, actorOf };
}

function isPlacePrefix(words: readonly string[], lex: Lexicon): boolean {
  const joined = words.join(' ');
  return lex.places.has(joined) || lex.demonyms.has(joined);
}


function isSurnameFirst(words: readonly string[], lex: Lexicon): boolean {
  return words.length >= 2 && words.length <= 3 && lex.eastAsianSurnames.has(words[0]);
}

function displayName(type: ActorType, occurrence: NameOccurrence, words: readonly string[], lex: Lexicon): string {
  if (type === 'PLACE') {
    const place = lex.places.get(words.join(' '));
    if (place) return place.name;
  }
  if (type === 'ORG') {
    const org = lex.knownOrgs.get(words.join(' '));
    if (org) return org;
  }
  // A dateline ("SURABAYA") is not how the name is written elsewhere.
  if (/^[\p{Lu}\s.'’-]+$/u.test(occurrence.candidate.text) && occurrence.candidate.text.length > 4 && words.length === 1) {
    return occurrence.candidate.text.charAt(0) + occurrence.candidate.text.slice(1).toLowerCase();
  }
  const written = occurrence.candidate.words;
  // "Volodymyr Zelenskyys" is shown as "Volodymyr Zelenskyy" when the name is also written that way.
  if (written[written.length - 1] !== words[words.length - 1] && occurrence.candidate.text.endsWith('s')) return occurrence.candidate.text.slice(0, -1);
  return occurrence.candidate.text;
}

/**
 * Finds the existing actor a name is an alias of — a surname, a surname-first given name, an acronym,
 * a short organization name — through maps kept up to date as actors are created, so each look-up
 * costs the same however many actors the document has.
 */
class AliasIndex {
  private readonly personBySurname = new Map<string, ActorDraft>();
  private readonly personByLastWord = new Map<string, ActorDraft>();
  private readonly personByFirstAndLast = new Map<string, ActorDraft>();
  private readonly orgByInitials = new Map<string, ActorDraft>();
  private readonly orgByFirstWord = new Map<string, ActorDraft>();
  private readonly orgBySuffix = new Map<string, ActorDraft>();

  constructor(private readonly lex: Lexicon) {}

  add(draft: ActorDraft): void {
    const words = draft.words;
    const last = words[words.length - 1];
    if (draft.type === 'PERSON') {
      setFirst(this.personByLastWord, last, draft);
      if (words.length > 1) {
        setFirst(this.personBySurname, draft.surnameFirst ? words[0] : last, draft);
        setFirst(this.personByFirstAndLast, `${words[0]} ${last}`, draft);
      }
    } else if (draft.type === 'ORG' && words.length > 1) {
      setFirst(this.orgByInitials, initialsOf(words), draft);
      setFirst(this.orgByFirstWord, words[0], draft);
      for (let cut = 1; cut < words.length; cut++) {
        const prefix = words.slice(0, cut);
        const suffix = words.slice(cut);
        // "Home Office" in "United Kingdom Home Office", "Port Authority" in "Porto Salvo Port Authority".
        if (isPlacePrefix(prefix, this.lex) || this.lex.orgHeads.has(suffix[suffix.length - 1])) setFirst(this.orgBySuffix, suffix.join(' '), draft);
      }
    }
  }

  find(type: ActorType, key: string, words: readonly string[]): ActorDraft | undefined {
    if (type === 'PERSON') {
      if (words.length === 1) {
        const word = words[0];
        const bySurname = this.personBySurname.get(word);
        if (bySurname) return bySurname;
        // "Zelenskyys": a possessive written without its apostrophe.
        return word.endsWith('s') ? this.personByLastWord.get(word.slice(0, -1)) : undefined;
      }
      // "George W. Bush" and "George Bush"; "Vladimir Putin" and "Vladimir Vladimirovich Putin".
      return this.personByFirstAndLast.get(`${words[0]} ${words[words.length - 1]}`);
    }
    if (type === 'ORG') {
      if (words.length === 1) {
        const expansion = isAcronymKey(key) ? this.orgByInitials.get(key) : undefined;
        if (expansion) return expansion;
        // "CBC" and "CBC News"; "Amnesty" and "Amnesty International".
        return this.lex.orgHeads.has(words[0]) ? undefined : this.orgByFirstWord.get(words[0]);
      }
      return this.orgBySuffix.get(words.join(' '));
    }
    return undefined;
  }
}

function setFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}
