/** A probability as a percentage with enough digits to tell small values apart ("0.0012 %"). */
export function formatProbability(p: number): string {
  if (p === 0) return '0 %';
  if (p === 1) return '100 %';
  const percent = p * 100;
  if (percent >= 10) return `${percent.toFixed(1)} %`;
  if (percent >= 0.01) return `${percent.toPrecision(2)} %`;
  if (percent >= 1e-6) return `${Number(percent.toPrecision(2))} %`;
  return '< 0.000001 %';
}
