/**
 * The 1-based ranks at which to sample a cumulative curve over `total` ranks: every rank up to
 * `dense`, then geometrically spaced (even steps on a log axis) to `total`, about `points` in
 * all, plus any `extra` ranks; ascending, without repeats.
 */
export function cdfSampleRanks(
  total: number,
  extra: readonly number[] = [],
  dense = 64,
  points = 320,
): number[] {
  const ranks = new Set<number>();
  const head = Math.min(total, dense);
  for (let rank = 1; rank <= head; rank++) ranks.add(rank);
  if (total > head) {
    const ratio = (total / head) ** (1 / Math.max(1, points - head));
    let rank = head;
    while (rank < total) {
      rank = Math.min(total, Math.max(rank + 1, Math.round(rank * ratio)));
      ranks.add(rank);
    }
  }
  for (const rank of extra) if (rank >= 1 && rank <= total) ranks.add(rank);
  return Array.from(ranks).sort((a, b) => a - b);
}
