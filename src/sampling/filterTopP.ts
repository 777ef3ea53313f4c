import { filterDistribution } from './filterDistribution';
import { rankOrder } from './rankOrder';

/** A new distribution keeping the shortest most-probable prefix with mass ≥ topP (≥ 1 id); 1 = off. */
export function filterTopP(
  probs: Float64Array,
  topP: number,
  order: Uint32Array = rankOrder(probs),
): Float64Array {
  return filterDistribution(probs, { topP }, order);
}
