/**
 * Inverse-CDF draw: the first id in `order` whose cumulative probability exceeds u (0 ≤ u < 1).
 *
 * When rounding leaves u at or above the total, it returns the last id in `order` with p > 0;
 * an id with probability 0 is never returned.
 */
export function sampleFromDistribution(probs: Float64Array, order: Uint32Array, u: number): number {
  if (!(u >= 0 && u < 1)) {
    throw new RangeError(`u must be a uniform draw in [0, 1), got ${u}`);
  }
  if (order.length !== probs.length) {
    throw new RangeError(`order has ${order.length} ids but the distribution has ${probs.length}`);
  }
  let cumulative = 0;
  let lastPossible = -1;
  for (let rank = 0; rank < order.length; rank++) {
    const id = order[rank];
    const p = probs[id];
    if (p > 0) {
      cumulative += p;
      lastPossible = id;
      if (cumulative > u) return id;
    }
  }
  if (lastPossible === -1) {
    throw new Error('cannot sample: every token has probability 0');
  }
  return lastPossible;
}
