/**
 * The temperature before step `step` (0-based) of a linear cooling schedule: `start` at step
 * 0, moving in equal amounts to `target` at step `steps`, then `target` (also when steps ≤ 0).
 */
export function scheduledTemperature(
  step: number,
  start: number,
  target: number,
  steps: number,
): number {
  if (steps <= 0 || step >= steps) return target;
  if (step <= 0) return start;
  return start + ((target - start) * step) / steps;
}
