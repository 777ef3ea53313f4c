import { filterDistribution } from './filterDistribution';
import { rankOrder } from './rankOrder';

/** A new distribution keeping exactly the k most probable ids (lowest id first on ties); 0 = off. */
export function filterTopK(
  probs: Float64Array,
  topK: number,
  order: Uint32Array = rankOrder(probs),
): Float64Array {
  return filterDistribution(probs, { topK }, order);
}
