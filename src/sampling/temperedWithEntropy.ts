/**
 * softmax(logit / T) with the masked ids at 0, and its entropy in bits, in two passes over the
 * vocabulary: no max pass (the best unmasked id is the first unmasked one in `order`, the rank
 * order of the logits) and no logarithm per outcome, since with x = (logit − max) / T and
 * Z = Σ e^x, H = (ln Z − Σ e^x·x / Z) / ln 2. T = 0 is one-hot on that best id.
 */
export function temperedWithEntropy(
  logits: Float64Array,
  temperature: number,
  maskedIds: readonly number[],
  order: Uint32Array,
): { probs: Float64Array; entropyBits: number } {
  if (!Number.isFinite(temperature) || temperature < 0) {
    throw new RangeError(`temperature must be a finite number ≥ 0, got ${temperature}`);
  }
  const size = logits.length;
  const probs = new Float64Array(size);
  let best = -1;
  for (let rank = 0; rank < size && best < 0; rank++) {
    if (!maskedIds.includes(order[rank])) best = order[rank];
  }
  const maxLogit = best >= 0 ? logits[best] : Number.NEGATIVE_INFINITY;
  if (!Number.isFinite(maxLogit)) {
    throw new Error('nothing left to sample: every unmasked token has probability 0');
  }
  if (temperature === 0) {
    probs[best] = 1;
    return { probs, entropyBits: 0 };
  }
  let total = 0;
  let weighted = 0;
  for (let id = 0; id < size; id++) {
    // Only a masked id can rank above the best unmasked one; it stays 0 (and cannot overflow).
    if (logits[id] > maxLogit) continue;
    const x = (logits[id] - maxLogit) / temperature;
    const w = Math.exp(x);
    probs[id] = w;
    total += w;
    if (w > 0) weighted += w * x;
  }
  for (const id of maskedIds) {
    const w = probs[id];
    if (w > 0) {
      total -= w;
      weighted -= w * ((logits[id] - maxLogit) / temperature);
      probs[id] = 0;
    }
  }
  for (let id = 0; id < size; id++) probs[id] /= total;
  const entropyBits = Math.max(0, (Math.log(total) - weighted / total) / Math.LN2);
  return { probs, entropyBits };
}
