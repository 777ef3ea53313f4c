/** The grid point where a curve is lowest (the first one on ties); null for an empty curve. */
export function lowestPoint(
  xs: readonly number[],
  ys: ArrayLike<number>,
): { index: number; x: number; y: number } | null {
  let best = -1;
  for (let i = 0; i < ys.length; i++) if (best < 0 || ys[i] < ys[best]) best = i;
  return best < 0 ? null : { index: best, x: xs[best], y: ys[best] };
}
