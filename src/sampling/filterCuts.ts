import type { FilterSettings } from './FilterSettings';
import { type FilterStages, filterStages } from './filterStages';

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
  return cutsOf(filterStages(probs, order, settings));
}

/** Where each stage of an already-run filter cuts the full rank order. */
export function cutsOf(stages: FilterStages): FilterCuts {
  const { maskedRanks } = stages;
  // The first `kept` unmasked ids end just past `kept` plus the masked ids ranked among them.
  const cutAt = (kept: number): FilterCut => {
    if (kept === 0) return { kept, rankEnd: 0 };
    let rankEnd = kept;
    for (const rank of maskedRanks) {
      if (rank >= rankEnd) break;
      rankEnd++;
    }
    return { kept, rankEnd };
  };
  return {
    mask: cutAt(stages.afterMask),
    topK: cutAt(stages.afterTopK),
    topP: cutAt(stages.afterTopP),
    minP: cutAt(stages.afterMinP),
  };
}
