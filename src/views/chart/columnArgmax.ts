import { columnFirstRank } from './columnFirstRank';

/**
 * Hit-testing by index arithmetic: the rank of the tallest outcome in pixel column `column`
 * (the lowest rank on ties), scanning only that column's ranks; -1 outside the chart.
 */
export function columnArgmax(
  heights: Float64Array,
  order: Uint32Array,
  rankStart: number,
  rankEnd: number,
  columns: number,
  column: number,
): number {
  if (!(column >= 0 && column < columns)) return -1;
  const c = Math.floor(column);
  const first = columnFirstRank(c, rankStart, rankEnd, columns);
  const end = Math.max(first + 1, columnFirstRank(c + 1, rankStart, rankEnd, columns));
  let best = first;
  for (let rank = first + 1; rank < end; rank++) {
    if (heights[order[rank]] > heights[order[best]]) best = rank;
  }
  return best;
}
