import { findContext } from './findContext';
import { backoffWeight, discountFor } from './orderWeights';
import { paddedContext } from './paddedContext';
import type { NgramModel } from './types';

/**
 * The model's probability for every outcome (ids 0..N+1) after the given segment history.
 * Sums to 1; `<bos>` is not an outcome. Pass `out` to reuse an array.
 */
export function distribution(
  model: NgramModel,
  history: ArrayLike<number>,
  out: Float64Array = new Float64Array(model.vocab.length),
): Float64Array {
  const context = paddedContext(model, history);
  const { smoothing, order, k: addK } = model.settings;
  const size = model.vocab.length;
  out.fill(1 / size);
  if (smoothing === 'addk') return addKDistribution(model, context, addK, out);
  if (smoothing === 'mle') return mleDistribution(model, context, out);
  for (let k = 1; k <= order; k++) {
    const table = model.tables[k - 1];
    const row = findContext(table, context);
    if (row < 0) continue;
    const gamma = backoffWeight(table, row);
    const total = table.contextTotals[row];
    for (let w = 0; w < size; w++) out[w] *= gamma;
    for (let e = table.entryStart[row]; e < table.entryStart[row + 1]; e++) {
      const c = table.counts[e];
      out[table.words[e]] += Math.max(c - discountFor(table, c), 0) / total;
    }
  }
  return out;
}

function addKDistribution(model: NgramModel, context: Uint32Array, k: number, out: Float64Array) {
  const table = model.tables[model.settings.order - 1];
  const row = findContext(table, context);
  if (row < 0) return out;
  const denominator = table.contextTotals[row] + k * out.length;
  out.fill(k / denominator);
  for (let e = table.entryStart[row]; e < table.entryStart[row + 1]; e++) {
    out[table.words[e]] = (table.counts[e] + k) / denominator;
  }
  return out;
}

function mleDistribution(model: NgramModel, context: Uint32Array, out: Float64Array) {
  // MLE is undefined for an unseen context; we use the longest context that was seen.
  for (let k = model.settings.order; k >= 1; k--) {
    const table = model.tables[k - 1];
    const row = findContext(table, context);
    if (row < 0) continue;
    out.fill(0);
    const total = table.contextTotals[row];
    for (let e = table.entryStart[row]; e < table.entryStart[row + 1]; e++) {
      out[table.words[e]] = table.counts[e] / total;
    }
    return out;
  }
  return out;
}
