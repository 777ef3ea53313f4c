import { distribution } from '../../model/distribution';
import { findContext } from '../../model/findContext';
import { backoffWeight, discountFor } from '../../model/orderWeights';
import { paddedContext } from '../../model/paddedContext';
import type { NgramModel } from '../../model/types';
import { unigramLevel } from '../../model/unigramLevel';

/**
 * A prediction stored sparsely: the outcomes some order above the unigram touched, with their
 * probabilities, and the back-off weights every other outcome's unigram probability was scaled by.
 */
export interface SparsePrediction {
  /** Touched ids, ascending (every id when the smoothing is not Kneser–Ney). */
  ids: Uint32Array;
  /** The probability of each touched id, equal to `distribution(...)[id]`. */
  probs: Float64Array;
  /** γ of each seen context above order 1, in order; an untouched id has P_1 · γ_2 · γ_3 … */
  gammas: number[];
}

const slots = new WeakMap<NgramModel, Int32Array>();

/** The model's prediction after a segment history, in O(touched outcomes × order), not O(V). */
export function sparsePrediction(model: NgramModel, history: ArrayLike<number>): SparsePrediction {
  const { smoothing, order } = model.settings;
  if (smoothing !== 'kn' && smoothing !== 'mkn') {
    const probs = distribution(model, history);
    return { ids: Uint32Array.from(probs.keys()), probs, gammas: [] };
  }
  const context = paddedContext(model, history);
  const rows: number[] = [];
  const touched: number[] = [];
  let slot = slots.get(model);
  if (!slot) {
    slot = new Int32Array(model.vocab.length).fill(-1);
    slots.set(model, slot);
  }
  for (let k = 2; k <= order; k++) {
    const table = model.tables[k - 1];
    const row = findContext(table, context);
    rows.push(row);
    if (row < 0) continue;
    for (let e = table.entryStart[row]; e < table.entryStart[row + 1]; e++) {
      const w = table.words[e];
      if (slot[w] < 0) {
        slot[w] = 0;
        touched.push(w);
      }
    }
  }
  const ids = Uint32Array.from(touched).sort();
  const p1 = unigramLevel(model).probs;
  const probs = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    slot[ids[i]] = i;
    probs[i] = p1[ids[i]];
  }
  const gammas: number[] = [];
  // The same float operations, in the same order, as `distribution`: the values match exactly.
  for (let k = 2; k <= order; k++) {
    const row = rows[k - 2];
    if (row < 0) continue;
    const table = model.tables[k - 1];
    const gamma = backoffWeight(table, row);
    gammas.push(gamma);
    const total = table.contextTotals[row];
    for (let i = 0; i < probs.length; i++) probs[i] *= gamma;
    for (let e = table.entryStart[row]; e < table.entryStart[row + 1]; e++) {
      const c = table.counts[e];
      probs[slot[table.words[e]]] += Math.max(c - discountFor(table, c), 0) / total;
    }
  }
  for (const w of ids) slot[w] = -1;
  return { ids, probs, gammas };
}

/** The probability of an outcome no order above the unigram touched: P_1 scaled by each γ in turn. */
export function untouchedProbability(prediction: SparsePrediction, unigramP: number): number {
  let p = unigramP;
  for (const gamma of prediction.gammas) p *= gamma;
  return p;
}
