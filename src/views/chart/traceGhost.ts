import { columnFirstRank } from './columnFirstRank';

/** The path calls traceGhost makes (a canvas context, or a recorder in tests). */
export type GhostPath = Pick<CanvasPath, 'moveTo' | 'lineTo'>;

/**
 * Traces a step line through the model's (T = 1) probability of each pixel column's first rank —
 * the column's tallest, since `order` ranks the model's probabilities — one run per bar, runs at
 * the same height (to 0.1 px) merged. Returns how many line segments it traced.
 */
export function traceGhost(
  path: GhostPath,
  modelProbs: Float64Array,
  order: Uint32Array,
  rankStart: number,
  rankEnd: number,
  columns: number,
  left: number,
  y: (p: number) => number,
): number {
  if (columns <= 0 || rankEnd <= rankStart) return 0;
  const at = (rank: number) => Math.round(y(modelProbs[order[rank]]) * 10) / 10;
  let height = at(rankStart);
  path.moveTo(left, height);
  let segments = 0;
  let previous = rankStart;
  for (let column = 1; column < columns; column++) {
    const rank = columnFirstRank(column, rankStart, rankEnd, columns);
    if (rank === previous) continue;
    previous = rank;
    const next = at(rank);
    if (next === height) continue;
    path.lineTo(left + column, height);
    path.lineTo(left + column, next);
    segments += 2;
    height = next;
  }
  path.lineTo(left + columns, height);
  return segments + 1;
}
