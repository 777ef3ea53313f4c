/**
 * What the temperature alone gives each masked id (0 in `temperedProbs`): softmax(logits / T)
 * over the whole vocabulary, in the order of `maskedIds`; empty when nothing is masked or T = 0.
 */
export function maskedShares(
  temperedProbs: Float64Array,
  logits: Float64Array,
  order: Uint32Array,
  maskedIds: readonly number[],
  temperature: number,
): number[] {
  if (maskedIds.length === 0 || temperature === 0) return [];
  const reference = order.find((id) => temperedProbs[id] > 0);
  if (reference === undefined) return [];
  // temperedProbs = w / Z' over the unmasked ids; each masked id's w / Z' is relative to the reference.
  const relative = maskedIds.map(
    (id) => temperedProbs[reference] * Math.exp((logits[id] - logits[reference]) / temperature),
  );
  const extra = relative.reduce((sum, r) => sum + r, 0);
  return relative.map((r) => r / (1 + extra));
}

/**
 * The bar heights: `temperedProbs`, except that masked ids (0 there) get the probability the
 * temperature alone would give them (maskedShares), so a masked outcome still shows how likely
 * it was. Written to `out` when given (a memcpy, no allocation).
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
  const shares = maskedShares(temperedProbs, logits, order, maskedIds, temperature);
  shares.forEach((share, i) => {
    out[maskedIds[i]] = share;
  });
  return out;
}
