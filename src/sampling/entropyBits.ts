/** Shannon entropy −Σ p log2 p in bits, with 0 · log 0 = 0; never negative. */
export function entropyBits(probs: Float64Array): number {
  let entropy = 0;
  for (let id = 0; id < probs.length; id++) {
    const p = probs[id];
    if (p > 0) entropy -= p * Math.log2(p);
  }
  // A rounded one-hot such as [1 + 2^−52] would otherwise give a hair below zero.
  return Math.max(0, entropy);
}
