/**
 * The bar heights: `temperedProbs`, except that masked ids (0 there) get the probability the
 * temperature alone would give them, softmax(logits / T) over the whole vocabulary, so a masked
 * outcome still shows how likely it was. Written to `out` when given (a memcpy, no allocation).
 */
export function shownProbs(
  temperedProbs: Float64Array,
  logits: Float64Array,
  order: Uint32Array,
  maskedIds: readonly number[],
  temperature: number,
  out: Float64Array = new Float64Array(temperedProbs.length),
): Float64Array {
  out.set(temperedProbs);
  if (maskedIds.length === 0 || temperature === 0) return out;
  const reference = order.find((id) => temperedProbs[id] > 0);
  if (reference === undefined) return out;
  // temperedProbs = w / Z' over the unmasked ids; each masked id's w / Z' is relative to the reference.
  const relative = maskedIds.map(
    (id) => temperedProbs[reference] * Math.exp((logits[id] - logits[reference]) / temperature),
  );
  const extra = relative.reduce((sum, r) => sum + r, 0);
  maskedIds.forEach((id, i) => {
    out[id] = relative[i] / (1 + extra);
  });
  return out;
}
