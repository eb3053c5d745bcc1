// Binary search, the one definition the engine and its clients use: over ascending lists of numbers (line starts,
// mention offsets, paragraph indices), or over any list split in two by a predicate.

/** The first index in the ascending `values[0, length)` whose value is not below `target` (`length` if none). */
export function lowerBound(values: ArrayLike<number>, length: number, target: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index in the ascending `values[0, length)` whose value is above `target` (`length` if none). */
export function upperBound(values: ArrayLike<number>, length: number, target: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] <= target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The first index in [0, length) for which `isBefore` is false, where `isBefore` is true for every index up to some
 * point and false after it (`length` if it is true everywhere). Reads `isBefore` at about log2(length) indices.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
