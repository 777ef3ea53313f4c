import { softmaxWithTemperature } from './softmaxWithTemperature';

/** softmax(logits / T) with the masked ids given logit −∞ first, so T = 0 never lands on one. */
export function temperedDistribution(
  logits: Float64Array,
  temperature: number,
  maskedIds: ArrayLike<number> = [],
): Float64Array {
  const masked = Float64Array.from(logits);
  for (const id of Array.from(maskedIds)) masked[id] = Number.NEGATIVE_INFINITY;
  return softmaxWithTemperature(masked, temperature, masked);
}
