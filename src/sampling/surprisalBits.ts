/** Surprisal −log2 p in bits of an outcome with probability p (Infinity for p = 0). */
export function surprisalBits(p: number): number {
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`a probability must be between 0 and 1, got ${p}`);
  }
  // 0 − log2 p rather than −log2 p so that p = 1 gives 0, not −0.
  return 0 - Math.log2(p);
}
