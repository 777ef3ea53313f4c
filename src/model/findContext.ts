import type { OrderTable } from './types';

/**
 * Binary search for the context made of the last `table.order − 1` ids of `history` (which
 * must hold at least that many). Returns the context's row, or −1 if it is not in the table.
 */
export function findContext(table: OrderTable, history: ArrayLike<number>): number {
  const width = table.order - 1;
  const offset = history.length - width;
  const ids = table.contextIds;
  let lo = 0;
  let hi = table.contextTotals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    let d = 0;
    for (let j = 0; j < width && d === 0; j++) d = ids[mid * width + j] - history[offset + j];
    if (d === 0) return mid;
    if (d < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
