import { distribution } from './distribution';
import { sortByProbability } from './sortByProbability';
import type { NgramModel } from './types';

/** The model's order-1 level, which every Kneser–Ney prediction scales for untouched outcomes. */
export interface UnigramLevel {
  /** P_1(w) for every outcome, computed exactly as `distribution` computes it at order 1. */
  probs: Float64Array;
  /** Ids by P_1, highest first, ties by ascending id. */
  order: Uint32Array;
  /** rankOf[id]: the id's index in `order`. */
  rankOf: Uint32Array;
  /** Σ P_1(w) over all outcomes. */
  total: number;
  /** Σ P_1(w) ln P_1(w) over all outcomes (0 · ln 0 = 0). */
  totalPlnP: number;
}

const levels = new WeakMap<NgramModel, UnigramLevel>();

/**
 * Gives a model the unigram level computed for it elsewhere (a worker's copy of the same model),
 * so it is not computed again here. A level of the wrong size is ignored.
 */
export function primeUnigramLevel(model: NgramModel, level: UnigramLevel): void {
  const size = model.vocab.length;
  const { probs, order, rankOf } = level;
  if (probs.length === size && order.length === size && rankOf.length === size) {
    levels.set(model, level);
  }
}

/** Whether the model's predictions use its unigram level (Kneser–Ney smoothing). */
export function usesUnigramLevel(model: NgramModel): boolean {
  return model.settings.smoothing === 'kn' || model.settings.smoothing === 'mkn';
}

/** The unigram level of a model, computed once per model. */
export function unigramLevel(model: NgramModel): UnigramLevel {
  const cached = levels.get(model);
  if (cached) return cached;
  const unigram = { ...model, settings: { ...model.settings, order: 1 } };
  const probs = distribution(unigram, []);
  const order = sortByProbability(Uint32Array.from(probs.keys()), probs);
  const rankOf = new Uint32Array(order.length);
  for (let r = 0; r < order.length; r++) rankOf[order[r]] = r;
  let total = 0;
  let totalPlnP = 0;
  for (const p of probs) {
    total += p;
    if (p > 0) totalPlnP += p * Math.log(p);
  }
  const level = { probs, order, rankOf, total, totalPlnP };
  levels.set(model, level);
  return level;
}
