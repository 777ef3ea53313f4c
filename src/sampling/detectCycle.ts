/** A repeating tail: the sequence is periodic with `period` from index `start` to its end. */
export interface Cycle {
  readonly period: number;
  readonly start: number;
}

/**
 * The smallest period p ≥ 1 whose last 2p items are two copies of the same p items, and the
 * first index from which the sequence repeats with that period; null when no tail repeats.
 * O(n²) in the worst case, O(n) when the tail repeats with a short period.
 */
export function detectCycle(sequence: ArrayLike<number>): Cycle | null {
  const length = sequence.length;
  for (let period = 1; 2 * period <= length; period++) {
    if (!tailRepeats(sequence, period)) continue;
    let start = length - 2 * period;
    while (start > 0 && sequence[start - 1] === sequence[start - 1 + period]) start--;
    return { period, start };
  }
  return null;
}

function tailRepeats(sequence: ArrayLike<number>, period: number): boolean {
  const end = sequence.length;
  for (let i = end - period; i < end; i++) {
    if (sequence[i] !== sequence[i - period]) return false;
  }
  return true;
}
