import { distribution } from '../model/distribution';
import { encodeText } from '../model/encodeText';
import { lastSegment } from '../model/lastSegment';
import { rankByProbability } from '../model/rankByProbability';
import type { NgramModel } from '../model/types';
import { createRng } from '../sampling/createRng';
import type { SamplerSettings } from '../sampling/SamplerSettings';
import { sampleFromDistribution } from '../sampling/sampleFromDistribution';
import { samplingView } from '../sampling/samplingView';

/** One generated token with the probability and entropy of the distribution it was drawn from. */
export interface GeneratedStep {
  token: string;
  id: number;
  p: number;
  entropyBits: number;
}

/**
 * Generates `steps` tokens after the prompt: crop the context, temper, filter, draw. After an
 * `<eos>` the next token starts a new segment, as in training. `<unk>` is never drawn.
 */
export function generateTokens(
  model: NgramModel,
  prompt: string,
  steps: number,
  sampler: Omit<SamplerSettings, 'maskedIds'>,
  seed: number,
): GeneratedStep[] {
  const rng = createRng(seed);
  const unkId = model.vocab.length - 2;
  const eosId = model.vocab.length - 1;
  const history = Array.from(encodeText(model, lastSegment(prompt)).ids);
  const result: GeneratedStep[] = [];
  for (let step = 0; step < steps; step++) {
    const modelProbs = distribution(model, history);
    const order = rankByProbability(model, history, modelProbs);
    const logits = modelProbs.map(Math.log);
    const view = samplingView(modelProbs, logits, order, { ...sampler, maskedIds: [unkId] });
    const id = sampleFromDistribution(view.probs, order, rng.nextFloat());
    result.push({ token: model.vocab[id], id, p: view.probs[id], entropyBits: view.entropyBits });
    if (id === eosId) history.length = 0;
    else history.push(id);
  }
  return result;
}
