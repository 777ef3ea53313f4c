import { filterDistribution } from './filterDistribution';
import { rankOrder } from './rankOrder';

/** A new distribution keeping ids with probability ≥ minP × the top probability; 0 = off. */
export function filterMinP(
  probs: Float64Array,
  minP: number,
  order: Uint32Array = rankOrder(probs),
): Float64Array {
  return filterDistribution(probs, { minP }, order);
}
