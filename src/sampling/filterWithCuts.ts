import type { FilterSettings } from './FilterSettings';
import { cutsOf, type FilterCuts } from './filterCuts';
import { keptDistribution } from './filterDistribution';
import { filterStages } from './filterStages';

/** filterDistribution and filterCuts from one pass over the rank order (for a chart per frame). */
export function filterWithCuts(
  probs: Float64Array,
  order: Uint32Array,
  settings: FilterSettings,
): { probs: Float64Array; cuts: FilterCuts } {
  const stages = filterStages(probs, order, settings);
  return { probs: keptDistribution(probs, stages), cuts: cutsOf(stages) };
}
