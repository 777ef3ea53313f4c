/** What is wrong when `areValidDiscounts` says no. */
export const DISCOUNTS_PROBLEM = 'does not have three finite, non-negative discounts';

/** Whether a table's discounts are D1, D2, D3+: three finite numbers ≥ 0. */
export function areValidDiscounts(discounts: ArrayLike<unknown>): boolean {
  if (discounts.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const d = discounts[i];
    if (typeof d !== 'number' || !(d >= 0 && d < Number.POSITIVE_INFINITY)) return false;
  }
  return true;
}
