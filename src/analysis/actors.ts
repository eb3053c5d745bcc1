// Decides each name's type from the evidence of all its occurrences, then merges aliases into actors.
import { lexicon, type Lexicon } from './lexicon';
import type { NameCandidate, TypeEvidence } from './names';
import { sameWords, type KeyEntry, type KeySnapshot, type NamePosition, type NameTable, type PlacedText } from './nameTable';
import { APOSTROPHES, withoutDotsAndApostrophes } from './text/chars';
import type { ActorType, KnownActor } from './types';

/** A word in capitals, as datelines are written ("SURABAYA", "O’HARE"). */
const DATELINE = new RegExp(`^[\\p{Lu}\\s.${APOSTROPHES}-]+$`, 'u');

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
  /** What typing and merging knew of the document's full names, for the next decision to patch this one. */
  context: AssignmentContext;
  /** For a patched assignment: the slots whose actor was made anew (the others are the previous assignment's own). */
  renewed?: ReadonlySet<number>;
}

/**
 * The state of typing and merging after the full names (names of two words or more) were placed. Full
 * names come first in the founding order and single words can only join them, so while no full name
 * changes, this state stands and an edit that touches single words only can be applied to the
 * previous assignment instead of assigning every name again (see patchActors).
 */
interface AssignmentContext {
  /** The type of a key from its current statistics and the full names' evidence. */
  typeOf: (key: string) => ActorType | null;
  /** The words of full names that typing single words reads. */
  fullNames: FullNameWords;
  aliases: AliasIndex;
  known: ReadonlyMap<string, unknown>;
  /** Keys by slot. */
  keysOfSlot: ReadonlyMap<number, readonly string[]>;
}

function bestType(evidence: TypeEvidence): { type: ActorType; score: number } {
  const { person, org, place } = evidence;
  if (place > org && place >= person && place > 0) return { type: 'PLACE', score: place };
  if (org >= person && org > 0) return { type: 'ORG', score: org };
  return { type: 'PERSON', score: person };
}

/** Words an organization's initials skip ("Bank of England" → "BE"). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'la', '&']);

function initialsOf(words: readonly string[]): string {
  // Asked for every organization at every assignment: one pass, no intermediate lists.
  let initials = '';
  for (const word of words) {
    if (INITIALS_SKIP.has(word)) continue;
    // "Inter-Bank" gives two letters, as in "NIBSS".
    let atStart = true;
    for (let i = 0; i < word.length; i++) {
      const ch = word[i];
      if (ch === '-') atStart = true;
      else if (atStart) {
        initials += ch;
        atStart = false;
      }
    }
  }
  return initials;
}

function isAcronymKey(key: string): boolean {
  return /^[a-z]{2,8}$/.test(key);
}


/** Full names by their first and last words (and organizations by initials), as typing single words reads them. */
interface FullNameWords {
  personLastWords: Map<string, string[]>;
  personFirstWords: Map<string, string[]>;
  orgFirstWords: Map<string, string[]>;
  orgInitials: Map<string, string[]>;
}

/** The words a full name puts in those lists, given its evidence: the words a single-word key would be looked up by. */
function fullNameWords(words: readonly string[], evidence: TypeEvidence): Array<[keyof FullNameWords, string]> {
  if (words.length < 2) return [];
  const { type, score } = bestType(evidence);
  if (type === 'PERSON' && score > 0) return [['personLastWords', words[words.length - 1]], ['personFirstWords', words[0]]];
  if (type === 'ORG') return [['orgFirstWords', words[0]], ['orgInitials', initialsOf(words)]];
  return [];
}

function listFullName(lists: FullNameWords, key: string, words: readonly string[], evidence: TypeEvidence, sign: 1 | -1): void {
  for (const [list, word] of fullNameWords(words, evidence)) {
    if (sign > 0) listUnder(lists[list], word, key);
    else {
      const left = (lists[list].get(word) ?? []).filter((k) => k !== key);
      if (left.length > 0) lists[list].set(word, left);
      else lists[list].delete(word);
    }
  }
}

/** Shared by every actor until a role names a country for it. */
const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * Every draft is made here or in copyDraft, with its fields in one order: the passes that read drafts on
 * every edit then meet one object shape, and stay in optimized code.
 */
function makeDraft(index: number, type: ActorType, words: string[], name: string, surnameFirst: boolean, known: boolean, head: string): ActorDraft {
  return { index, type, words, name, forms: [], roles: [], roleCountries: NO_COUNTRIES, surnameFirst, known, head };
}

/** A draft at another slot, or made anew to be changed while the previous decisions keep reading the old one. */
function copyDraft(draft: ActorDraft, index: number): ActorDraft {
  return { index, type: draft.type, words: draft.words, name: draft.name, forms: draft.forms, roles: draft.roles, roleCountries: draft.roleCountries, surnameFirst: draft.surnameFirst, known: draft.known, head: draft.head };
}

/**
 * Types every name of the table and merges the names that refer to the same actor. After an edit, `previous` is
 * the assignment before it and `touched` the keys the edit changed in the table (see NameTable.update): an actor
 * founded by an untouched key, of the same type, keeps its written name, and one made of the same untouched keys
 * keeps its forms and roles, as a patch of the assignment would keep them.
 */
export function assignActors(
  table: NameTable,
  knownActors: readonly KnownActor[],
  ignored: ReadonlySet<string>,
  previous?: ActorAssignment,
  touched?: ReadonlyMap<string, unknown>,
): ActorAssignment {
  const lex = lexicon();
  /** The previous actor founded by an untouched key, whose name and surfaces may then stand. */
  const kept = (head: string): { draft: ActorDraft; keys: readonly string[] } | undefined => {
    if (!previous || !touched || touched.has(head)) return undefined;
    const slot = previous.slotOfHead.get(head);
    if (slot === undefined) return undefined;
    const draft = previous.drafts[slot];
    return draft.head === head && !draft.known ? { draft, keys: previous.context.keysOfSlot.get(slot) ?? [] } : undefined;
  };
  const known = new Map<string, { actor: KnownActor; index: number }>();
  knownActors.forEach((actor, index) => {
    for (const form of [actor.name, ...(actor.aliases ?? [])]) known.set(withoutDotsAndApostrophes(form.toLowerCase()), { actor, index });
  });
  const stats = table.entries;

  // Single words also seen as the last word of a longer person name ("Peskov" ← "Dmitry Peskov").
  const fullNames: FullNameWords = { personLastWords: new Map(), personFirstWords: new Map(), orgFirstWords: new Map(), orgInitials: new Map() };
  const { personLastWords, personFirstWords, orgFirstWords, orgInitials } = fullNames;
  stats.forEach((s, key) => listFullName(fullNames, key, s.words, s.evidence, 1));

  const typeOf = (key: string): ActorType | null => {
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
    return result;
  };

  // 2. Actors: one per distinct canonical name, then aliases folded in.
  const drafts: ActorDraft[] = [];
  const knownDrafts = new Map<number, ActorDraft>();
  const newDraft = (type: ActorType, words: string[], name: string, isKnown: boolean, head: string): ActorDraft => {
    const draft = makeDraft(drafts.length, type, words, name, isSurnameFirst(words, lex), isKnown, head);
    drafts.push(draft);
    return draft;
  };
  const draftOfKey = new Map<string, ActorDraft>();
  const aliases = new AliasIndex(lex);

  // Full names first, so that short forms can find them; then in order of first appearance.
  const entries = [...stats.values()];
  const entriesInOrder = foundingOrder(entries.map((entry) => founding(table, entry))).map((i) => entries[i]);
  for (const s of entriesInOrder) {
    const key = s.key;
    const type = typeOf(key);
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
        const before = kept(key)?.draft;
        const name = before && before.type === type ? before.name : displayName(type, table.candidateAt(table.firstOf(s)), s.words, lex);
        draft = newDraft(type, [...s.words], name, false, key);
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
  const keysOfActor = drafts.map((): string[] => []);
  actorOfKey.forEach((actor, key) => keysOfActor[actor].push(key));
  for (const draft of drafts) {
    const keys = keysOfActor[draft.index];
    const before = kept(draft.head);
    if (before && sameWords(before.keys, keys) && keys.every((key) => !touched?.has(key))) {
      draft.forms = before.draft.forms;
      draft.roles = before.draft.roles;
      draft.roleCountries = before.draft.roleCountries;
    } else {
      setSurfaces(draft, keys, table);
    }
  }
  return inSlots(drafts, actorOfKey, keysOfActor, { typeOf, aliases, known, fullNames }, previous);
}

/**
 * Whether two drafts describe an actor alike, slot and all: what a full assignment made again reads the
 * same to every later pass as the draft it replaces.
 */
export function sameDraft(a: ActorDraft, b: ActorDraft): boolean {
  if (a === b) return true;
  if (a.index !== b.index || a.type !== b.type || a.name !== b.name || a.head !== b.head || a.surnameFirst !== b.surnameFirst || a.known !== b.known) return false;
  if (!sameWords(a.words, b.words) || !sameWords(a.forms, b.forms) || !sameWords(a.roles, b.roles)) return false;
  if (a.roleCountries.size !== b.roleCountries.size) return false;
  for (const country of a.roleCountries) if (!b.roleCountries.has(country)) return false;
  return true;
}

/** Gives an actor the forms, roles and role countries of its keys, in reading order. */
function setSurfaces(draft: ActorDraft, keys: readonly string[], table: NameTable): void {
  if (keys.length === 0) return;
  const surfaces = keys.map((key) => table.surfacesOf(table.entries.get(key) as KeyEntry));
  draft.forms = mergeInReadingOrder(surfaces.map((s) => s.forms));
  draft.roles = mergeInReadingOrder(surfaces.map((s) => s.roles));
  const countries = surfaces.flatMap((s) => s.roleCountries);
  draft.roleCountries = countries.length > 0 ? new Set(countries) : NO_COUNTRIES;
}

/** Gives each actor (in founding order, indexed by it) its previous slot when it had one, and the free slots to the others. */
function inSlots(
  founded: ActorDraft[],
  actorOfKey: Map<string, number>,
  keysOfFounded: readonly string[][],
  state: Omit<AssignmentContext, 'keysOfSlot'>,
  previous: ActorAssignment | undefined,
): ActorAssignment {
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
  const keysOfSlot = new Map<number, readonly string[]>();
  founded.forEach((draft, i) => {
    const slot = slotOf[i];
    draft.index = slot;
    drafts[slot] = draft;
    rank[slot] = i;
    creationOrder[i] = slot;
    slotOfHead.set(draft.head, slot);
    if (keysOfFounded[i].length > 0) keysOfSlot.set(slot, keysOfFounded[i]);
  });
  actorOfKey.forEach((founding, key) => actorOfKey.set(key, slotOf[founding]));
  return { drafts, actorOfKey, creationOrder, rank, slotOfHead, context: { ...state, keysOfSlot } };
}

/**
 * The assignment after an edit, derived from the previous one for the keys the edit touched; the
 * same as assigning every name again, or undefined when the edit reaches further than this can
 * follow: a declared actor, a place that appears or goes, a name whose words others are typed or
 * merged by, an actor other keys had joined, a possessive "s".
 */
export function patchActors(table: NameTable, previous: ActorAssignment, touched: ReadonlyMap<string, KeySnapshot | null>, ignored: ReadonlySet<string>): ActorAssignment | undefined {
  const { typeOf, aliases, known, keysOfSlot, fullNames } = previous.context;
  // Declared actors are founded where their first key falls, single word or not: leave them to a full assignment.
  if (known.size > 0) return undefined;
  const lex = lexicon();
  const entries = table.entries;
  /** A word some other key is typed or merged by. */
  const readByOthers = (word: string, key: string): boolean => word !== key && entries.has(word);
  /** Whether another full name has the same first and last words (it would be merged with this one). */
  const sharesFirstAndLast = (key: string, words: readonly string[]): boolean => {
    const first = words[0];
    const last = words[words.length - 1];
    for (const [other, entry] of entries) if (other !== key && entry.words.length > 1 && entry.words[0] === first && entry.words[entry.words.length - 1] === last) return true;
    return false;
  };

  /** What each touched key now is, when that changed: not a name (-1), an alias of a slot, or the head of its own actor ('head'). */
  const outcome = new Map<string, number | 'head'>();
  /** Slots whose actor keeps its keys but whose forms, roles or name may read otherwise. */
  const changedSlots = new Set<number>();
  const relistedWords = new Set<string>();
  /** Look-up keys of actors founded or given up in this edit: one actor's at most. */
  const claimed = new Set<string>();
  /** Look-up keys given up, with the actor that takes them over. */
  const released: Array<[Map<string, ActorDraft>, string, ActorDraft | undefined]> = [];
  /** The actors that claim a look-up key, in founding order (only those whose words could make it are asked). */
  const claimantsOf = (map: Map<string, ActorDraft>, lookup: string): ActorDraft[] => {
    const name = aliases.nameOf(map);
    const tokens = lookup.split(' ');
    const found: ActorDraft[] = [];
    for (const slot of previous.creationOrder) {
      const draft = previous.drafts[slot];
      if (name === 'initials' ? draft.type !== 'ORG' || draft.words.length < 2 : !draft.words.includes(tokens[tokens.length - 1])) continue;
      if (aliases.claimsOf(draft).some(([other, word]) => other === map && word === lookup)) found.push(draft);
    }
    return found;
  };
  /** The earliest-founded actor other than `key`'s that claims a look-up key. */
  const nextClaimant = (map: Map<string, ActorDraft>, lookup: string, key: string): ActorDraft | undefined => claimantsOf(map, lookup).find((draft) => draft.head !== key);
  /** Full names whose words in the typing lists change: [key, words, evidence before, evidence now]. */
  const relisted: Array<[string, readonly string[] | undefined, TypeEvidence | undefined, readonly string[] | undefined, TypeEvidence | undefined]> = [];
  for (const [key, before] of touched) {
    const entry = entries.get(key);
    if (known.has(key) || ignored.has(key)) return undefined;
    if (before && entry && before.words.join(' ') !== entry.words.join(' ')) return undefined;
    const words = entry?.words ?? before?.words ?? [key];
    // Typing single words reads full names' first and last words and organizations' initials.
    const listedBefore = before ? fullNameWords(before.words, before.evidence) : [];
    const listedNow = entry ? fullNameWords(entry.words, entry.evidence) : [];
    if (listedBefore.map((l) => l.join(':')).join('|') !== listedNow.map((l) => l.join(':')).join('|')) {
      for (const [list, word] of [...listedBefore, ...listedNow]) {
        // Two keys changing one list entry in one edit: leave that to a full assignment.
        if (relistedWords.has(`${list}:${word}`)) return undefined;
        relistedWords.add(`${list}:${word}`);
        const listed = fullNames[list].get(word) ?? [];
        const next = [...listed.filter((k) => k !== key), ...(listedNow.some(([l, w]) => l === list && w === word) ? [key] : [])];
        // What typing reads of the entry is whether it is there (for first words: whether one of them is a surname-first name).
        const reads = (keys: readonly string[]): boolean => (list === 'personFirstWords' ? keys.some((k) => isSurnameFirst(entries.get(k)?.words ?? [], lex)) : keys.length > 0);
        if (reads(listed) !== reads(next) && (readByOthers(word, key) || readByOthers(`${word}s`, key))) return undefined;
      }
      relisted.push([key, before?.words, before?.evidence, entry?.words, entry?.evidence]);
    }
    const oldSlot = previous.actorOfKey.get(key);
    const oldDraft = oldSlot === undefined ? undefined : previous.drafts[oldSlot];
    const wasHead = oldDraft !== undefined && oldDraft.head === key;
    const type = entry ? typeOf(key) : null;
    if (type === 'PLACE' || oldDraft?.type === 'PLACE') {
      // Which places exist, and their names, decide which capitals join a country: a place stays itself,
      // or is one the gazetteer does not know (no capital, no country) and named like no other place.
      const ownSlot = previous.slotOfHead.get(key);
      const own = ownSlot === undefined ? undefined : previous.drafts[ownSlot];
      const name = entry && type === 'PLACE' ? displayName('PLACE', table.candidateAt(table.firstOf(entry)), entry.words, lex) : undefined;
      if (entry && type === 'PLACE' && own?.type === 'PLACE' && name === own.name) {
        if (oldSlot !== undefined) changedSlots.add(oldSlot);
        continue;
      }
      if (lex.places.has(words.join(' ')) || lex.places.has(key) || (oldDraft !== undefined && oldDraft !== own)) return undefined;
      if (ownSlot !== undefined && (keysOfSlot.get(ownSlot)?.length ?? 0) > 1) return undefined;
      if (name !== undefined && previous.drafts.some((draft) => draft.type === 'PLACE' && draft.name === name && draft.head !== key)) return undefined;
    }
    let now: number | 'head' = -1;
    if (type !== null && entry) {
      const found = aliases.find(type, key, entry.words);
      if (found) {
        const slot = previous.slotOfHead.get(found.head);
        // The actor found must have been founded before this key's turn, as in a full assignment.
        if (slot === undefined || (found.head !== key && !foundedBefore(table, found, entry))) return undefined;
        now = slot;
      } else {
        now = 'head';
      }
    }
    if ((now === -1 && oldSlot === undefined) || now === oldSlot || (now === 'head' && wasHead && oldDraft?.type === type)) {
      // An actor founded elsewhere in the order may win or lose look-up keys it shares with others.
      if (wasHead && oldDraft && before && entry && !samePosition(before.first, table.firstOf(entry))) {
        for (const [map, lookup] of aliases.claimsOf(oldDraft)) {
          const holder = map.get(lookup);
          const others = claimantsOf(map, lookup).filter((draft) => draft.head !== key);
          if (holder?.head === key ? others.some((other) => foundedBefore(table, other, entry)) : holder !== undefined && !foundedBefore(table, holder, entry)) return undefined;
        }
      }
      if (oldSlot !== undefined) changedSlots.add(oldSlot);
      continue;
    }
    // The key founds, leaves or changes an actor: only when nothing else is merged through the words it
    // founds or founded an actor with.
    if (wasHead && (keysOfSlot.get(oldSlot as number)?.length ?? 0) > 1) return undefined;
    if (now === 'head' && wasHead) return undefined;
    const arriving = now === 'head' ? { type: type as ActorType, words, surnameFirst: isSurnameFirst(words, lex), head: key } : undefined;
    for (const founder of [wasHead ? oldDraft : undefined, arriving]) {
      if (!founder) continue;
      if (founder.type === 'PERSON' && (words[words.length - 1].endsWith('s') || entries.has(`${words[words.length - 1]}s`))) return undefined;
      if (words.length > 1 && sharesFirstAndLast(key, words)) return undefined;
      for (const [map, lookup] of aliases.claimsOf(founder)) {
        const claim = `${aliases.nameOf(map)}:${lookup}`;
        if (claimed.has(claim)) return undefined;
        claimed.add(claim);
        const holder = map.get(lookup);
        if (founder === arriving) {
          // An actor founded earlier keeps its look-up key; a later one would lose it to this one.
          if (holder && holder.head !== key) {
            if (!foundedBefore(table, holder, entry as KeyEntry)) return undefined;
            continue;
          }
          if (readByOthers(lookup, key)) return undefined;
        } else if (holder?.head === key) {
          // The key passes to the next actor that claims it, in founding order; whoever looks it up would find another actor.
          if (readByOthers(lookup, key)) return undefined;
          released.push([map, lookup, nextClaimant(map, lookup, key)]);
        }
      }
    }
    outcome.set(key, now);
  }

  // Applied from here on; the typing lists and the alias index are shared with the previous
  // assignment, which the next decision no longer reads.
  for (const [key, wordsBefore, evidenceBefore, wordsNow, evidenceNow] of relisted) {
    if (wordsBefore && evidenceBefore) listFullName(fullNames, key, wordsBefore, evidenceBefore, -1);
    if (wordsNow && evidenceNow) listFullName(fullNames, key, wordsNow, evidenceNow, 1);
  }

  for (const [map, lookup, next] of released) {
    if (next) map.set(lookup, next);
    else map.delete(lookup);
  }

  // Slots: an actor that goes frees its slot, a new one takes a free slot or the next, and the last
  // actors move down into slots left free at the end, so slots stay 0..n-1.
  // A copy of the same kind of array as a full assignment makes: code reading drafts then meets one shape.
  const drafts = previous.drafts.slice();
  const actorOfKey = new Map(previous.actorOfKey);
  const keysOf = new Map(keysOfSlot);
  const slotOfHead = new Map(previous.slotOfHead);
  const freed: number[] = [];
  const founding: string[] = [];
  for (const [key, now] of outcome) {
    const oldSlot = previous.actorOfKey.get(key);
    if (oldSlot !== undefined) {
      actorOfKey.delete(key);
      keysOf.set(oldSlot, (keysOf.get(oldSlot) ?? []).filter((k) => k !== key));
      changedSlots.add(oldSlot);
      const oldDraft = previous.drafts[oldSlot];
      if (oldDraft.head === key) {
        freed.push(oldSlot);
        slotOfHead.delete(key);
      }
    }
    if (now === 'head') founding.push(key);
    else if (now >= 0) {
      actorOfKey.set(key, now);
      keysOf.set(now, [...(keysOf.get(now) ?? []), key]);
      changedSlots.add(now);
    }
  }
  freed.sort((a, b) => a - b);
  for (const key of founding) {
    const entry = entries.get(key) as KeyEntry;
    const type = typeOf(key) as ActorType;
    const slot = freed.length > 0 ? (freed.shift() as number) : drafts.length;
    const draft = makeDraft(slot, type, [...entry.words], displayName(type, table.candidateAt(table.firstOf(entry)), entry.words, lex), isSurnameFirst(entry.words, lex), false, key);
    drafts[slot] = draft;
    aliases.add(draft);
    slotOfHead.set(key, slot);
    actorOfKey.set(key, slot);
    keysOf.set(slot, [key]);
    changedSlots.add(slot);
  }
  // Fill the slots still free with the last actors.
  while (freed.length > 0) {
    const hole = freed.pop() as number;
    const last = drafts.length - 1;
    if (hole !== last) {
      const moved = copyDraft(drafts[last], hole);
      drafts[hole] = moved;
      slotOfHead.set(moved.head, hole);
      const keys = keysOf.get(last) ?? [];
      keysOf.set(hole, keys);
      for (const key of keys) actorOfKey.set(key, hole);
      changedSlots.add(hole);
    }
    keysOf.delete(last);
    drafts.length = last;
  }
  for (const slot of changedSlots) {
    if (slot >= drafts.length) continue;
    const keys = keysOf.get(slot) ?? [];
    if (keys.length === 0) keysOf.delete(slot);
    // A draft that changed is a new object: the previous decisions still read the old one.
    const draft = copyDraft(drafts[slot], slot);
    // The name is written as at the head key's first occurrence, which the edit may have changed.
    const headEntry = entries.get(draft.head);
    if (headEntry) draft.name = displayName(draft.type, table.candidateAt(table.firstOf(headEntry)), headEntry.words, lex);
    setSurfaces(draft, keys, table);
    drafts[slot] = draft;
  }

  // Founding order, by each actor's founding key.
  const creationOrder = foundingOrder(drafts.map((draft) => {
    const entry = entries.get(draft.head);
    return { words: draft.words.length, first: entry ? table.firstOf(entry) : { paragraph: -1, index: -1 } };
  }));
  const rank = new Int32Array(drafts.length);
  creationOrder.forEach((slot, i) => (rank[slot] = i));
  return { drafts, actorOfKey, creationOrder, rank, slotOfHead, context: { typeOf, aliases, known, keysOfSlot: keysOf, fullNames }, renewed: changedSlots };
}

function samePosition(a: { paragraph: number; index: number }, b: { paragraph: number; index: number }): boolean {
  return a.paragraph === b.paragraph && a.index === b.index;
}

/** Where a key stands in the founding order: its number of words and its first occurrence. */
interface Founding {
  words: number;
  first: NamePosition;
}

function founding(table: NameTable, entry: KeyEntry): Founding {
  return { words: entry.words.length, first: table.firstOf(entry) };
}

/** Full names first, so that short forms can find them; then by first appearance. Negative when `a` is founded first. */
function compareFounding(a: Founding, b: Founding): number {
  return b.words - a.words || a.first.paragraph - b.first.paragraph || a.first.index - b.first.index;
}

/** The indices of `items` in founding order. */
function foundingOrder(items: readonly Founding[]): number[] {
  return items.map((_, i) => i).sort((a, b) => compareFounding(items[a], items[b]));
}

/** Whether an actor was founded before a key's turn in a full assignment. */
function foundedBefore(table: NameTable, draft: ActorDraft, entry: KeyEntry): boolean {
  const head = table.entries.get(draft.head);
  return head !== undefined && compareFounding(founding(table, head), founding(table, entry)) < 0;
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
  if (DATELINE.test(candidate.text) && candidate.text.length > 4 && words.length === 1) {
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

  /** The look-up keys an actor takes, in each map, when it is the first to found them. */
  claimsOf(draft: { type: ActorType; words: readonly string[]; surnameFirst: boolean }): Array<[Map<string, ActorDraft>, string]> {
    const words = draft.words;
    const last = words[words.length - 1];
    const claims: Array<[Map<string, ActorDraft>, string]> = [];
    if (draft.type === 'PERSON') {
      claims.push([this.personByLastWord, last]);
      if (words.length > 1) {
        claims.push([this.personBySurname, draft.surnameFirst ? words[0] : last]);
        claims.push([this.personByFirstAndLast, `${words[0]} ${last}`]);
      }
    } else if (draft.type === 'ORG' && words.length > 1) {
      claims.push([this.orgByInitials, initialsOf(words)]);
      claims.push([this.orgByFirstWord, words[0]]);
      for (let cut = 1; cut < words.length; cut++) {
        const prefix = words.slice(0, cut);
        const suffix = words.slice(cut);
        // "Home Office" in "United Kingdom Home Office", "Port Authority" in "Porto Salvo Port Authority".
        if (isPlacePrefix(prefix, this.lex) || this.lex.orgHeads.has(suffix[suffix.length - 1])) claims.push([this.orgBySuffix, suffix.join(' ')]);
      }
    }
    return claims;
  }

  add(draft: ActorDraft): void {
    for (const [map, key] of this.claimsOf(draft)) setFirst(map, key, draft);
  }

  /** Which map a look-up key is in, to tell claims apart. */
  nameOf(map: Map<string, ActorDraft>): string {
    if (map === this.personBySurname) return 'surname';
    if (map === this.personByLastWord) return 'last';
    if (map === this.personByFirstAndLast) return 'first-last';
    if (map === this.orgByInitials) return 'initials';
    if (map === this.orgByFirstWord) return 'first';
    return 'suffix';
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
