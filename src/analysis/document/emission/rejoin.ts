// Incremental join: only the chunks an edit replaced are joined again, in the previous run's lists.
import { partitionPoint } from '../../text/sorted';
import { replaceRange } from '../../text/arrays';
import type { Mention } from '../../types';
import type { Decisions } from '../decisions/plans';
import type { Joined, PreviousRun } from '../run';
import type { Chunk } from './emitChunk';
import { placeOf, shownActors } from './join';
import type { Replaced } from './placeChunks';

/** Beyond this many changed chunks, joining everything again is as quick. */
const MAX_REJOINED_CHUNKS = 8;
/** Spliced in as arguments: a paragraph of tens of thousands of entities is joined the long way. */
const MAX_SPLICED_ITEMS = 10_000;

/**
 * Joins again only the chunks an edit replaced, in the previous run's arrays and actors' lists: every
 * other chunk is the previous one (moved in place), so it sits where it was. Undefined when that does not
 * hold: too many chunks replaced, or too many items in one. When other actors are shown (a name typed or
 * misspelt), an actor that came or went has its mentions and claims only in replaced chunks, since a kept
 * chunk's actors are decided alike: the kept actors keep their lists, the new ones start empty.
 */
export function rejoin(
  chunks: readonly Chunk[],
  decisions: Decisions,
  previous: PreviousRun,
  replaced: readonly Replaced[],
  renumbered: boolean,
): Joined | undefined {
  if (!canRejoin(chunks, replaced)) return undefined;
  // Claims added or removed: those after them were numbered anew (moveChunk), and every actor's list of them is made again.
  const claimsMoved = renumbered || replaced.some(({ index, old }) => chunks[index].claims.length !== old.claims.length);
  const shown = shownActors(decisions, previous);
  const result = { ...previous.result, actors: shown.actors };
  const joined: Joined = { result, actorIndex: shown.actorIndex, actorAtSlot: shown.actorAtSlot };
  // Where each replaced chunk starts in the joined arrays: the lengths of the chunks before it.
  let entity = 0;
  let quote = 0;
  let sentence = 0;
  let next = 0;
  for (const { index, old } of replaced) {
    for (; next < index; next++) {
      entity += chunks[next].entities.length;
      quote += chunks[next].quotes.length;
      sentence += chunks[next].sentences.length;
    }
    const chunk = chunks[index];
    replaceRange(result.entities, entity, old.entities.length, chunk.entities);
    replaceRange(result.quotes, quote, old.quotes.length, chunk.quotes);
    replaceRange(result.sentences, sentence, old.sentences.length, chunk.sentences);
    if (claimsMoved) replaceRange(result.claims, decisions.claimBase[index], old.claims.length, chunk.claims);
    else replaceClaims(chunk, old, decisions.claimBase[index], joined);
    replaceMentions(chunk, old, joined);
    entity += chunk.entities.length;
    quote += chunk.quotes.length;
    sentence += chunk.sentences.length;
    next = index + 1;
  }
  if (claimsMoved) listClaimIds(joined);
  return joined;
}

/** Few chunks replaced, none with too many items. */
function canRejoin(chunks: readonly Chunk[], replaced: readonly Replaced[]): boolean {
  if (replaced.length > MAX_REJOINED_CHUNKS) return false;
  for (const { index } of replaced) {
    const chunk = chunks[index];
    if (Math.max(chunk.entities.length, chunk.quotes.length, chunk.sentences.length) > MAX_SPLICED_ITEMS) return false;
  }
  return true;
}

/** Each shown actor's claims' ids, in reading order, from the joined claims. */
function listClaimIds(joined: Joined): void {
  const { result, actorIndex } = joined;
  const { actors, claims } = result;
  for (let at = 0; at < actors.length; at++) actors[at].claimIds.length = 0;
  for (let c = 0; c < claims.length; c++) {
    const speaker = claims[c].speakerId;
    const at = speaker === null ? undefined : actorIndex.get(speaker);
    if (at !== undefined) actors[at].claimIds.push(claims[c].id);
  }
}

/** As many claims as before, so the same ids in the same places; their speakers may have changed. */
function replaceClaims(chunk: Chunk, old: Chunk, claimsBefore: number, joined: Joined): void {
  const { result, actorAtSlot, actorIndex } = joined;
  const actors = result.actors;
  for (let k = 0; k < chunk.claims.length; k++) {
    result.claims[claimsBefore + k] = chunk.claims[k];
    const was = old.claims[k];
    const now = chunk.claims[k];
    if (was.speakerId === now.speakerId) continue;
    if (was.speakerId !== null) {
      const at = placeOf(was.speakerId, old.claimSlots[k], actors, actorAtSlot, actorIndex);
      if (at >= 0) removeItem(actors[at].claimIds, was.id);
    }
    if (now.speakerId !== null) {
      const at = placeOf(now.speakerId, chunk.claimSlots[k], actors, actorAtSlot, actorIndex);
      if (at >= 0) insertClaimId(actors[at].claimIds, now.id);
    }
  }
}

/** Takes the old chunk's mentions out of their actors' lists and puts the new chunk's in, in reading order. */
function replaceMentions(chunk: Chunk, old: Chunk, joined: Joined): void {
  const { result, actorAtSlot, actorIndex } = joined;
  const actors = result.actors;
  for (let i = 0; i < old.mentions.length; i++) {
    const at = placeOf(old.mentionActors[i], old.mentionSlots[i], actors, actorAtSlot, actorIndex);
    if (at >= 0) removeItem(actors[at].mentions, old.mentions[i]);
  }
  for (let i = 0; i < chunk.mentions.length; i++) {
    const at = placeOf(chunk.mentionActors[i], chunk.mentionSlots[i], actors, actorAtSlot, actorIndex);
    if (at >= 0) insertMention(actors[at].mentions, chunk.mentions[i]);
  }
}

function removeItem<T>(list: T[], item: T): void {
  const at = list.lastIndexOf(item);
  if (at >= 0) list.splice(at, 1);
}

/** Inserts a mention after those that start before or with it: the list stays in reading order. */
function insertMention(mentions: Mention[], mention: Mention): void {
  mentions.splice(partitionPoint(mentions.length, (i) => mentions[i].start <= mention.start), 0, mention);
}

/** Inserts a claim id in numeric order ("c9" before "c10"): claims are numbered in reading order. */
function insertClaimId(ids: string[], id: string): void {
  const number = Number(id.slice(1));
  let at = ids.length;
  while (at > 0 && Number(ids[at - 1].slice(1)) > number) at--;
  ids.splice(at, 0, id);
}
