// Moves a kept chunk in place after an edit before it: offsets, lines, claim numbers and borrowed paragraphs.
import { claimId, type Chunk } from './emitChunk';

function moveSpan(span: { start: number; end: number; line: number }, delta: number, lineDelta: number): void {
  span.start += delta;
  span.end += delta;
  span.line += lineDelta;
}

function renumbered(id: string, claimShift: number): string {
  return claimId(Number(id.slice(1)) - 1 + claimShift);
}

/**
 * Moves a chunk by `delta` characters and `lineDelta` lines (an edit earlier in the document), and its
 * claims by `claimShift` places (claims added or removed before it), in place: copying every result
 * after an edit would make a keystroke cost as much as the document.
 */
export function moveChunk(chunk: Chunk, delta: number, lineDelta: number, paragraphShift: number, claimShift: number): Chunk {
  chunk.base += delta;
  chunk.line += lineDelta;
  // Indexed loops: every edit moves half a document's chunks, and for-of in code not yet optimized
  // makes an iterator result per element.
  if (delta !== 0 || lineDelta !== 0) {
    for (let i = 0; i < chunk.entities.length; i++) moveSpan(chunk.entities[i], delta, lineDelta);
    for (let i = 0; i < chunk.mentions.length; i++) moveSpan(chunk.mentions[i], delta, lineDelta);
    for (let i = 0; i < chunk.sentences.length; i++) moveSpan(chunk.sentences[i], delta, lineDelta);
    for (let i = 0; i < chunk.quotes.length; i++) moveSpan(chunk.quotes[i], delta, lineDelta);
    for (let i = 0; i < chunk.claims.length; i++) {
      const c = chunk.claims[i];
      moveSpan(c, delta, lineDelta);
      moveSpan(c.cueSpan, delta, lineDelta);
      if (c.speakerSpan) moveSpan(c.speakerSpan, delta, lineDelta);
      // The evidence's `via` is settled anew after every join (evidence.ts); only the mention at the cue moves here.
      moveSpan(c.evidence, delta, lineDelta);
    }
  }
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
