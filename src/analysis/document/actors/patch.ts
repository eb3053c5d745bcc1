// Incremental assignment: applies an edit's changed names to the previous assignment instead of assigning them all again.
import { lexicon, type Lexicon } from '../../lexicon/lexicon';
import type { ActorType } from '../../types';
import {
  copyDraft,
  displayNameOf,
  foundedBefore,
  fullNameWords,
  isSurnameFirst,
  listFullName,
  makeDraft,
  reorderedFounding,
  setSurfaces,
  type ActorAssignment,
  type ActorDraft,
  type Founding,
  type ListedEvidence,
} from './drafts';
import type { KeyEntry, KeySnapshot, NamePosition, NameTable } from './nameTable';

/** What a touched key now is: not a name (-1), an alias of a slot, or the head of its own actor ('head'). */
type Outcome = number | 'head';

/** A look-up key of the alias index: its map and the key in it. */
type Lookup = [Map<string, ActorDraft>, string];

/** A copy of what listing reads of a key, as it stands when read (the entry changes with later edits). */
function listedStats(stats: ListedEvidence): ListedEvidence {
  return { evidence: { ...stats.evidence }, hand: { ...stats.hand }, count: stats.count };
}

/** A full name whose words in the typing lists change: its key, words and evidence before, and now. */
interface Relisting {
  key: string;
  before: { words: readonly string[]; stats: ListedEvidence } | undefined;
  now: { words: readonly string[]; stats: ListedEvidence } | undefined;
}

/**
 * The assignment after an edit, derived from the previous one for the keys the edit touched; the
 * same as assigning every name again, or undefined when the edit reaches further than this can
 * follow: a declared actor, a place that appears or goes, a name whose words others are typed or
 * merged by, an actor other keys had joined, a possessive "s".
 */
export function patchActors(
  table: NameTable,
  previous: ActorAssignment,
  touched: ReadonlyMap<string, KeySnapshot | null>,
  ignored: ReadonlySet<string>,
): ActorAssignment | undefined {
  // Declared actors are founded where their first key falls, single word or not: leave them to a full assignment.
  if (previous.context.known.size > 0) return undefined;
  const patch = new ActorPatch(table, previous, ignored, touched);
  for (const [key, before] of touched) if (!patch.read(key, before)) return undefined;
  return patch.apply();
}

/**
 * A patch in two phases. Reading each touched key decides what it now is, and whether a full assignment could
 * decide otherwise (then the patch gives up, having changed nothing). Applying then updates the typing lists and
 * the alias index, which the previous assignment shares and the next decision no longer reads, and the slots.
 */
class ActorPatch {
  private readonly lex: Lexicon = lexicon();
  private readonly entries: ReadonlyMap<string, KeyEntry>;
  /** What each touched key now is, when that changed. */
  private readonly outcome = new Map<string, Outcome>();
  /** Slots whose actor keeps its keys but whose forms, roles or name may read otherwise. */
  private readonly changedSlots = new Set<number>();
  private readonly relistedWords = new Set<string>();
  private readonly relisted: Relisting[] = [];
  /** Look-up keys of actors founded or given up in this edit: one actor's at most. */
  private readonly claimed = new Set<string>();
  /** Look-up keys given up, with the actor that takes them over. */
  private readonly released: Array<[Map<string, ActorDraft>, string, ActorDraft | undefined]> = [];

  constructor(
    private readonly table: NameTable,
    private readonly previous: ActorAssignment,
    private readonly ignored: ReadonlySet<string>,
    private readonly touched: ReadonlyMap<string, KeySnapshot | null>,
  ) {
    this.entries = table.entries;
  }

  /** Reads one touched key, with what it was before the edit; false when a full assignment must decide instead. */
  read(key: string, before: KeySnapshot | null): boolean {
    const { previous } = this;
    const entry = this.entries.get(key);
    if (previous.context.known.has(key) || this.ignored.has(key)) return false;
    if (before && entry && before.words.join(' ') !== entry.words.join(' ')) return false;
    const words = entry?.words ?? before?.words ?? [key];
    if (!this.relist(key, before, entry)) return false;
    const oldSlot = previous.actorOfKey.get(key);
    const oldDraft = oldSlot === undefined ? undefined : previous.drafts[oldSlot];
    const wasHead = oldDraft !== undefined && oldDraft.head === key;
    const type = entry ? previous.context.typeOf(key) : null;
    if (type === 'PLACE' || oldDraft?.type === 'PLACE') {
      const place = this.readPlace(key, words, entry, type, oldDraft);
      if (place === 'unfollowable') return false;
      if (place === 'stays') {
        if (oldSlot !== undefined) this.changedSlots.add(oldSlot);
        return true;
      }
    }
    const now = this.outcomeOf(key, type, entry);
    if (now === undefined) return false;
    if ((now === -1 && oldSlot === undefined) || now === oldSlot || (now === 'head' && wasHead && oldDraft?.type === type)) {
      // An actor founded elsewhere in the order may win or lose look-up keys it shares with others.
      if (wasHead && oldDraft && before && entry && !samePosition(before.first, this.table.firstOf(entry))) {
        if (!this.keepsLookups(key, oldDraft, entry)) return false;
      }
      if (oldSlot !== undefined) this.changedSlots.add(oldSlot);
      return true;
    }
    // The key founds, leaves or changes an actor: only when nothing else is merged through the words it
    // founds or founded an actor with.
    if (wasHead && (previous.context.keysOfSlot.get(oldSlot as number)?.length ?? 0) > 1) return false;
    if (now === 'head' && wasHead) return false;
    const surnameFirst = isSurnameFirst(words, this.lex);
    const arriving = now === 'head' ? { type: type as ActorType, words, surnameFirst, head: key } : undefined;
    for (const founder of [wasHead ? oldDraft : undefined, arriving]) {
      if (founder && !this.claimFounder(key, words, founder, founder === arriving ? entry : undefined)) return false;
    }
    this.outcome.set(key, now);
    return true;
  }

  /**
   * Typing single words reads full names' first and last words and organizations' initials: when the key's entries
   * in those lists change, the change is noted for applying, unless a single word typed by them could read otherwise.
   */
  private relist(key: string, before: KeySnapshot | null, entry: KeyEntry | undefined): boolean {
    const { fullNames } = this.previous.context;
    const listedBefore = before ? fullNameWords(before.words, before) : [];
    const listedNow = entry ? fullNameWords(entry.words, entry) : [];
    if (listedBefore.map((l) => l.join(':')).join('|') === listedNow.map((l) => l.join(':')).join('|')) return true;
    for (const [list, word] of [...listedBefore, ...listedNow]) {
      // Two keys changing one list entry in one edit: leave that to a full assignment.
      if (this.relistedWords.has(`${list}:${word}`)) return false;
      this.relistedWords.add(`${list}:${word}`);
      const listed = fullNames[list].get(word) ?? [];
      const stays = listedNow.some(([l, w]) => l === list && w === word);
      const next = [...listed.filter((k) => k !== key), ...(stays ? [key] : [])];
      // What typing reads of the entry is whether it is there, and for first words also whether one of them is a
      // surname-first name (typing.ts: keyFeatures, startsSurnameFirstName).
      const reads = (keys: readonly string[]): string =>
        list === 'personFirstWords'
          ? `${keys.length > 0}:${keys.some((k) => isSurnameFirst(this.entries.get(k)?.words ?? [], this.lex))}`
          : `${keys.length > 0}`;
      if (reads(listed) !== reads(next) && (this.readByOthers(word, key) || this.readByOthers(`${word}s`, key))) return false;
    }
    this.relisted.push({
      key,
      before: before ? { words: before.words, stats: listedStats(before) } : undefined,
      now: entry ? { words: entry.words, stats: listedStats(entry) } : undefined,
    });
    return true;
  }

  /**
   * Which places exist, and their names, decide which capitals join a country: a place stays itself ('stays'), or is
   * one the gazetteer does not know (no capital, no country) and named like no other place ('reads on').
   */
  private readPlace(
    key: string,
    words: readonly string[],
    entry: KeyEntry | undefined,
    type: ActorType | null,
    oldDraft: ActorDraft | undefined,
  ): 'stays' | 'reads on' | 'unfollowable' {
    const { previous, lex } = this;
    const ownSlot = previous.slotOfHead.get(key);
    const own = ownSlot === undefined ? undefined : previous.drafts[ownSlot];
    const name = entry && type === 'PLACE' ? displayNameOf(this.table, entry, 'PLACE', lex) : undefined;
    if (entry && type === 'PLACE' && own?.type === 'PLACE' && name === own.name) return 'stays';
    if (lex.places.has(words.join(' ')) || lex.places.has(key) || (oldDraft !== undefined && oldDraft !== own)) return 'unfollowable';
    if (ownSlot !== undefined && (previous.context.keysOfSlot.get(ownSlot)?.length ?? 0) > 1) return 'unfollowable';
    const namesake = previous.drafts.some((draft) => draft.type === 'PLACE' && draft.name === name && draft.head !== key);
    return name !== undefined && namesake ? 'unfollowable' : 'reads on';
  }

  /** What a key now is; undefined when it joins an actor founded after its turn, which a full assignment would not do. */
  private outcomeOf(key: string, type: ActorType | null, entry: KeyEntry | undefined): Outcome | undefined {
    if (type === null || !entry) return -1;
    const found = this.previous.context.aliases.find(type, key, entry.words);
    if (!found) return 'head';
    const slot = this.previous.slotOfHead.get(found.head);
    // The actor found must have been founded before this key's turn, as in a full assignment.
    if (slot === undefined || (found.head !== key && !foundedBefore(this.table, found, entry))) return undefined;
    return slot;
  }

  /** Whether an actor whose founding key moved in the founding order keeps the look-up keys it held, and gains none. */
  private keepsLookups(key: string, oldDraft: ActorDraft, entry: KeyEntry): boolean {
    const { aliases } = this.previous.context;
    for (const [map, lookup] of aliases.claimsOf(oldDraft)) {
      const holder = map.get(lookup);
      const others = this.claimantsOf(map, lookup).filter((draft) => draft.head !== key);
      // It held the key: none founded before it may claim it now. Another held it: that one must still come first.
      if (holder?.head === key) {
        if (others.some((other) => foundedBefore(this.table, other, entry))) return false;
      } else if (holder !== undefined && !foundedBefore(this.table, holder, entry)) return false;
    }
    return true;
  }

  /**
   * The look-up keys an actor founded (`arriving` with its entry) or given up by the key take or release: one actor's
   * at most per edit, none that another key is typed or merged by, none an earlier-founded actor would keep.
   */
  private claimFounder(
    key: string,
    words: readonly string[],
    founder: { type: ActorType; words: readonly string[]; surnameFirst: boolean; head: string },
    arrivingEntry: KeyEntry | undefined,
  ): boolean {
    const { aliases } = this.previous.context;
    const last = words[words.length - 1];
    if (founder.type === 'PERSON' && (last.endsWith('s') || this.entries.has(`${last}s`))) return false;
    if (words.length > 1 && this.sharesFirstAndLast(key, words)) return false;
    for (const [map, lookup] of aliases.claimsOf(founder)) {
      const claim = `${aliases.nameOf(map)}:${lookup}`;
      if (this.claimed.has(claim)) return false;
      this.claimed.add(claim);
      const holder = map.get(lookup);
      if (arrivingEntry) {
        // An actor founded earlier keeps its look-up key; a later one would lose it to this one.
        if (holder && holder.head !== key) {
          if (!foundedBefore(this.table, holder, arrivingEntry)) return false;
          continue;
        }
        if (this.readByOthers(lookup, key)) return false;
      } else if (holder?.head === key) {
        // The key passes to the next actor that claims it, in founding order; whoever looks it up would find another actor.
        if (this.readByOthers(lookup, key)) return false;
        this.released.push([map, lookup, this.nextClaimant([map, lookup], key)]);
      }
    }
    return true;
  }

  /** A word some other key is typed or merged by. */
  private readByOthers(word: string, key: string): boolean {
    return word !== key && this.entries.has(word);
  }

  /** Whether another full name has the same first and last words (it would be merged with this one). */
  private sharesFirstAndLast(key: string, words: readonly string[]): boolean {
    const first = words[0];
    const last = words[words.length - 1];
    for (const [other, entry] of this.entries) {
      if (other !== key && entry.words.length > 1 && entry.words[0] === first && entry.words[entry.words.length - 1] === last) return true;
    }
    return false;
  }

  /** The actors that claim a look-up key, in founding order (only those whose words could make it are asked). */
  private claimantsOf(map: Map<string, ActorDraft>, lookup: string): ActorDraft[] {
    const { previous } = this;
    const { aliases } = previous.context;
    const name = aliases.nameOf(map);
    const tokens = lookup.split(' ');
    const found: ActorDraft[] = [];
    for (const slot of previous.creationOrder) {
      const draft = previous.drafts[slot];
      const lastToken = tokens[tokens.length - 1];
      const couldMake = name === 'initials' ? draft.type === 'ORG' && draft.words.length >= 2 : draft.words.includes(lastToken);
      if (!couldMake) continue;
      if (aliases.claimsOf(draft).some(([other, word]) => other === map && word === lookup)) found.push(draft);
    }
    return found;
  }

  /** The earliest-founded actor other than `key`'s that claims a look-up key. */
  private nextClaimant([map, lookup]: Lookup, key: string): ActorDraft | undefined {
    return this.claimantsOf(map, lookup).find((draft) => draft.head !== key);
  }

  /** Applies what was read: the typing lists, the alias index and the slots; returns the patched assignment. */
  apply(): ActorAssignment {
    const { fullNames } = this.previous.context;
    for (const { key, before, now } of this.relisted) {
      if (before) listFullName(fullNames, key, before.words, before.stats, -1);
      if (now) listFullName(fullNames, key, now.words, now.stats, 1);
    }
    for (const [map, lookup, next] of this.released) {
      if (next) map.set(lookup, next);
      else map.delete(lookup);
    }
    return this.slotted();
  }

  /**
   * The slots after the patch: an actor that goes frees its slot, a new one takes a free slot or the next, and the
   * last actors move down into slots left free at the end, so slots stay 0..n-1.
   */
  private slotted(): ActorAssignment {
    const { previous, changedSlots, entries, table, lex } = this;
    const { typeOf, aliases, known, fullNames } = previous.context;
    // A copy of the same kind of array as a full assignment makes: code reading drafts then meets one shape.
    const drafts = previous.drafts.slice();
    // The maps by key and slot are the previous assignment's own, updated in place: copying them would make every
    // patch cost as much as the document's names. The keys whose slot changes are listed instead (`moved`).
    const { actorOfKey, slotOfHead } = previous;
    const keysOf = previous.context.keysOfSlot;
    const moved: string[] = [];
    const freed: number[] = [];
    const founding: string[] = [];
    for (const [key, now] of this.outcome) {
      moved.push(key);
      const oldSlot = actorOfKey.get(key);
      if (oldSlot !== undefined) {
        actorOfKey.delete(key);
        keysOf.set(oldSlot, (keysOf.get(oldSlot) ?? []).filter((k) => k !== key));
        changedSlots.add(oldSlot);
        if (previous.drafts[oldSlot].head === key) {
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
      const draft = makeDraft(slot, type, [...entry.words], displayNameOf(table, entry, type, lex), false, key);
      drafts[slot] = draft;
      aliases.add(draft);
      slotOfHead.set(key, slot);
      actorOfKey.set(key, slot);
      keysOf.set(slot, [key]);
      changedSlots.add(slot);
    }
    fillFreedSlots(drafts, freed, { keysOf, actorOfKey, slotOfHead, moved }, changedSlots);
    for (const slot of changedSlots) {
      if (slot >= drafts.length) continue;
      const keys = keysOf.get(slot) ?? [];
      if (keys.length === 0) keysOf.delete(slot);
      // A draft that changed is a new object: the previous decisions still read the old one.
      const draft = copyDraft(drafts[slot], slot);
      // The name is written as at the head key's first occurrence, which the edit may have changed.
      const headEntry = entries.get(draft.head);
      if (headEntry) draft.name = displayNameOf(table, headEntry, draft.type, lex);
      setSurfaces(draft, keys, table);
      drafts[slot] = draft;
    }
    // Founding order, by each actor's founding key: only actors made anew, or whose founding key the edit touched,
    // can have moved in it (a patch keeps the paragraphs, so other keys' first places keep their order).
    const reordered = new Set(changedSlots);
    for (const key of this.touched.keys()) {
      const slot = slotOfHead.get(key);
      if (slot !== undefined) reordered.add(slot);
    }
    const foundingOf = (slot: number): Founding => {
      const draft = drafts[slot];
      const entry = entries.get(draft.head);
      return { words: draft.words.length, first: entry ? table.firstOf(entry) : { paragraph: -1, index: -1 } };
    };
    const creationOrder = reorderedFounding(previous.creationOrder, drafts.length, reordered, foundingOf);
    const rank = new Int32Array(drafts.length);
    for (let i = 0; i < creationOrder.length; i++) rank[creationOrder[i]] = i;
    const context = { typeOf, aliases, known, keysOfSlot: keysOf, fullNames };
    return { drafts, actorOfKey, creationOrder, rank, slotOfHead, context, renewed: changedSlots, moved };
  }
}

/** Fills the slots still free with the last actors, so that slots stay 0..n-1. */
function fillFreedSlots(
  drafts: ActorDraft[],
  freed: number[],
  maps: { keysOf: Map<number, readonly string[]>; actorOfKey: Map<string, number>; slotOfHead: Map<string, number>; moved: string[] },
  changedSlots: Set<number>,
): void {
  const { keysOf, actorOfKey, slotOfHead, moved } = maps;
  while (freed.length > 0) {
    const hole = freed.pop() as number;
    const last = drafts.length - 1;
    if (hole !== last) {
      const draft = copyDraft(drafts[last], hole);
      drafts[hole] = draft;
      slotOfHead.set(draft.head, hole);
      const keys = keysOf.get(last) ?? [];
      keysOf.set(hole, keys);
      for (const key of keys) {
        actorOfKey.set(key, hole);
        moved.push(key);
      }
      changedSlots.add(hole);
    }
    keysOf.delete(last);
    drafts.length = last;
  }
}

function samePosition(a: NamePosition, b: NamePosition): boolean {
  return a.paragraph === b.paragraph && a.index === b.index;
}
