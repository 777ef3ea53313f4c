import type { FilterCuts } from '../../sampling/filterCuts';

/** Whether an outcome can be drawn, and if not, what removed it. */
export type OutcomeStatus = 'kept' | 'mask' | 'top-k' | 'top-p' | 'min-p' | 'zero';

/**
 * The status of the outcome at `rank`: 'mask' for masked ids, the filter that cut it when it had
 * probability before the filters but none after, 'zero' when the temperature left it nothing.
 */
export function outcomeStatus(
  rank: number,
  id: number,
  probs: Float64Array,
  temperedProbs: Float64Array,
  maskedIds: readonly number[],
  cuts: FilterCuts,
): OutcomeStatus {
  if (maskedIds.includes(id)) return 'mask';
  if (probs[id] > 0) return 'kept';
  if (!(temperedProbs[id] > 0)) return 'zero';
  if (rank >= cuts.topK.rankEnd) return 'top-k';
  if (rank >= cuts.topP.rankEnd) return 'top-p';
  return 'min-p';
}

/** Whether a person may pick the outcome: anything not removed by the mask or a filter. */
export function isChoosable(status: OutcomeStatus): boolean {
  return status === 'kept' || status === 'zero';
}
