import type { NgramCounts } from './countNgrams';
import { modifiedDiscounts } from './modifiedDiscounts';
import type { ModelSettings, OrderTable } from './types';

/**
 * Turns the distinct k-grams of one order into the table the model queries: per context its
 * total and counts-of-counts (before pruning), the discounts of the order, and the entries whose
 * count reaches `settings.minCount` (every entry at order 1).
 */
export function buildOrderTable(ngrams: NgramCounts, settings: ModelSettings): OrderTable {
  const k = ngrams.length;
  const width = k - 1;
  const continuation =
    k < settings.order && (settings.smoothing === 'kn' || settings.smoothing === 'mkn');
  const values = continuation ? ngrams.continuations : ngrams.counts;
  const minCount = k >= 2 ? settings.minCount : 1;
  const rows = values.length;
  const countsOfCounts = [0, 0, 0, 0];
  const contextIds: number[] = [];
  const totals: number[] = [];
  const classes: number[] = [];
  const entryStart: number[] = [0];
  const words: number[] = [];
  const counts: number[] = [];
  let row = 0;
  while (row < rows) {
    let end = row + 1;
    while (end < rows && sameContext(ngrams.grams, k, row, end)) end++;
    let total = 0;
    const byClass = [0, 0, 0];
    const kept = words.length;
    for (let r = row; r < end; r++) {
      const c = values[r];
      total += c;
      byClass[Math.min(c, 3) - 1] += 1;
      if (c <= 4) countsOfCounts[c - 1] += 1;
      if (c >= minCount) {
        words.push(ngrams.grams[r * k + width]);
        counts.push(c);
      }
    }
    if (words.length > kept) {
      for (let j = 0; j < width; j++) contextIds.push(ngrams.grams[row * k + j]);
      totals.push(total);
      classes.push(...byClass);
      entryStart.push(words.length);
    }
    row = end;
  }
  return {
    order: k,
    contextIds: Uint32Array.from(contextIds),
    contextTotals: Uint32Array.from(totals),
    contextCountsOfCounts: Uint32Array.from(classes),
    entryStart: Uint32Array.from(entryStart),
    words: Uint32Array.from(words),
    counts: Uint32Array.from(counts),
    discounts: orderDiscounts(settings, countsOfCounts),
  };
}

function orderDiscounts(settings: ModelSettings, n: number[]): Float64Array {
  if (settings.smoothing === 'kn')
    return Float64Array.of(settings.discount, settings.discount, settings.discount);
  if (settings.smoothing === 'mkn') return modifiedDiscounts(n[0], n[1], n[2], n[3]);
  return new Float64Array(3);
}

function sameContext(grams: Uint32Array, k: number, a: number, b: number): boolean {
  for (let j = 0; j < k - 1; j++) if (grams[a * k + j] !== grams[b * k + j]) return false;
  return true;
}
