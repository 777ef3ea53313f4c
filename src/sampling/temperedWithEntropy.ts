/**
 * softmax(logit / T) with the masked ids at 0, and its entropy in bits, in two passes over the
 * vocabulary: no max pass (the best unmasked id is the first unmasked one in `order`, the rank
 * order of the logits) and no logarithm per outcome, since with x = (logit − max) / T and
 * Z = Σ e^x, H = (ln Z − Σ e^x·x / Z) / ln 2. T = 0 is one-hot on that best id. At T = 1,
 * given `probs` with logits = ln probs, the weights are the probabilities themselves: no exp.
 * The result is written to `out` when given.
 */
export function temperedWithEntropy(
  logits: Float64Array,
  temperature: number,
  maskedIds: readonly number[],
  order: Uint32Array,
  probs?: Float64Array,
  out: Float64Array = new Float64Array(logits.length),
): { probs: Float64Array; entropyBits: number } {
  if (!Number.isFinite(temperature) || temperature < 0) {
    throw new RangeError(`temperature must be a finite number ≥ 0, got ${temperature}`);
  }
  const size = logits.length;
  out.fill(0);
  let best = -1;
  for (let rank = 0; rank < size && best < 0; rank++) {
    if (!maskedIds.includes(order[rank])) best = order[rank];
  }
  const maxLogit = best >= 0 ? logits[best] : Number.NEGATIVE_INFINITY;
  if (!Number.isFinite(maxLogit)) {
    throw new Error('nothing left to sample: every unmasked token has probability 0');
  }
  if (temperature === 0) {
    out[best] = 1;
    return { probs: out, entropyBits: 0 };
  }
  // With w = p = e^x · p_best, Z and Σ w·x both scale by p_best; ln Z shifts by ln p_best.
  const direct = temperature === 1 && probs !== undefined ? probs : null;
  const shift = direct ? maxLogit : 0;
  let total = 0;
  let weighted = 0;
  for (let id = 0; id < size; id++) {
    // Only a masked id can rank above the best unmasked one; it stays 0 (and cannot overflow).
    if (logits[id] > maxLogit) continue;
    const x = (logits[id] - maxLogit) / temperature;
    const w = direct ? direct[id] : Math.exp(x);
    out[id] = w;
    total += w;
    if (w > 0) weighted += w * x;
  }
  for (const id of maskedIds) {
    const w = out[id];
    if (w > 0) {
      total -= w;
      weighted -= w * ((logits[id] - maxLogit) / temperature);
      out[id] = 0;
    }
  }
  for (let id = 0; id < size; id++) out[id] /= total;
  const entropyBits = Math.max(0, (Math.log(total) - shift - weighted / total) / Math.LN2);
  return { probs: out, entropyBits };
}
