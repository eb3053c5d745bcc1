// Actors as typing and merging build them (drafts), and the assignment of the document's names to them.
import { APOSTROPHES } from '../../text/chars';
import { partitionPoint } from '../../text/sorted';
import { lexicon, type Lexicon } from '../../lexicon/lexicon';
import { WORDS_INITIALS_SKIP } from '../../lexicon/organizations';
import type { NameCandidate, TypeEvidence } from '../../paragraph/names/candidate';
import type { ActorType } from '../../types';
import type { AliasIndex } from './aliasIndex';
import { type KeyEntry, type NamePosition, type NameTable, type PlacedText, sameWords } from './nameTable';

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
  /**
   * The slot of each key kept as a name (keys not kept are absent). This map, `slotOfHead` and the context's
   * `keysOfSlot` are updated in place by a patch (patch.ts): the assignment patched is then spent.
   */
  actorOfKey: Map<string, number>;
  /** Slots in the order the actors were founded: full names first, then by first appearance. */
  creationOrder: number[];
  /** Per slot, its place in `creationOrder`. */
  rank: Int32Array;
  /** Slot by head, for the next decision to keep. */
  slotOfHead: Map<string, number>;
  /** What typing and merging knew of the document's full names, for the next decision to patch this one. */
  context: AssignmentContext;
  /** For a patched assignment: the slots whose actor was made anew (the others are the previous assignment's own). */
  renewed?: ReadonlySet<number>;
  /** For a patched assignment: the keys whose slot changed, came or went (the others kept theirs). */
  moved?: readonly string[];
}

/**
 * The state of typing and merging after the full names (names of two words or more) were placed. Full
 * names come first in the founding order and single words can only join them, so while no full name
 * changes, this state stands and an edit that touches single words only can be applied to the
 * previous assignment instead of assigning every name again (see patchActors).
 */
export interface AssignmentContext {
  /** The type of a key from its current statistics and the full names' evidence. */
  typeOf: (key: string) => ActorType | null;
  /** The words of full names that typing single words reads. */
  fullNames: FullNameWords;
  aliases: AliasIndex;
  known: ReadonlyMap<string, unknown>;
  /** Keys by slot. */
  keysOfSlot: Map<number, readonly string[]>;
}

/** The type a name's evidence points to, and how strongly. */
export function bestType(evidence: TypeEvidence): { type: ActorType; score: number } {
  const { person, org, place } = evidence;
  if (place > org && place >= person && place > 0) return { type: 'PLACE', score: place };
  if (org >= person && org > 0) return { type: 'ORG', score: org };
  return { type: 'PERSON', score: person };
}

const initialsSkip = new Set(WORDS_INITIALS_SKIP);

/** An organization's initials ("Bank of England" → "be", "Inter-Bank" → two letters). */
export function initialsOf(words: readonly string[]): string {
  // Asked for every organization at every assignment: one pass, no intermediate lists.
  let initials = '';
  for (const word of words) {
    if (initialsSkip.has(word)) continue;
    // "Inter-Bank" gives two letters, as in "NIBSS"; so does "U.S.", as in "USAID".
    let atStart = true;
    for (let i = 0; i < word.length; i++) {
      const ch = word[i];
      if (ch === '-' || ch === '.') atStart = true;
      else if (atStart) {
        initials += ch;
        atStart = false;
      }
    }
  }
  return initials;
}

export function isAcronymKey(key: string): boolean {
  return /^[a-z]{2,8}$/.test(key);
}

/** Full names by their first and last words (and organizations by initials), as typing single words reads them. */
export interface FullNameWords {
  personLastWords: Map<string, string[]>;
  personFirstWords: Map<string, string[]>;
  orgFirstWords: Map<string, string[]>;
  orgInitials: Map<string, string[]>;
  /** The initials of capitalised words the model finds no name ("Compact Fluorescent Light" → "cfl"). */
  termInitials: Map<string, string[]>;
}

/**
 * Hand evidence at which a key's type is taken from it (a word list's entry counts 6): in all, and on average per
 * occurrence ("Acme, the battery maker," once, then "Acme said" twice still reads as an organization).
 */
export const STRONG_HAND_EVIDENCE = 3;
export const STRONG_PER_OCCURRENCE = 1.5;

/** What listing a full name reads of its key: the model's and the hand's summed evidence, and its count. */
export type ListedEvidence = Pick<KeyEntry, 'evidence' | 'hand' | 'count'>;

/** Strong hand evidence's type, as typing takes it, or undefined when the model decides. */
export function strongHandType(stats: ListedEvidence): ActorType | undefined {
  const hand = bestType(stats.hand);
  return hand.score >= Math.max(STRONG_HAND_EVIDENCE, STRONG_PER_OCCURRENCE * stats.count) ? hand.type : undefined;
}

/**
 * The words a full name puts in those lists, given its evidence: the words a single-word key would be looked up by.
 * A name typed by strong hand evidence is listed under that type ("Brock Holt" found a person by his given name
 * types a lone "Holt" whatever the model made of the full name's occurrences).
 */
export function fullNameWords(words: readonly string[], stats: ListedEvidence): Array<[keyof FullNameWords, string]> {
  if (words.length < 2) return [];
  const hand = strongHandType(stats);
  const { type, score } = hand ? { type: hand, score: 1 } : bestType(stats.evidence);
  if (type === 'PERSON' && score > 0) return [['personLastWords', words[words.length - 1]], ['personFirstWords', words[0]]];
  if (type === 'ORG') return [['orgFirstWords', words[0]], ['orgInitials', initialsOf(words)]];
  return score > 0 ? [] : [['termInitials', initialsOf(words)]];
}

/** Lists (`sign` 1) or unlists (-1) a key under the words its full name is looked up by. */
export function listFullName(lists: FullNameWords, key: string, words: readonly string[], stats: ListedEvidence, sign: 1 | -1): void {
  for (const [list, word] of fullNameWords(words, stats)) {
    if (sign > 0) listUnder(lists[list], word, key);
    else {
      const left = (lists[list].get(word) ?? []).filter((k) => k !== key);
      if (left.length > 0) lists[list].set(word, left);
      else lists[list].delete(word);
    }
  }
}

function listUnder(map: Map<string, string[]>, word: string, key: string): void {
  const list = map.get(word);
  if (list) list.push(key);
  else map.set(word, [key]);
}

/** Shared by every actor until a role names a country for it. */
const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * Every draft is made here or in copyDraft, with its fields in one order: the passes that read drafts on
 * every edit then meet one object shape, and stay in optimized code.
 */
export function makeDraft(index: number, type: ActorType, words: string[], name: string, known: boolean, head: string): ActorDraft {
  const surnameFirst = isSurnameFirst(words, lexicon());
  return { index, type, words, name, forms: [], roles: [], roleCountries: NO_COUNTRIES, surnameFirst, known, head };
}

/** A draft at another slot, or made anew to be changed while the previous decisions keep reading the old one. */
export function copyDraft(draft: ActorDraft, index: number): ActorDraft {
  return {
    index,
    type: draft.type,
    words: draft.words,
    name: draft.name,
    forms: draft.forms,
    roles: draft.roles,
    roleCountries: draft.roleCountries,
    surnameFirst: draft.surnameFirst,
    known: draft.known,
    head: draft.head,
  };
}

/**
 * Whether two drafts describe an actor alike, slot and all: what a full assignment made again reads the
 * same to every later pass as the draft it replaces.
 */
export function sameDraft(a: ActorDraft, b: ActorDraft): boolean {
  if (a === b) return true;
  if (a.index !== b.index || a.type !== b.type || a.name !== b.name || a.head !== b.head) return false;
  if (a.surnameFirst !== b.surnameFirst || a.known !== b.known) return false;
  if (!sameWords(a.words, b.words) || !sameWords(a.forms, b.forms) || !sameWords(a.roles, b.roles)) return false;
  if (a.roleCountries.size !== b.roleCountries.size) return false;
  for (const country of a.roleCountries) if (!b.roleCountries.has(country)) return false;
  return true;
}

/** Gives an actor the forms, roles and role countries of its keys, in reading order. */
export function setSurfaces(draft: ActorDraft, keys: readonly string[], table: NameTable): void {
  if (keys.length === 0) return;
  const surfaces = keys.map((key) => table.surfacesOf(table.entries.get(key) as KeyEntry));
  draft.forms = mergeInReadingOrder(surfaces.map((s) => s.forms));
  draft.roles = mergeInReadingOrder(surfaces.map((s) => s.roles));
  const countries = surfaces.flatMap((s) => s.roleCountries);
  draft.roleCountries = countries.length > 0 ? new Set(countries) : NO_COUNTRIES;
}

/** Distinct texts from lists already in reading order, in reading order. */
function mergeInReadingOrder(lists: ReadonlyArray<readonly PlacedText[]>): string[] {
  // One key's list is distinct already.
  if (lists.length === 1) return lists[0].map((placed) => placed.text);
  const all = lists.flat().sort((a, b) => a.paragraph - b.paragraph || a.index - b.index || a.sub - b.sub);
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const placed of all) {
    if (seen.has(placed.text)) continue;
    seen.add(placed.text);
    texts.push(placed.text);
  }
  return texts;
}

/** "Xi Jinping", "Kim Jong Un": two or three words, the first a known East Asian surname. */
export function isSurnameFirst(words: readonly string[], lex: Lexicon): boolean {
  return words.length >= 2 && words.length <= 3 && lex.eastAsianSurnames.has(words[0]);
}

/** How an actor is called: a place's or organization's canonical name, else the name as first written. */
export function displayName(type: ActorType, candidate: NameCandidate, words: readonly string[], lex: Lexicon): string {
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

/** The name of a key as first written, typed `type`. */
export function displayNameOf(table: NameTable, entry: KeyEntry, type: ActorType, lex: Lexicon): string {
  return displayName(type, table.candidateAt(table.firstOf(entry)), entry.words, lex);
}

/** Where a key stands in the founding order: its number of words and its first occurrence. */
export interface Founding {
  words: number;
  first: NamePosition;
}

export function founding(table: NameTable, entry: KeyEntry): Founding {
  return { words: entry.words.length, first: table.firstOf(entry) };
}

/** Full names first, so that short forms can find them; then by first appearance. Negative when `a` is founded first. */
function compareFounding(a: Founding, b: Founding): number {
  return b.words - a.words || a.first.paragraph - b.first.paragraph || a.first.index - b.first.index;
}

/** The indices of `items` in founding order. */
export function foundingOrder(items: readonly Founding[]): number[] {
  return items.map((_, i) => i).sort((a, b) => compareFounding(items[a], items[b]));
}

/**
 * The founding order of `count` slots, from an order that held for all but the `moved` slots: the others keep their
 * order, and each moved slot goes back where it now belongs. What sorting every slot gives (ties by slot, as a stable
 * sort of slots does), in proportion to what moved rather than to the actors.
 */
export function reorderedFounding(
  order: readonly number[],
  count: number,
  moved: ReadonlySet<number>,
  foundingOf: (slot: number) => Founding,
): number[] {
  const precedes = (a: number, fa: Founding, b: number, fb: Founding): boolean => (compareFounding(fa, fb) || a - b) < 0;
  const stay: number[] = [];
  for (let k = 0; k < order.length; k++) if (order[k] < count && !moved.has(order[k])) stay.push(order[k]);
  const back: Array<{ slot: number; founding: Founding; at: number }> = [];
  for (const slot of moved) if (slot < count) back.push({ slot, founding: foundingOf(slot), at: 0 });
  back.sort((x, y) => (precedes(x.slot, x.founding, y.slot, y.founding) ? -1 : 1));
  // Each slot's place among those that stay: the first of them it precedes.
  for (const item of back) item.at = partitionPoint(stay.length, (k) => precedes(stay[k], foundingOf(stay[k]), item.slot, item.founding));
  const merged = new Array<number>(stay.length + back.length);
  let next = 0;
  let b = 0;
  for (let k = 0; k <= stay.length; k++) {
    while (b < back.length && back[b].at === k) merged[next++] = back[b++].slot;
    if (k < stay.length) merged[next++] = stay[k];
  }
  return merged;
}

/** Whether an actor was founded before a key's turn in a full assignment. */
export function foundedBefore(table: NameTable, draft: ActorDraft, entry: KeyEntry): boolean {
  const head = table.entries.get(draft.head);
  return head !== undefined && compareFounding(founding(table, head), founding(table, entry)) < 0;
}
