/** A whole number with its thousands set apart by narrow no-break spaces ("12 002"). */
export function groupDigits(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}
