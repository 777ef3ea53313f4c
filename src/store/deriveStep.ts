import { distribution } from '../model/distribution';
import { explainPrediction } from '../model/explainPrediction';
import { rankByProbability } from '../model/rankByProbability';
import type { NgramModel } from '../model/types';
import { rankedLogits } from '../sampling/rankedLogits';
import { samplingView } from '../sampling/samplingView';
import type { Derived, SamplerInputs } from './types';

/** The ids masked for sampling under these settings. */
export function maskedIds(model: NgramModel, inputs: SamplerInputs): number[] {
  return inputs.maskUnk ? [model.vocab.length - 2] : [];
}

/** The derived arrays that depend only on the context. */
export type ContextDerived = Pick<
  Derived,
  'contextIds' | 'modelProbs' | 'logits' | 'order' | 'runEnds' | 'modelEntropyBits' | 'explanation'
>;

/** Where derived arrays come from: fresh ones, or a store's rotating buffers. */
export type Allocate = (length: number) => Float64Array;

const fresh: Allocate = (length) => new Float64Array(length);

/** Everything that depends on the context: one distribution and one ranking per context. */
export function deriveContext(
  model: NgramModel,
  contextIds: Uint32Array,
  allocate: { probs: Allocate; logits: Allocate } = { probs: fresh, logits: fresh },
): ContextDerived {
  const size = model.vocab.length;
  const modelProbs = distribution(model, contextIds, allocate.probs(size));
  const order = rankByProbability(model, contextIds, modelProbs);
  const { logits, runEnds, entropyBits } = rankedLogits(modelProbs, order, allocate.logits(size));
  return {
    contextIds,
    modelProbs,
    logits,
    order,
    runEnds,
    modelEntropyBits: entropyBits,
    explanation: explainPrediction(model, contextIds),
  };
}

/** Everything that depends on temperature and filters: O(V) given the context's rank order. */
export function deriveSampling(
  model: NgramModel,
  context: ContextDerived,
  inputs: SamplerInputs,
  allocate: Allocate = fresh,
): Derived {
  const settings = { ...inputs, maskedIds: maskedIds(model, inputs) };
  const out = allocate(context.modelProbs.length);
  const view = samplingView(
    context.modelProbs,
    context.logits,
    context.order,
    settings,
    out,
    context.runEnds,
  );
  return { ...context, ...view };
}
