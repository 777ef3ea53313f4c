import { findContext } from './findContext';
import { backoffWeight, discountFor } from './orderWeights';
import { paddedContext } from './paddedContext';
import type { NgramModel, OrderTable } from './types';

/** The probability of one outcome after the history; equals `distribution(...)[word]` exactly. */
export function probabilityOf(model: NgramModel, history: ArrayLike<number>, word: number): number {
  const context = paddedContext(model, history);
  const { smoothing, order, k: addK } = model.settings;
  const size = model.vocab.length;
  if (smoothing === 'addk') {
    const table = model.tables[order - 1];
    const row = findContext(table, context);
    if (row < 0) return 1 / size;
    return (countOf(table, row, word) + addK) / (table.contextTotals[row] + addK * size);
  }
  if (smoothing === 'mle') {
    for (let k = order; k >= 1; k--) {
      const table = model.tables[k - 1];
      const row = findContext(table, context);
      if (row >= 0) return countOf(table, row, word) / table.contextTotals[row];
    }
    return 1 / size;
  }
  let p = 1 / size;
  for (let k = 1; k <= order; k++) {
    const table = model.tables[k - 1];
    const row = findContext(table, context);
    if (row < 0) continue;
    const c = countOf(table, row, word);
    p *= backoffWeight(table, row);
    if (c > 0) p += Math.max(c - discountFor(table, c), 0) / table.contextTotals[row];
  }
  return p;
}

/** The count of `word` in the context at `row`, by binary search; 0 if absent. */
export function countOf(table: OrderTable, row: number, word: number): number {
  let lo = table.entryStart[row];
  let hi = table.entryStart[row + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = table.words[mid];
    if (w === word) return table.counts[mid];
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
