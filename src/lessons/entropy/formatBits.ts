/** Bits with two decimals, as the chart labels and the table show them ("3.14"). */
export function formatBits(bits: number): string {
  return bits.toFixed(2);
}
