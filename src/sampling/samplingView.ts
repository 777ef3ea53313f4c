import { entropyBits } from './entropyBits';
import type { FilterCuts } from './filterCuts';
import { filterCuts } from './filterCuts';
import { filterWithCuts } from './filterWithCuts';
import type { SamplerSettings } from './SamplerSettings';
import { temperedWithEntropy } from './temperedWithEntropy';

/** The distribution a token is drawn from and what a chart shows of how it was made. */
export interface SamplingView {
  /** softmax(logit / T) with masked ids at 0, before the filters. */
  temperedProbs: Float64Array;
  /** The distribution drawn from: tempered, masked and filtered. */
  probs: Float64Array;
  /** Entropy in bits of `probs`. */
  entropyBits: number;
  /** Where each filter cuts the rank order. */
  cuts: FilterCuts;
}

/**
 * Temperature, mask and filters over the model's distribution (`logits` = ln `modelProbs`,
 * `order` its rank order), in the plain order and in O(V) with no sort; the page and the command
 * line both draw from this, so a seed gives the same text in both. `out`, if given, receives the
 * tempered distribution; `runEnds` (`logitRuns(logits, order)`), if given, saves finding the runs.
 */
export function samplingView(
  modelProbs: Float64Array,
  logits: Float64Array,
  order: Uint32Array,
  settings: SamplerSettings & { maskedIds: readonly number[] },
  out?: Float64Array,
  runEnds?: Uint32Array,
): SamplingView {
  const { temperature, topK = 0, topP = 1, minP = 0, maskedIds } = settings;
  const tempered = temperedWithEntropy(
    logits,
    temperature,
    maskedIds,
    order,
    modelProbs,
    out,
    runEnds,
  );
  const temperedProbs = tempered.probs;
  const filters = { topK, topP, minP, maskedIds };
  if (topK === 0 && topP === 1 && minP === 0) {
    // Only the mask applies, and the tempered distribution already has it: nothing to copy.
    const cuts = filterCuts(temperedProbs, order, filters);
    return { temperedProbs, probs: temperedProbs, entropyBits: tempered.entropyBits, cuts };
  }
  const { probs, cuts } = filterWithCuts(temperedProbs, order, filters);
  return { temperedProbs, probs, entropyBits: entropyBits(probs), cuts };
}
