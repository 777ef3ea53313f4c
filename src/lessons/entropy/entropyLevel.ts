import type { LessonTextKey } from '../messages/LessonMessages';

/** Lower bounds in bits of the shading levels 1..4 (level 0 is below the first). */
export const LEVEL_BOUNDS_BITS: readonly number[] = [1, 3, 6, 9];

/** The keys of the names of the levels 0..4 in the messages, from sure to unsure. */
export const LEVEL_NAMES: readonly LessonTextKey[] = [
  'levelSure',
  'levelOneToThree',
  'levelThreeToSix',
  'levelSixToNine',
  'levelWideOpen',
];

/** The shading level 0..4 of a prediction's entropy in bits (fixed bounds, so texts compare). */
export function entropyLevel(entropyBits: number): number {
  let level = 0;
  while (level < LEVEL_BOUNDS_BITS.length && entropyBits >= LEVEL_BOUNDS_BITS[level]) level++;
  return level;
}
