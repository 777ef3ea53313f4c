/**
 * The share of the sequence's n-grams (every window of n consecutive ids, overlapping) that
 * already occurred at an earlier position; 0 when the sequence is shorter than n.
 */
export function repeatedNgramShare(ids: ArrayLike<number>, n = 4): number {
  const total = ids.length - n + 1;
  if (n < 1 || total <= 0) return 0;
  const seen = new Set<string>();
  let repeated = 0;
  for (let i = 0; i < total; i++) {
    const key = Array.prototype.slice.call(ids, i, i + n).join(',');
    if (seen.has(key)) repeated++;
    else seen.add(key);
  }
  return repeated / total;
}
