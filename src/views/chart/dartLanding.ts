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
  let cumulative = 0;
  let last: DartLanding | null = null;
  for (let rank = 0; rank < order.length; rank++) {
    const id = order[rank];
    const p = probs[id];
    if (!(p > 0)) continue;
    last = { id, rank, before: cumulative, after: cumulative + p };
    cumulative += p;
    if (cumulative > u) return last;
  }
  return last;
}
