import type { OrderTable } from './types';

/** The discount an entry with count c gets: D1, D2 or D3+. */
export function discountFor(table: OrderTable, count: number): number {
  return table.discounts[count >= 3 ? 2 : count - 1];
}

const cache = new WeakMap<OrderTable, Float64Array>();

/** γ_k(h) of the context in `row` (see `backoffWeights`). */
export function backoffWeight(table: OrderTable, row: number): number {
  let weights = cache.get(table);
  if (!weights) {
    weights = backoffWeights(table);
    cache.set(table, weights);
  }
  return weights[row];
}

/**
 * Fills the cache `backoffWeight` reads with weights computed elsewhere by `backoffWeights(table)`
 * (in the training worker, so the page never spends a long task on them). Weights of another
 * length are ignored: they are then computed on first use as usual.
 */
export function primeBackoffWeights(table: OrderTable, weights: Float64Array): void {
  if (weights.length === table.contextTotals.length) cache.set(table, weights);
}

/**
 * γ_k(h) = (D1·N1 + D2·N2 + D3+·N3+) / T for every context of the table. When entries of a
 * context were pruned, their discounted mass moves to γ as well, so distributions still sum to 1.
 */
export function backoffWeights(table: OrderTable): Float64Array {
  const weights = new Float64Array(table.contextTotals.length);
  fillBackoffWeights(table, weights, 0, weights.length);
  return weights;
}

/** Whether `backoffWeight` already has the table's weights (computed, or primed by the worker). */
export function hasBackoffWeights(table: OrderTable): boolean {
  return cache.has(table);
}

/**
 * Writes γ_k(h) of the contexts in rows [rowStart, rowEnd) into `weights`: `backoffWeights`
 * in slices, so a caller can spread the work over several tasks.
 */
export function fillBackoffWeights(
  table: OrderTable,
  weights: Float64Array,
  rowStart: number,
  rowEnd: number,
): void {
  const n = table.contextCountsOfCounts;
  const d = table.discounts;
  for (let row = rowStart; row < rowEnd; row++) {
    const total = table.contextTotals[row];
    let keptCount = 0;
    let keptDiscount = 0;
    for (let e = table.entryStart[row]; e < table.entryStart[row + 1]; e++) {
      keptCount += table.counts[e];
      keptDiscount += discountFor(table, table.counts[e]);
    }
    weights[row] =
      keptCount < total
        ? (keptDiscount + (total - keptCount)) / total
        : (d[0] * n[row * 3] + d[1] * n[row * 3 + 1] + d[2] * n[row * 3 + 2]) / total;
  }
}
