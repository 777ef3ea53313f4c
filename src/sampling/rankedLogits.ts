/** A distribution's logits with what the rank order tells about them. */
export interface RankedLogits {
  /** ln p for every id (−Infinity where p = 0). */
  logits: Float64Array;
  /** Exclusive end ranks of the runs of equal logits along the order (as `logitRuns` gives). */
  runEnds: Uint32Array;
  /** −Σ p·ln p in bits. */
  entropyBits: number;
}

/**
 * ln p of every outcome, the runs of equal logits along `order` (the rank order of `probs`) and
 * the entropy, in one pass over the ranks. Equal probabilities sit together in rank order and an
 * n-gram model has only a few hundred distinct ones, so a logarithm is taken once per run, not
 * once per outcome. Written to `out` when given.
 */
export function rankedLogits(
  probs: Float64Array,
  order: Uint32Array,
  out: Float64Array = new Float64Array(probs.length),
): RankedLogits {
  const ends: number[] = [];
  let previousP = Number.NaN;
  let logit = Number.NaN;
  let sum = 0;
  for (let rank = 0; rank < order.length; rank++) {
    const id = order[rank];
    const p = probs[id];
    if (p !== previousP) {
      const next = Math.log(p);
      // Two probabilities a rounding apart can share a logarithm: still one run.
      if (rank > 0 && next !== logit) ends.push(rank);
      previousP = p;
      logit = next;
    }
    out[id] = logit;
    if (p > 0) sum -= p * logit;
  }
  if (order.length > 0) ends.push(order.length);
  return {
    logits: out,
    runEnds: Uint32Array.from(ends),
    entropyBits: Math.max(0, sum / Math.LN2),
  };
}
