// Joins the paragraphs' chunks into the document's lists, and gives each actor its mentions and claims in reading order.
import type { Actor } from '../../types';
import type { ActorPlan, Decisions } from '../decisions/plans';
import type { Joined, PreviousRun } from '../run';
import type { Chunk } from './emitChunk';

/**
 * Joins the paragraphs' results, and gives each actor its mentions and claims in reading order. The
 * previous run's arrays and actors are filled again in place: a megabyte's results are tens of thousands
 * of entries, and joining them into new arrays on every keystroke kept the garbage collector busy.
 */
export function join(chunks: readonly Chunk[], decisions: Decisions, previous: PreviousRun | undefined): Joined {
  const { actors, actorIndex, actorAtSlot } = shownActors(decisions, previous);
  let entityCount = 0;
  let quoteCount = 0;
  let claimCount = 0;
  let sentenceCount = 0;
  for (let ci = 0; ci < chunks.length; ci++) {
    const chunk = chunks[ci];
    entityCount += chunk.entities.length;
    quoteCount += chunk.quotes.length;
    claimCount += chunk.claims.length;
    sentenceCount += chunk.sentences.length;
  }
  const entities = resized(previous?.result.entities, entityCount);
  const quotes = resized(previous?.result.quotes, quoteCount);
  const claims = resized(previous?.result.claims, claimCount);
  const sentences = resized(previous?.result.sentences, sentenceCount);
  // Actors' lists are written over from the start and cut to length at the end, which keeps their storage.
  const mentionCount = new Int32Array(actors.length);
  const claimIdCount = new Int32Array(actors.length);
  let e = 0;
  let q = 0;
  let c = 0;
  let s = 0;
  // Indexed loops: this runs on every edit, often before the optimizing compiler has reached it, and
  // for-of there makes an iterator result per element.
  for (let ci = 0; ci < chunks.length; ci++) {
    const chunk = chunks[ci];
    for (let i = 0; i < chunk.entities.length; i++) entities[e++] = chunk.entities[i];
    for (let i = 0; i < chunk.quotes.length; i++) quotes[q++] = chunk.quotes[i];
    for (let i = 0; i < chunk.sentences.length; i++) sentences[s++] = chunk.sentences[i];
    const chunkClaims = chunk.claims;
    for (let k = 0; k < chunkClaims.length; k++) {
      const claim = chunkClaims[k];
      claims[c++] = claim;
      const at = claim.speakerId === null ? -1 : placeOf(claim.speakerId, chunk.claimSlots[k], actors, actorAtSlot, actorIndex);
      if (at >= 0) actors[at].claimIds[claimIdCount[at]++] = claim.id;
    }
    const mentionActors = chunk.mentionActors;
    for (let i = 0; i < mentionActors.length; i++) {
      const at = placeOf(mentionActors[i], chunk.mentionSlots[i], actors, actorAtSlot, actorIndex);
      if (at >= 0) actors[at].mentions[mentionCount[at]++] = chunk.mentions[i];
    }
  }
  for (let at = 0; at < actors.length; at++) {
    actors[at].mentions.length = mentionCount[at];
    actors[at].claimIds.length = claimIdCount[at];
  }
  return { result: { entities, actors, quotes, claims, sentences }, actorIndex, actorAtSlot };
}

/**
 * The shown actors, in order of first appearance. The same actors under the same ids, in the same order as
 * before: the previous list, renamed; otherwise a new list, whose actors kept under the same id are the previous
 * objects with their mentions and claims (which the join writes over, and rejoin.ts updates), and whose new
 * actors start with none.
 */
export function shownActors(
  decisions: Decisions,
  previous: PreviousRun | undefined,
): { actors: Actor[]; actorIndex: Map<string, number>; actorAtSlot: Int32Array } {
  if (previous && (previous.decisions === decisions || sameShownActors(previous, decisions))) {
    // Only what they are called may differ.
    if (previous.decisions !== decisions) renameActors(previous.result.actors, decisions);
    return { actors: previous.result.actors, actorIndex: previous.actorIndex, actorAtSlot: previous.actorAtSlot };
  }
  const actors: Actor[] = [];
  const actorIndex = new Map<string, number>();
  const actorAtSlot = new Int32Array(decisions.actors.length).fill(-1);
  for (let k = 0; k < decisions.actorOrder.length; k++) {
    const index = decisions.actorOrder[k];
    actorAtSlot[index] = actors.length;
    const plan = decisions.actors[index];
    const keptAt = previous?.actorIndex.get(plan.id);
    const kept = keptAt === undefined ? undefined : previous?.result.actors[keptAt];
    actorIndex.set(plan.id, actors.length);
    if (kept) {
      renameActor(kept, plan);
      actors.push(kept);
    } else {
      actors.push({ id: plan.id, name: plan.name, type: plan.type, aliases: plan.aliases, roles: plan.roles, mentions: [], claimIds: [] });
    }
  }
  return { actors, actorIndex, actorAtSlot };
}

/** Gives the shown actors (the same, in the same order) what new decisions call them. */
export function renameActors(actors: readonly Actor[], decisions: Decisions): void {
  for (let k = 0; k < decisions.actorOrder.length; k++) renameActor(actors[k], decisions.actors[decisions.actorOrder[k]]);
}

/** Gives a kept actor what its plan now calls it; its id, mentions and claims are settled elsewhere. */
function renameActor(actor: Actor, plan: ActorPlan): void {
  actor.name = plan.name;
  actor.type = plan.type;
  actor.aliases = plan.aliases;
  actor.roles = plan.roles;
}

/** Whether new decisions show the previous run's actors, slot by slot, under the same ids and in the same order. */
export function sameShownActors(previous: PreviousRun, decisions: Decisions): boolean {
  const order = decisions.actorOrder;
  const before = previous.decisions.actorOrder;
  if (order.length !== before.length || previous.result.actors.length !== order.length) return false;
  for (let k = 0; k < order.length; k++) {
    if (order[k] !== before[k] || decisions.actors[order[k]].id !== previous.result.actors[k].id) return false;
  }
  return true;
}

/** An actor's place among the shown ones: by the index it was emitted with while that still holds its id, else by id. */
export function placeOf(
  id: string,
  slot: number,
  actors: readonly Actor[],
  actorAtSlot: Int32Array,
  actorIndex: ReadonlyMap<string, number>,
): number {
  const at = slot < actorAtSlot.length ? actorAtSlot[slot] : -1;
  if (at >= 0 && actors[at].id === id) return at;
  return actorIndex.get(id) ?? -1;
}

/** The previous run's array cut or grown to `length`, or a new one sized up front. */
function resized<T>(array: T[] | undefined, length: number): T[] {
  if (!array) return new Array<T>(length);
  array.length = length;
  return array;
}
