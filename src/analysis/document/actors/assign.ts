// Fresh assignment: types every name of the document and merges the names that refer to the same actor.
import { lexicon, type Lexicon } from '../../lexicon/lexicon';
import type { ActorType, KnownActor } from '../../types';
import { AliasIndex } from './aliasIndex';
import {
  displayNameOf,
  founding,
  foundingOrder,
  makeDraft,
  setSurfaces,
  type ActorAssignment,
  type ActorDraft,
  type AssignmentContext,
} from './drafts';
import { sameWords, type KeyEntry, type NameTable } from './nameTable';
import { knownForms, listFullNames, typingOf, type KnownForms } from './typing';

/** The previous actor founded by an untouched key, with the keys it had: its name and surfaces may stand. */
type KeptActor = (head: string) => { draft: ActorDraft; keys: readonly string[] } | undefined;

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
  const kept = keptActorOf(previous, touched);
  const known = knownForms(knownActors);
  // Single words are typed by the full names they end or start ("Peskov" ← "Dmitry Peskov").
  const fullNames = listFullNames(table.entries);
  const typeOf = typingOf(table.entries, known, ignored, fullNames, lex);
  const aliases = new AliasIndex(lex);
  const { drafts, draftOfKey } = foundActors(table, { typeOf, known, aliases, kept }, lex);
  const actorOfKey = actorsOfKeys(drafts, draftOfKey, lex);
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

function keptActorOf(previous: ActorAssignment | undefined, touched: ReadonlyMap<string, unknown> | undefined): KeptActor {
  return (head) => {
    if (!previous || !touched || touched.has(head)) return undefined;
    const slot = previous.slotOfHead.get(head);
    if (slot === undefined) return undefined;
    const draft = previous.drafts[slot];
    return draft.head === head && !draft.known ? { draft, keys: previous.context.keysOfSlot.get(slot) ?? [] } : undefined;
  };
}

/** What founding actors reads: the types, the declared actors, the alias index it fills, the actors that may stand. */
interface Founder {
  typeOf: (key: string) => ActorType | null;
  known: KnownForms;
  aliases: AliasIndex;
  kept: KeptActor;
}

/**
 * One actor per distinct name, in founding order (full names first, so that short forms can find them; then by first
 * appearance): a key joins the declared actor it names, or the actor it is an alias of, or founds one of its own.
 */
function foundActors(table: NameTable, founder: Founder, lex: Lexicon): { drafts: ActorDraft[]; draftOfKey: Map<string, ActorDraft> } {
  const { typeOf, known, aliases, kept } = founder;
  const drafts: ActorDraft[] = [];
  const knownDrafts = new Map<number, ActorDraft>();
  const draftOfKey = new Map<string, ActorDraft>();
  const found = (draft: ActorDraft): ActorDraft => {
    drafts.push(draft);
    aliases.add(draft);
    return draft;
  };
  const entries = [...table.entries.values()];
  const entriesInOrder = foundingOrder(entries.map((entry) => founding(table, entry))).map((i) => entries[i]);
  for (const entry of entriesInOrder) {
    const key = entry.key;
    const type = typeOf(key);
    if (type === null) continue;
    const knownActor = known.get(key);
    let draft: ActorDraft | undefined;
    if (knownActor) {
      const { actor, index } = knownActor;
      draft = knownDrafts.get(index);
      if (!draft) {
        draft = found(makeDraft(drafts.length, actor.type, actor.name.toLowerCase().split(/\s+/), actor.name, true, `\u0000${index}`));
        knownDrafts.set(index, draft);
      }
    } else {
      draft = aliases.find(type, key, entry.words);
      draft ??= found(makeDraft(drafts.length, type, [...entry.words], nameOf(table, entry, type, kept, lex), false, key));
    }
    draftOfKey.set(key, draft);
  }
  return { drafts, draftOfKey };
}

/** A new actor's name: the one it had before an edit that did not touch it, else the name as first written. */
function nameOf(table: NameTable, entry: KeyEntry, type: ActorType, kept: KeptActor, lex: Lexicon): string {
  const before = kept(entry.key)?.draft;
  return before && before.type === type ? before.name : displayNameOf(table, entry, type, lex);
}

/** Each key's actor; capitals standing for their government join the country's actor when the country is present. */
function actorsOfKeys(drafts: readonly ActorDraft[], draftOfKey: ReadonlyMap<string, ActorDraft>, lex: Lexicon): Map<string, number> {
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
  return actorOfKey;
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
