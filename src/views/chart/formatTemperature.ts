/** A temperature as the page writes it: "0.80", or "0 (greedy)". */
export function formatTemperature(temperature: number): string {
  return temperature === 0 ? '0 (greedy)' : temperature.toFixed(2);
}
