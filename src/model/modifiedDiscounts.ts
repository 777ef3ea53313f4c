/**
 * Chen & Goodman's modified Kneser–Ney discounts D1, D2, D3+ from the counts-of-counts n1..n4
 * of one order, each clamped to [0, its count]. If any of n1..n4 is 0 all three equal
 * Y = n1 / (n1 + 2 n2), or 0.5 when Y is undefined.
 */
export function modifiedDiscounts(n1: number, n2: number, n3: number, n4: number): Float64Array {
  const y = n1 + 2 * n2 > 0 ? n1 / (n1 + 2 * n2) : 0.5;
  if (n1 === 0 || n2 === 0 || n3 === 0 || n4 === 0) return Float64Array.of(y, y, y);
  const clamp = (d: number, max: number) => Math.min(Math.max(d, 0), max);
  return Float64Array.of(
    clamp(1 - (2 * y * n2) / n1, 1),
    clamp(2 - (3 * y * n3) / n2, 2),
    clamp(3 - (4 * y * n4) / n3, 3),
  );
}
