// Decides each name's type from the evidence of all its occurrences, then merges aliases into actors.
import { lexicon, type Lexicon } from './lexicon';
import type { NameCandidate, TypeEvidence } from './names';
import type { KeyEntry, NameTable, PlacedText } from './nameTable';
import type { ActorType, KnownActor } from './types';

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
  roleCountries: ReadonlySet<string>;
  /** Surname-first name ("Xi Jinping"): a lone first word refers to it. */
  surnameFirst: boolean;
  /** Whether a user declared this actor. */
  known: boolean;
  /** What makes it the same actor from one decision to the next: the key that founded it, or the declared actor. */
  head: string;
}

/**
 * Actors, each at an index (its slot) that it keeps from one decision to the next while it exists, so
 * that an edit which adds or removes an actor leaves the others' indices — and every paragraph's
 * findings that refer to them — as they were. Where the order actors were founded in matters (ties,
 * the first of several candidates), `creationOrder` gives it.
 */
export interface ActorAssignment {
  /** By slot. */
  drafts: ActorDraft[];
  /** The slot of each key kept as a name (keys not kept are absent). */
  actorOfKey: ReadonlyMap<string, number>;
  /** Slots in the order the actors were founded: full names first, then by first appearance. */
  creationOrder: number[];
  /** Per slot, its place in `creationOrder`. */
  rank: Int32Array;
  /** Slot by head, for the next decision to keep. */
  slotOfHead: ReadonlyMap<string, number>;
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


/** Shared by every actor until a role names a country for it. */
const NO_COUNTRIES: ReadonlySet<string> = new Set();

/** Types every name of the table and merges the names that refer to the same actor. */
export function assignActors(table: NameTable, knownActors: readonly KnownActor[], ignored: ReadonlySet<string>, previous?: ActorAssignment): ActorAssignment {
  const lex = lexicon();
  const known = new Map<string, { actor: KnownActor; index: number }>();
  knownActors.forEach((actor, index) => {
    for (const form of [actor.name, ...(actor.aliases ?? [])]) known.set(form.toLowerCase().replace(/[.’']/g, ''), { actor, index });
  });
  const stats = table.entries;

  // Single words also seen as the last word of a longer person name ("Peskov" ← "Dmitry Peskov").
  const personLastWords = new Map<string, string[]>();
  const personFirstWords = new Map<string, string[]>();
  const orgFirstWords = new Map<string, string[]>();
  const orgInitials = new Map<string, string>();
  stats.forEach((s, key) => {
    if (s.words.length < 2) return;
    const { type, score } = bestType(s.evidence);
    if (type === 'PERSON' && score > 0) {
      const last = s.words[s.words.length - 1];
      listUnder(personLastWords, last, key);
      listUnder(personFirstWords, s.words[0], key);
    } else if (type === 'ORG') {
      listUnder(orgFirstWords, s.words[0], key);
      if (s.words.length >= 2) orgInitials.set(initialsOf(s.words), key);
    }
  });

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
        else if (single && score < 5 && orgFirstWords.has(word) && (lex.commonClasses(word) === undefined || s.midSentence > 0 || lex.commonClasses(word) === 'n')) result = 'ORG';
        else if (single && isAcronymKey(key) && orgInitials.has(key)) result = 'ORG';
        else if (s.notInitialCommon === 0 && s.midSentence === 0 && score < 3) result = null;
        // A lone word seen only at the start of sentences, with nothing else saying it is a name.
        else if (single && s.midSentence === 0 && score < 1 && !lex.isKnownProper(s.words[0].charAt(0).toUpperCase() + s.words[0].slice(1))) result = null;
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
  const newDraft = (type: ActorType, words: string[], name: string, isKnown: boolean, head: string): ActorDraft => {
    const draft: ActorDraft = { index: drafts.length, type, words, name, forms: [], roles: [], roleCountries: NO_COUNTRIES, surnameFirst: isSurnameFirst(words, lex), known: isKnown, head };
    drafts.push(draft);
    return draft;
  };
  const draftOfKey = new Map<string, ActorDraft>();
  const aliases = new AliasIndex(lex);

  // Full names first, so that short forms can find them; then in order of first appearance.
  const entries = [...stats.values()];
  const wordCount = new Int32Array(entries.length);
  const firstParagraph = new Int32Array(entries.length);
  const firstIndex = new Int32Array(entries.length);
  entries.forEach((entry, i) => {
    const first = table.firstOf(entry);
    wordCount[i] = entry.words.length;
    firstParagraph[i] = first.paragraph;
    firstIndex[i] = first.index;
  });
  const order = entries.map((_, i) => i).sort((a, b) => wordCount[b] - wordCount[a] || firstParagraph[a] - firstParagraph[b] || firstIndex[a] - firstIndex[b]);
  const entriesInOrder = order.map((i) => entries[i]);
  for (const s of entriesInOrder) {
    const key = s.key;
    const type = decide(key);
    if (type === null) continue;
    let draft: ActorDraft | undefined;
    const knownActor = known.get(key);
    if (knownActor) {
      draft = knownDrafts.get(knownActor.index);
      if (!draft) {
        draft = newDraft(knownActor.actor.type, knownActor.actor.name.toLowerCase().split(/\s+/), knownActor.actor.name, true, `\u0000${knownActor.index}`);
        knownDrafts.set(knownActor.index, draft);
        aliases.add(draft);
      }
    } else {
      draft = aliases.find(type, key, s.words);
      if (!draft) {
        draft = newDraft(type, [...s.words], displayName(type, table.candidateAt(table.firstOf(s)), s.words, lex), false, key);
        aliases.add(draft);
      }
    }
    draftOfKey.set(key, draft);
  }

  // Capitals standing for their government join the country's actor when the country is present.
  const countryDraft = new Map<string, ActorDraft>();
  for (const draft of drafts) if (draft.type === 'PLACE') countryDraft.set(draft.name, draft);
  const actorOfKey = new Map<string, number>();
  draftOfKey.forEach((draft, key) => {
    let actor = draft;
    if (draft.type === 'PLACE' && !draft.known) {
      const place = lex.places.get(draft.words.join(' '));
      const country = place?.kind === 'capital' && place.country ? countryDraft.get(place.country) : undefined;
      if (country) actor = country;
    }
    actorOfKey.set(key, actor.index);
  });

  // Surface forms and roles of each actor, in reading order: its keys' own, merged by first appearance.
  const keysOfActor = drafts.map((): KeyEntry[] => []);
  actorOfKey.forEach((actor, key) => keysOfActor[actor].push(stats.get(key) as KeyEntry));
  for (const draft of drafts) {
    const entries = keysOfActor[draft.index];
    if (entries.length === 0) continue;
    const surfaces = entries.map((entry) => table.surfacesOf(entry));
    draft.forms.push(...mergeInReadingOrder(surfaces.map((s) => s.forms)));
    draft.roles.push(...mergeInReadingOrder(surfaces.map((s) => s.roles)));
    const countries = surfaces.flatMap((s) => s.roleCountries);
    if (countries.length > 0) draft.roleCountries = new Set(countries);
  }
  return inSlots(drafts, actorOfKey, previous);
}

/** Gives each actor (in founding order, indexed by it) its previous slot when it had one, and the free slots to the others. */
function inSlots(founded: ActorDraft[], actorOfKey: Map<string, number>, previous: ActorAssignment | undefined): ActorAssignment {
  const count = founded.length;
  const slotOf = new Int32Array(count).fill(-1);
  const taken = new Uint8Array(count);
  if (previous) {
    founded.forEach((draft, i) => {
      const slot = previous.slotOfHead.get(draft.head);
      if (slot !== undefined && slot < count && taken[slot] === 0) {
        slotOf[i] = slot;
        taken[slot] = 1;
      }
    });
  }
  let free = 0;
  for (let i = 0; i < count; i++) {
    if (slotOf[i] >= 0) continue;
    while (taken[free] === 1) free++;
    slotOf[i] = free;
    taken[free] = 1;
  }
  const drafts = new Array<ActorDraft>(count);
  const rank = new Int32Array(count);
  const creationOrder = new Array<number>(count);
  const slotOfHead = new Map<string, number>();
  founded.forEach((draft, i) => {
    const slot = slotOf[i];
    draft.index = slot;
    drafts[slot] = draft;
    rank[slot] = i;
    creationOrder[i] = slot;
    slotOfHead.set(draft.head, slot);
  });
  actorOfKey.forEach((founding, key) => actorOfKey.set(key, slotOf[founding]));
  return { drafts, actorOfKey, creationOrder, rank, slotOfHead };
}

function listUnder(map: Map<string, string[]>, word: string, key: string): void {
  const list = map.get(word);
  if (list) list.push(key);
  else map.set(word, [key]);
}

/** Distinct texts from lists already in reading order, in reading order. */
function mergeInReadingOrder(lists: ReadonlyArray<readonly PlacedText[]>): string[] {
  // One key's list is distinct already.
  if (lists.length === 1) return lists[0].map((placed) => placed.text);
  const all = lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => a.paragraph - b.paragraph || a.index - b.index || a.sub - b.sub);
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const placed of all) {
    if (seen.has(placed.text)) continue;
    seen.add(placed.text);
    texts.push(placed.text);
  }
  return texts;
}

function isPlacePrefix(words: readonly string[], lex: Lexicon): boolean {
  const joined = words.join(' ');
  return lex.places.has(joined) || lex.demonyms.has(joined);
}


function isSurnameFirst(words: readonly string[], lex: Lexicon): boolean {
  return words.length >= 2 && words.length <= 3 && lex.eastAsianSurnames.has(words[0]);
}

function displayName(type: ActorType, candidate: NameCandidate, words: readonly string[], lex: Lexicon): string {
  if (type === 'PLACE') {
    const place = lex.places.get(words.join(' '));
    if (place) return place.name;
  }
  if (type === 'ORG') {
    const org = lex.knownOrgs.get(words.join(' '));
    if (org) return org;
  }
  // A dateline ("SURABAYA") is not how the name is written elsewhere.
  if (/^[\p{Lu}\s.'’-]+$/u.test(candidate.text) && candidate.text.length > 4 && words.length === 1) {
    return candidate.text.charAt(0) + candidate.text.slice(1).toLowerCase();
  }
  const written = candidate.words;
  // "Volodymyr Zelenskyys" is shown as "Volodymyr Zelenskyy" when the name is also written that way.
  if (written[written.length - 1] !== words[words.length - 1] && candidate.text.endsWith('s')) return candidate.text.slice(0, -1);
  return candidate.text;
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
