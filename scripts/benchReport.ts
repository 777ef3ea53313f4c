/** The q-quantile of some timings (0.5 = median, 0.95 = p95), by rank in the sorted values. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Prints one benchmark figure beside its target and whether it was met. */
export function reportLine(label: string, value: string, target: string, ok: boolean): void {
  console.log(
    `${label.padEnd(52)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`,
  );
}
