/**
 * The points of a line chart worth drawing when there are more points than pixel columns: in
 * each of `columns` equal spans of 0..count−1, the first, lowest, highest and last point, in
 * order (M4 aggregation; the polyline looks the same as one through every point). Returns
 * indices into the values; every index when the points already fit.
 */
export function traceColumns(values: Float64Array, count: number, columns: number): number[] {
  if (count <= 4 * columns) return Array.from({ length: count }, (_, i) => i);
  const kept: number[] = [];
  let start = 0;
  for (let c = 0; c < columns; c++) {
    const end = Math.floor(((c + 1) * count) / columns);
    if (end <= start) continue;
    let low = start;
    let high = start;
    for (let i = start + 1; i < end; i++) {
      if (values[i] < values[low]) low = i;
      if (values[i] > values[high]) high = i;
    }
    for (const i of [start, Math.min(low, high), Math.max(low, high), end - 1]) {
      if (kept[kept.length - 1] !== i) kept.push(i);
    }
    start = end;
  }
  return kept;
}
