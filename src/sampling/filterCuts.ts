import type { FilterSettings } from './FilterSettings';
import { filterStages } from './filterStages';

/** Where one filter stage cuts the rank order. */
export interface FilterCut {
  /** Tokens still kept after this stage. */
  readonly kept: number;
  /** Rank position just past the last kept token (0 when none): a chart draws the cut here. */
  readonly rankEnd: number;
}

/** The cut of each stage, in the order the stages run. */
export interface FilterCuts {
  readonly mask: FilterCut;
  readonly topK: FilterCut;
  readonly topP: FilterCut;
  readonly minP: FilterCut;
}

/** How many tokens each filter keeps and where in `order` (a rank order of probs) it cuts. */
export function filterCuts(
  probs: Float64Array,
  order: Uint32Array,
  settings: FilterSettings,
): FilterCuts {
  const stages = filterStages(probs, order, settings);
  const { unmaskedIds } = stages;
  const noneMasked = unmaskedIds === order;
  // Maps "the first n unmasked ids" to a position in the full rank order.
  const cutAt = (kept: number): FilterCut => {
    if (noneMasked || kept === 0) return { kept, rankEnd: kept };
    return { kept, rankEnd: order.indexOf(unmaskedIds[kept - 1]) + 1 };
  };
  return {
    mask: cutAt(stages.afterMask),
    topK: cutAt(stages.afterTopK),
    topP: cutAt(stages.afterTopP),
    minP: cutAt(stages.afterMinP),
  };
}
