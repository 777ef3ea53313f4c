import type { ColumnBars } from './ColumnBars';
import { columnFirstRank } from './columnFirstRank';

/**
 * columnMaxima in O(columns + masked) for heights that never rise along `order` except at the
 * masked ranks (any temperature > 0): a column's tallest kept outcome is its first kept rank and
 * its tallest filtered one its first rank past `keptEnd`; the few masked ranks are checked apart.
 *
 * `keptEnd` is where the filters cut (ranks from it on are filtered out); `maskRanks` are the
 * ascending ranks of the masked ids. Fills `out` exactly as columnMaxima does.
 */
export function columnMaximaRanked(
  heights: Float64Array,
  order: Uint32Array,
  rankStart: number,
  rankEnd: number,
  columns: number,
  keptEnd: number,
  maskRanks: readonly number[],
  out: ColumnBars,
): number {
  let tallest = 0;
  let first = rankStart;
  let nextMask = 0;
  // The first rank at or after `rank` that is not masked.
  const unmaskedFrom = (rank: number) => {
    let r = rank;
    for (let i = nextMask; i < maskRanks.length && maskRanks[i] <= r; i++) {
      if (maskRanks[i] === r) r++;
    }
    return r;
  };
  for (let column = 0; column < columns; column++) {
    const next = columnFirstRank(column + 1, rankStart, rankEnd, columns);
    const end = Math.max(first + 1, next);
    while (nextMask < maskRanks.length && maskRanks[nextMask] < first) nextMask++;
    const keptRank = unmaskedFrom(first);
    const kept = keptRank < Math.min(end, keptEnd) ? heights[order[keptRank]] : 0;
    const cutRank = unmaskedFrom(Math.max(first, keptEnd));
    let masked = cutRank < end ? heights[order[cutRank]] : 0;
    for (let i = nextMask; i < maskRanks.length && maskRanks[i] < end; i++) {
      masked = Math.max(masked, heights[order[maskRanks[i]]]);
    }
    out.kept[column] = kept;
    out.masked[column] = masked;
    out.firstRank[column] = first;
    tallest = Math.max(tallest, kept, masked);
    first = next;
  }
  return tallest;
}
