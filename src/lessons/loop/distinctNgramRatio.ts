/**
 * Distinct n-grams / total n-grams of the sequence ("distinct-2" for n = 2): 1 when every
 * window differs, near 0 when the text repeats itself; 1 when the sequence has no n-gram
 * (nothing has repeated yet).
 */
export function distinctNgramRatio(ids: ArrayLike<number>, n = 2): number {
  const total = ids.length - n + 1;
  if (n < 1 || total <= 0) return 1;
  const distinct = new Set<string>();
  for (let i = 0; i < total; i++) {
    distinct.add(Array.prototype.slice.call(ids, i, i + n).join(','));
  }
  return distinct.size / total;
}
