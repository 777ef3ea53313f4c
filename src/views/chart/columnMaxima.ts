import type { ColumnBars } from './ColumnBars';
import { columnFirstRank } from './columnFirstRank';

/**
 * Fills `out` with each pixel column's tallest kept and tallest masked outcome, for the ranks
 * [rankStart, rankEnd) of `order`, in one O(span + columns) pass; returns the tallest of all.
 *
 * `heights` are the bar heights (the tempered probabilities); `probs` (after filters) says which
 * outcomes are kept: an outcome with height > 0 but probability 0 was masked or filtered out.
 */
export function columnMaxima(
  heights: Float64Array,
  probs: Float64Array,
  order: Uint32Array,
  rankStart: number,
  rankEnd: number,
  columns: number,
  out: ColumnBars,
): number {
  let tallest = 0;
  let first = rankStart;
  for (let column = 0; column < columns; column++) {
    const next = columnFirstRank(column + 1, rankStart, rankEnd, columns);
    const end = Math.max(first + 1, next);
    let kept = 0;
    let masked = 0;
    for (let rank = first; rank < end; rank++) {
      const id = order[rank];
      const height = heights[id];
      if (probs[id] > 0) {
        if (height > kept) kept = height;
      } else if (height > masked) {
        masked = height;
      }
    }
    out.kept[column] = kept;
    out.masked[column] = masked;
    out.firstRank[column] = first;
    tallest = Math.max(tallest, kept, masked);
    first = next;
  }
  return tallest;
}
