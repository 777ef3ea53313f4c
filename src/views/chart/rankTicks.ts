import { ticks } from 'd3';

/** About `count` round 1-based ranks to label on an axis showing ranks [rankStart, rankEnd). */
export function rankTicks(rankStart: number, rankEnd: number, count: number): number[] {
  return ticks(rankStart + 1, rankEnd, count).filter(
    (rank) => Number.isInteger(rank) && rank > rankStart && rank <= rankEnd,
  );
}
