/** Runs per property test: the TOKENSCOPE_PROPERTY_RUNS environment variable, or `fallback`. */
export function propertyRuns(fallback: number): number {
  const runs = Number(process.env.TOKENSCOPE_PROPERTY_RUNS);
  return Number.isSafeInteger(runs) && runs > 0 ? runs : fallback;
}
