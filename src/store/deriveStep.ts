import { distribution } from '../model/distribution';
import { explainPrediction } from '../model/explainPrediction';
import { rankByProbability } from '../model/rankByProbability';
import type { NgramModel } from '../model/types';
import { entropyBits } from '../sampling/entropyBits';
import { filterCuts } from '../sampling/filterCuts';
import { filterWithCuts } from '../sampling/filterWithCuts';
import { temperedWithEntropy } from '../sampling/temperedWithEntropy';
import type { Derived, SamplerInputs } from './types';

/** The ids masked for sampling under these settings. */
export function maskedIds(model: NgramModel, inputs: SamplerInputs): number[] {
  return inputs.maskUnk ? [model.vocab.length - 2] : [];
}

/** The derived arrays that depend only on the context. */
export type ContextDerived = Pick<
  Derived,
  'contextIds' | 'modelProbs' | 'logits' | 'order' | 'modelEntropyBits' | 'explanation'
>;

/** Everything that depends on the context: one distribution and one sort per context. */
export function deriveContext(model: NgramModel, contextIds: Uint32Array): ContextDerived {
  const modelProbs = distribution(model, contextIds);
  const logits = modelProbs.map(Math.log);
  return {
    contextIds,
    modelProbs,
    logits,
    order: rankByProbability(model, contextIds, modelProbs),
    modelEntropyBits: entropyBits(modelProbs),
    explanation: explainPrediction(model, contextIds),
  };
}

/** Everything that depends on temperature and filters: O(V) given the context's rank order. */
export function deriveSampling(
  model: NgramModel,
  context: ContextDerived,
  inputs: SamplerInputs,
): Derived {
  const masked = maskedIds(model, inputs);
  const tempered = temperedWithEntropy(context.logits, inputs.temperature, masked, context.order);
  const filters = { topK: inputs.topK, topP: inputs.topP, minP: inputs.minP, maskedIds: masked };
  const temperedProbs = tempered.probs;
  if (inputs.topK === 0 && inputs.topP === 1 && inputs.minP === 0) {
    // Only the mask applies, and the tempered distribution already has it: nothing to copy.
    const cuts = filterCuts(temperedProbs, context.order, filters);
    return {
      ...context,
      temperedProbs,
      probs: temperedProbs,
      entropyBits: tempered.entropyBits,
      cuts,
    };
  }
  const { probs, cuts } = filterWithCuts(temperedProbs, context.order, filters);
  return { ...context, temperedProbs, probs, entropyBits: entropyBits(probs), cuts };
}
