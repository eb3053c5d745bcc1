// Bulk edits of arrays whose length the input decides, done without passing their items as call arguments.
//
// `target.push(...items)` and `target.splice(at, n, ...items)` put every item on the call stack: past about a
// hundred thousand items (one sentence of a long enough document) they throw "Maximum call stack size exceeded".

/** Appends every item of `items` to `target`, in order. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

/** Replaces `deleteCount` items of `target` from `start` by `items`, in place: `target.splice(start, deleteCount, ...items)`. */
export function replaceRange<T>(target: T[], start: number, deleteCount: number, items: readonly T[]): void {
  const oldLength = target.length;
  const from = Math.min(Math.max(start, 0), oldLength);
  const removed = Math.min(Math.max(deleteCount, 0), oldLength - from);
  const delta = items.length - removed;
  if (delta > 0) {
    // Grow first, then move the tail from its end backwards so that nothing is overwritten before it is moved.
    for (let i = 0; i < delta; i++) target.push(items[0]);
    for (let i = oldLength - 1; i >= from + removed; i--) target[i + delta] = target[i];
  } else if (delta < 0) {
    for (let i = from + removed; i < oldLength; i++) target[i + delta] = target[i];
    target.length = oldLength + delta;
  }
  for (let i = 0; i < items.length; i++) target[from + i] = items[i];
}

/**
 * `items.sort(compare)`, skipping the sort when the items are in order already (most lists a paragraph builds are):
 * the built-in sort copies the array to sort it, an allocation per call. The sort is stable, so an ordered list is
 * left as it is either way.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return items.sort(compare);
  return items;
}
