/**
 * Where the logits change along a rank order: the exclusive end rank of each run of equal
 * logits, ascending, the last one `order.length`. An n-gram model gives most of its vocabulary
 * one of a few hundred values (every outcome a context has not seen gets the lower order's
 * probability times one weight), so there are few runs: a temperature change needs one exp per
 * run, not one per outcome. Computed once per context.
 */
export function logitRuns(logits: Float64Array, order: Uint32Array): Uint32Array {
  const ends: number[] = [];
  for (let rank = 1; rank < order.length; rank++) {
    // Not !==: every NaN would start a run of its own (there are none; -Infinity equals itself).
    if (!(logits[order[rank]] === logits[order[rank - 1]])) ends.push(rank);
  }
  if (order.length > 0) ends.push(order.length);
  return Uint32Array.from(ends);
}
