/**
 * Places label baselines at least `lineHeightPx` apart, each as near its wish as it can be:
 * pushed down past the one above, then lifted where the stack would run past `maxY`.
 */
export function stackLabels(
  baselines: readonly number[],
  lineHeightPx: number,
  minY: number,
  maxY: number,
): number[] {
  const out: number[] = [];
  let previous = minY - lineHeightPx;
  for (const y of baselines) {
    previous = Math.max(y, previous + lineHeightPx);
    out.push(previous);
  }
  let next = maxY + lineHeightPx;
  for (let i = out.length - 1; i >= 0; i--) {
    next = Math.min(out[i], next - lineHeightPx);
    out[i] = next;
  }
  return out;
}
