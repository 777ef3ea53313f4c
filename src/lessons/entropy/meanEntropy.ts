/** The mean of the entropies in bits, or 0 when there are none. */
export function meanEntropy(entropiesBits: ArrayLike<number>): number {
  if (entropiesBits.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < entropiesBits.length; i++) sum += entropiesBits[i];
  return sum / entropiesBits.length;
}
