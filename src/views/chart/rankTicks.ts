import { ticks } from 'd3';

/** About `count` round 1-based ranks to label on an axis showing ranks [rankStart, rankEnd). */
export function rankTicks(rankStart: number, rankEnd: number, count: number): number[] {
  return ticks(rankStart + 1, rankEnd, count).filter(
    (rank) => Number.isInteger(rank) && rank > rankStart && rank <= rankEnd,
  );
}

/**
 * Round ranks for an axis `columns` pixels wide: as many as six, but no two closer than
 * `minGapPx` (d3's count is only a hint, so fewer are asked for until the spacing holds).
 */
export function spacedRankTicks(
  rankStart: number,
  rankEnd: number,
  columns: number,
  minGapPx: number,
): number[] {
  const span = rankEnd - rankStart;
  let ranks: number[] = [];
  for (let count = Math.max(2, Math.min(6, Math.floor(columns / minGapPx))); count >= 1; count--) {
    ranks = rankTicks(rankStart, rankEnd, count);
    if (ranks.length < 2 || ((ranks[1] - ranks[0]) * columns) / span >= minGapPx) return ranks;
  }
  return ranks;
}
