import type { NgramModel } from '../model/types';

/**
 * The highest order k ≤ n whose table has a context made only of text: some segment had k − 1
 * tokens in a row. Padding `<bos>` (the largest id) only ever starts a context and rows are sorted
 * ascending, so a table's first row tells.
 */
export function usableOrder(model: NgramModel): number {
  const bos = model.vocab.length;
  for (let k = model.settings.order; k >= 2; k--) {
    const { contextIds } = model.tables[k - 1];
    if (contextIds.length > 0 && contextIds[0] !== bos) return k;
  }
  return 1;
}
