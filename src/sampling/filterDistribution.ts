import type { FilterSettings } from './FilterSettings';
import { type FilterStages, filterStages } from './filterStages';
import { rankOrder } from './rankOrder';
import { renormalizeInPlace } from './renormalizeInPlace';

/**
 * A new distribution after mask → top-k → top-p → min-p, renormalized to sum to 1.
 *
 * Each stage sees the survivors of the previous one renormalized (so top-p after top-k reaches
 * topP of what top-k kept). Pass `order` (a rank order of probs) to skip the O(V log V) sort.
 */
export function filterDistribution(
  probs: Float64Array,
  settings: FilterSettings,
  order: Uint32Array = rankOrder(probs),
): Float64Array {
  return keptDistribution(probs, filterStages(probs, order, settings));
}

/** The probabilities of the ids that survive every stage, renormalized; the rest are 0. */
export function keptDistribution(probs: Float64Array, stages: FilterStages): Float64Array {
  const { unmaskedIds, afterMinP } = stages;
  const out = new Float64Array(probs.length);
  for (let rank = 0; rank < afterMinP; rank++) {
    const id = unmaskedIds[rank];
    out[id] = probs[id];
  }
  return renormalizeInPlace(out);
}
