/** A half-open range of ranks [start, end) shown by the chart. */
export interface RankRange {
  readonly start: number;
  readonly end: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Scales the range's span by `factor` (< 1 zooms in) keeping the fractional rank `anchor` at the
 * same place on screen; the span stays within [minSpan, total] and always changes if it can.
 */
export function zoomRange(
  range: RankRange,
  anchor: number,
  factor: number,
  total: number,
  minSpan: number,
): RankRange {
  const span = range.end - range.start;
  const lo = Math.min(minSpan, total);
  let next = clamp(Math.round(span * factor), lo, total);
  if (next === span && factor < 1 && span > lo) next = span - 1;
  if (next === span && factor > 1 && span < total) next = span + 1;
  const fraction = span > 0 ? (anchor - range.start) / span : 0;
  const start = clamp(Math.round(anchor - fraction * next), 0, total - next);
  return { start, end: start + next };
}

/** The range covering ranks a..b (either order, inclusive), widened to at least `minSpan`. */
export function rangeBetween(a: number, b: number, total: number, minSpan: number): RankRange {
  const lo = clamp(Math.min(a, b), 0, total - 1);
  const hi = clamp(Math.max(a, b) + 1, lo + 1, total);
  const span = Math.min(total, Math.max(hi - lo, minSpan));
  const start = clamp(Math.round((lo + hi - span) / 2), 0, total - span);
  return { start, end: start + span };
}

/** The range moved (not resized) just enough to show `rank`. */
export function panToRank(range: RankRange, rank: number): RankRange {
  if (rank < range.start) return { start: rank, end: rank + range.end - range.start };
  if (rank >= range.end) return { start: rank + 1 - (range.end - range.start), end: rank + 1 };
  return range;
}
