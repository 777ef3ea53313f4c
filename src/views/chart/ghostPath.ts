import { columnFirstRank } from './columnFirstRank';

/**
 * An SVG step path through the model's (T = 1) probability of each pixel column's first rank —
 * the column's tallest, since `order` ranks the model's probabilities — one run per bar, runs at
 * the same height (to 0.1 px) merged.
 */
export function ghostPath(
  modelProbs: Float64Array,
  order: Uint32Array,
  rankStart: number,
  rankEnd: number,
  columns: number,
  left: number,
  y: (p: number) => number,
): string {
  if (columns <= 0 || rankEnd <= rankStart) return '';
  const at = (rank: number) => Math.round(y(modelProbs[order[rank]]) * 10) / 10;
  let height = at(rankStart);
  const parts = [`M${left},${height}`];
  let previous = rankStart;
  for (let column = 1; column < columns; column++) {
    const rank = columnFirstRank(column, rankStart, rankEnd, columns);
    if (rank === previous) continue;
    previous = rank;
    const next = at(rank);
    if (next === height) continue;
    parts.push(`H${left + column}V${next}`);
    height = next;
  }
  parts.push(`H${left + columns}`);
  return parts.join('');
}
