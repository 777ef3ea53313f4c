/** Where an inverse-CDF draw u lands: the outcome, its 0-based rank, and its step of the curve. */
export interface DartLanding {
  readonly id: number;
  readonly rank: number;
  /** Cumulative probability just before and just after this outcome. */
  readonly before: number;
  readonly after: number;
}

/**
 * The outcome the draw u selects, by the rule of sampleFromDistribution: the first outcome in
 * `order` whose cumulative probability exceeds u (the last possible one if rounding leaves u
 * above the total); null when every outcome has probability 0.
 */
export function dartLanding(
  probs: Float64Array,
  order: Uint32Array,
  u: number,
): DartLanding | null {
  // The candidate is kept in locals: one object per outcome walked was ~170 KB of garbage per
  // step at V = 50 257.
  let cumulative = 0;
  let lastRank = -1;
  let lastBefore = 0;
  for (let rank = 0; rank < order.length; rank++) {
    const p = probs[order[rank]];
    if (!(p > 0)) continue;
    lastRank = rank;
    lastBefore = cumulative;
    cumulative += p;
    if (cumulative > u) break;
  }
  if (lastRank < 0) return null;
  return { id: order[lastRank], rank: lastRank, before: lastBefore, after: cumulative };
}
