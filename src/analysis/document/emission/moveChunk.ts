// Moves a kept chunk in place after an edit before it: offsets, lines, claim numbers and borrowed paragraphs.
import type { Claim } from '../../types';
import { claimId, type Chunk } from './emitChunk';

/**
 * Where the moved text starts, and the moved claims whose evidence's `via` did not move with them. `via` copies
 * an earlier mention of the speaker: when that mention lies in the moved text too, the copy moves with the claim;
 * otherwise the edit came between the two and the claim's evidence is settled again (evidence.ts).
 */
export interface MovedVias {
  /** Offset in the previous text from which every span moved by the same characters and lines. */
  from: number;
  unsettled: Claim[];
}

function renumbered(id: string, claimShift: number): string {
  return claimId(Number(id.slice(1)) - 1 + claimShift);
}

/**
 * Moves a chunk by `delta` characters and `lineDelta` lines (an edit earlier in the document), and its
 * claims by `claimShift` places (claims added or removed before it), in place: copying every result
 * after an edit would make a keystroke cost as much as the document.
 */
export function moveChunk(
  chunk: Chunk,
  delta: number,
  lineDelta: number,
  paragraphShift: number,
  claimShift: number,
  vias: MovedVias,
): Chunk {
  chunk.base += delta;
  chunk.line += lineDelta;
  if (delta !== 0 || lineDelta !== 0) moveSpans(chunk, delta, lineDelta, vias);
  if (claimShift !== 0) {
    for (let i = 0; i < chunk.claims.length; i++) chunk.claims[i].id = renumbered(chunk.claims[i].id, claimShift);
    for (let i = 0; i < chunk.quotes.length; i++) {
      const q = chunk.quotes[i];
      if (q.claimId !== undefined) q.claimId = renumbered(q.claimId, claimShift);
    }
  }
  // In place: a mapped copy would be an array of another kind, and every later reader of the chunks
  // would fall back from optimized code on meeting it.
  if (paragraphShift !== 0) for (let i = 0; i < chunk.borrows.length; i++) chunk.borrows[i] += paragraphShift;
  return chunk;
}

/**
 * Every edit moves half a document's chunks. Each kind of span is moved by a statement of its own rather than
 * through one shared helper: a helper's property accesses would see every kind of object and turn megamorphic.
 * Indexed loops, as for-of in code not yet optimized makes an iterator result per element.
 */
function moveSpans(chunk: Chunk, delta: number, lineDelta: number, vias: MovedVias): void {
  const { entities, mentions, sentences, quotes, claims } = chunk;
  for (let i = 0; i < entities.length; i++) {
    const span = entities[i];
    span.start += delta;
    span.end += delta;
    span.line += lineDelta;
  }
  for (let i = 0; i < mentions.length; i++) {
    const span = mentions[i];
    span.start += delta;
    span.end += delta;
    span.line += lineDelta;
  }
  for (let i = 0; i < sentences.length; i++) {
    const span = sentences[i];
    span.start += delta;
    span.end += delta;
    span.line += lineDelta;
  }
  for (let i = 0; i < quotes.length; i++) {
    const span = quotes[i];
    span.start += delta;
    span.end += delta;
    span.line += lineDelta;
  }
  for (let i = 0; i < claims.length; i++) moveClaim(claims[i], delta, lineDelta, vias);
}

function moveClaim(claim: Claim, delta: number, lineDelta: number, vias: MovedVias): void {
  claim.start += delta;
  claim.end += delta;
  claim.line += lineDelta;
  const cue = claim.cueSpan;
  cue.start += delta;
  cue.end += delta;
  cue.line += lineDelta;
  const speaker = claim.speakerSpan;
  if (speaker) {
    speaker.start += delta;
    speaker.end += delta;
    speaker.line += lineDelta;
  }
  const evidence = claim.evidence;
  evidence.start += delta;
  evidence.end += delta;
  evidence.line += lineDelta;
  const via = evidence.via;
  if (!via) return;
  if (via.start >= vias.from) {
    via.start += delta;
    via.end += delta;
    via.line += lineDelta;
  } else {
    vias.unsettled.push(claim);
  }
}
