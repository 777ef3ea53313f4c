import { distribution } from '../model/distribution';
import { explainPrediction } from '../model/explainPrediction';
import { rankByProbability } from '../model/rankByProbability';
import type { NgramModel } from '../model/types';
import { entropyFromLogits } from '../sampling/entropyFromLogits';
import { samplingView } from '../sampling/samplingView';
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

/** Everything that depends on the context: one distribution and one ranking per context. */
export function deriveContext(model: NgramModel, contextIds: Uint32Array): ContextDerived {
  const modelProbs = distribution(model, contextIds);
  const logits = new Float64Array(modelProbs.length);
  for (let id = 0; id < logits.length; id++) logits[id] = Math.log(modelProbs[id]);
  return {
    contextIds,
    modelProbs,
    logits,
    order: rankByProbability(model, contextIds, modelProbs),
    modelEntropyBits: entropyFromLogits(modelProbs, logits),
    explanation: explainPrediction(model, contextIds),
  };
}

/** Everything that depends on temperature and filters: O(V) given the context's rank order. */
export function deriveSampling(
  model: NgramModel,
  context: ContextDerived,
  inputs: SamplerInputs,
): Derived {
  const view = samplingView(context.modelProbs, context.logits, context.order, {
    ...inputs,
    maskedIds: maskedIds(model, inputs),
  });
  return { ...context, ...view };
}
