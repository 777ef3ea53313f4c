/**
 * The cumulative probability of the first k outcomes of `order`, for each 1-based k in `ranks`
 * (ascending), in one pass — the curve an inverse-CDF draw walks.
 */
export function cumulativeAt(
  probs: Float64Array,
  order: Uint32Array,
  ranks: readonly number[],
): Float64Array {
  const out = new Float64Array(ranks.length);
  let sum = 0;
  let done = 0;
  for (let i = 0; i < ranks.length; i++) {
    for (; done < ranks[i]; done++) sum += probs[order[done]];
    out[i] = sum;
  }
  return out;
}
