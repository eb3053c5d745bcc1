// Source Lens's long loops on the extension host (receiving a large analysis, sending a document's text to the worker,
// building an outline) share the host's turns: one loop per turn of the event loop, for a few milliseconds. Loops
// that each yielded on their own were resumed back to back in the same turn and held the host for the sum of their
// slices.

/** How long a loop may run in one turn before the host gets to its other work. */
export const SLICE_MS = 8;

/** Pacers waiting for a turn, first come first served, so that no loop starves another. */
const waiting: Array<{ pacer: Pacer; resume: () => void }> = [];
let owner: Pacer | undefined;
let sliceStartedAt = Number.NEGATIVE_INFINITY;
let turnScheduled = false;

/** One per loop: the loop awaits `pace()` before each piece of its work. */
export class Pacer {
  /**
   * Resolves at once while this loop's slice lasts; otherwise at a later turn of the event loop, after the loops
   * that were waiting before it. A loop's first slice starts at a turn of its own, never in the turn of another.
   */
  pace(): Promise<void> {
    if (owner === this && performance.now() - sliceStartedAt <= SLICE_MS) return Promise.resolve();
    return new Promise((resume) => {
      waiting.push({ pacer: this, resume });
      scheduleTurn();
    });
  }
}

function scheduleTurn(): void {
  if (turnScheduled) return;
  turnScheduled = true;
  setImmediate(grantTurn);
}

function grantTurn(): void {
  turnScheduled = false;
  const next = waiting.shift();
  if (!next) return;
  owner = next.pacer;
  sliceStartedAt = performance.now();
  // The loop resumes once this callback returns, and waits again when its slice is spent; the others wait a turn.
  next.resume();
  if (waiting.length > 0) scheduleTurn();
}
