/** Ids sorted by probability, highest first, ties by ascending id (the same order everywhere). */
export function rankOrder(probs: Float64Array): Uint32Array {
  const order = new Uint32Array(probs.length);
  for (let id = 0; id < order.length; id++) order[id] = id;
  return order.sort((a, b) => {
    const pa = probs[a];
    const pb = probs[b];
    if (pa > pb) return -1;
    if (pa < pb) return 1;
    return a - b;
  });
}
