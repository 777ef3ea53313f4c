import type { NgramModel } from '../../model/types';
import { unigramLevel } from '../../model/unigramLevel';
import type { SparsePrediction } from './sparsePrediction';

/**
 * Entropy in bits of a sparse prediction: the touched outcomes one by one, the untouched ones
 * in closed form from the unigram level's sums (Σ over them of g·P_1 · ln(g·P_1), g = Π γ).
 */
export function predictionEntropy(model: NgramModel, prediction: SparsePrediction): number {
  const { ids, probs, gammas } = prediction;
  let sum = 0;
  for (const p of probs) if (p > 0) sum += p * Math.log(p);
  if (ids.length < model.vocab.length) {
    const level = unigramLevel(model);
    let rest = level.total;
    let restPlnP = level.totalPlnP;
    for (const id of ids) {
      const p1 = level.probs[id];
      rest -= p1;
      if (p1 > 0) restPlnP -= p1 * Math.log(p1);
    }
    const scale = gammas.reduce((g, gamma) => g * gamma, 1);
    if (scale > 0) sum += scale * (restPlnP + Math.log(scale) * rest);
  }
  return Math.max(0, -sum / Math.LN2);
}
