// The heap before a timed run, for the engine and the peers alike.

/**
 * Collects all garbage before a timed run, so that no run pays for the one before it. A plain `gc()` is a forced,
 * memory-reducing collection that also throws away compiled code: after it, a couple of hundred of the engine's
 * functions were optimised again during the run it preceded (node --trace-opt), so every run started half cold,
 * unlike an editor's worker that has been reading documents, which the warm-up stands for. A full major
 * collection frees the same garbage and keeps the code.
 */
export function collectGarbage() {
  globalThis.gc?.({ type: 'major', execution: 'sync' });
}
