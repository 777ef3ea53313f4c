/** Lower bounds in bits of the shading levels 1..4 (level 0 is below the first). */
export const LEVEL_BOUNDS_BITS: readonly number[] = [1, 3, 6, 9];

/** Names of the levels 0..4, from sure to unsure. */
export const LEVEL_NAMES: readonly string[] = [
  'under 1 bit: sure',
  '1–3 bits',
  '3–6 bits',
  '6–9 bits',
  '9 bits or more: wide open',
];

/** The shading level 0..4 of a prediction's entropy in bits (fixed bounds, so texts compare). */
export function entropyLevel(entropyBits: number): number {
  let level = 0;
  while (level < LEVEL_BOUNDS_BITS.length && entropyBits >= LEVEL_BOUNDS_BITS[level]) level++;
  return level;
}
