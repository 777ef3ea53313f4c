/**
 * An SVG path of a cumulative step curve: from (x(1), y(0)), at each 1-based rank the curve rises
 * to its cumulative probability (horizontal, then vertical), coordinates to 0.1 px.
 */
export function stepPath(
  ranks: readonly number[],
  cumulative: Float64Array,
  x: (rank: number) => number,
  y: (p: number) => number,
): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  const parts = [`M${r(x(1))},${r(y(0))}`];
  for (let i = 0; i < ranks.length; i++) {
    parts.push(`H${r(x(ranks[i]))}V${r(y(cumulative[i]))}`);
  }
  return parts.join('');
}
