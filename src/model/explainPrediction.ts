import { findContext } from './findContext';
import { backoffWeight, discountFor } from './orderWeights';
import { paddedContext } from './paddedContext';
import { countOf } from './probabilityOf';
import type { NgramModel } from './types';

/** What one order contributed to a prediction. */
export interface OrderExplanation {
  /** k: the order, using the last k − 1 tokens as context. */
  order: number;
  /** The context ids this order looked up (`<bos>` padding is id vocab.length). */
  context: number[];
  /** Whether the model has counts for that context. */
  seen: boolean;
  /** T_k(h), the context's total count (0 when unseen). */
  total: number;
  /** γ_k(h), the weight passed down to lower orders (1 when unseen: all of it). */
  gamma: number;
  /** Share of the whole distribution's mass that came from this order's counts. */
  share: number;
  /** Share of the explained word's probability that came from this order (if a word is given). */
  wordShare: number;
}

/** How a prediction was put together, from the highest order down to the uniform floor. */
export interface Explanation {
  /** Orders n..1, highest first. */
  orders: OrderExplanation[];
  /** Share of the mass that came from the uniform floor P_0 = 1 / (N + 2). */
  uniformShare: number;
  /** Share of the explained word's probability that came from the uniform floor. */
  wordUniformShare: number;
}

/** Explains the prediction after `history`: per order, the context used and its share. */
export function explainPrediction(
  model: NgramModel,
  history: ArrayLike<number>,
  word = -1,
): Explanation {
  const context = paddedContext(model, history);
  const { order, smoothing, k: addK } = model.settings;
  const size = model.vocab.length;
  const orders: OrderExplanation[] = [];
  let passedDown = 1; // product of γ of the orders above
  let wordMass = 0;
  let mleDone = false;
  for (let k = order; k >= 1; k--) {
    const table = model.tables[k - 1];
    const row = findContext(table, context);
    const entry: OrderExplanation = {
      order: k,
      context: Array.from(context.subarray(context.length - (k - 1))),
      seen: row >= 0,
      total: row >= 0 ? table.contextTotals[row] : 0,
      gamma: 1,
      share: 0,
      wordShare: 0,
    };
    orders.push(entry);
    if (row < 0 || (smoothing === 'addk' && k < order) || mleDone) continue;
    const c = word >= 0 ? countOf(table, row, word) : 0;
    if (smoothing === 'mle') {
      mleDone = true;
      entry.gamma = 0;
      entry.share = passedDown;
      entry.wordShare = c / entry.total;
    } else if (smoothing === 'addk') {
      const denominator = entry.total + addK * size;
      entry.gamma = (addK * size) / denominator;
      entry.share = entry.total / denominator;
      entry.wordShare = c / denominator;
    } else {
      entry.gamma = backoffWeight(table, row);
      entry.share = passedDown * (1 - entry.gamma);
      entry.wordShare = c > 0 ? (passedDown * (c - discountFor(table, c))) / entry.total : 0;
    }
    passedDown *= entry.gamma;
    wordMass += entry.wordShare;
  }
  const uniformShare = passedDown;
  const wordUniform = word >= 0 ? passedDown / size : 0;
  const probability = wordMass + wordUniform;
  if (probability > 0) for (const entry of orders) entry.wordShare /= probability;
  return {
    orders,
    uniformShare,
    wordUniformShare: probability > 0 ? wordUniform / probability : 0,
  };
}
