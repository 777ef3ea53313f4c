/** Entropy in bits of a distribution whose natural-log probabilities are known: −Σ p·ln p / ln 2. */
export function entropyFromLogits(probs: Float64Array, logits: Float64Array): number {
  let sum = 0;
  for (let id = 0; id < probs.length; id++) {
    const p = probs[id];
    if (p > 0) sum -= p * logits[id];
  }
  return Math.max(0, sum / Math.LN2);
}
