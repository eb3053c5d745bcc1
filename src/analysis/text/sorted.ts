// Searching ascending lists of numbers (mention offsets, paragraph indices).

/** The first index in the ascending `values[0, length)` whose value is not below `target`. */
export function lowerBound(values: ArrayLike<number>, length: number, target: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
