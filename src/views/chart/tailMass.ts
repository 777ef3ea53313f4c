/**
 * The probability held by the outcomes ranked `fromRank` and beyond in `order`, for a
 * distribution (summing to 1): one minus the head, so it costs O(fromRank), not O(V).
 */
export function tailMass(probs: Float64Array, order: Uint32Array, fromRank: number): number {
  if (fromRank >= order.length) return 0;
  let head = 0;
  for (let rank = 0; rank < fromRank; rank++) head += probs[order[rank]];
  return Math.max(0, 1 - head);
}
