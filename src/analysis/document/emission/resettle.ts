// Incremental settling of claims' evidence: only the claims an edit could have changed are settled again.
import type { Claim } from '../../types';
import type { Joined } from '../run';
import type { Chunk } from './emitChunk';
import { settleClaim } from './evidence';
import type { Replaced } from './placeChunks';

/**
 * Settles again, after the previous run's chunks were placed in its own array (`replaced` lists what changed), the
 * claims whose evidence may have changed: those of replaced chunks (new objects), those moved away from the mention
 * their evidence was resolved through (`unsettled`, see MovedVias), and every claim of an actor that gained or lost
 * a mention in a replaced chunk, as its look-back may now end elsewhere. Every other claim kept its words, speaker
 * and mentions before it, or moved with all of them: it is settled as before, which a fresh settling would give.
 */
export function resettleEvidence(
  joined: Joined,
  chunks: readonly Chunk[],
  replaced: readonly Replaced[],
  unsettled: readonly Claim[],
): void {
  const { result, actorIndex } = joined;
  const { claims, actors } = result;
  for (let i = 0; i < unsettled.length; i++) settleClaim(unsettled[i], actors, actorIndex);
  const touched = new Set<string>();
  for (let r = 0; r < replaced.length; r++) {
    const { index, old } = replaced[r];
    const chunk = chunks[index];
    for (let k = 0; k < chunk.claims.length; k++) settleClaim(chunk.claims[k], actors, actorIndex);
    for (let i = 0; i < old.mentionActors.length; i++) touched.add(old.mentionActors[i]);
    for (let i = 0; i < chunk.mentionActors.length; i++) touched.add(chunk.mentionActors[i]);
  }
  for (const id of touched) {
    const at = actorIndex.get(id);
    if (at === undefined) continue;
    // Claims are numbered by their place in the document's list ("c1" is the first).
    const ids = actors[at].claimIds;
    for (let k = 0; k < ids.length; k++) settleClaim(claims[Number(ids[k].slice(1)) - 1], actors, actorIndex);
  }
}
