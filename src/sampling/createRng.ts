import { splitmix32 } from './splitmix32';

/** The full 128-bit generator state as four uint32 words [s0, s1, s2, s3], not all zero. */
export type RngState = readonly [number, number, number, number];

/** A seeded stream of random numbers that can be snapshotted and restored. */
export interface Rng {
  /** The next uint32 output of xoshiro128**. */
  nextUint32(): number;
  /** A double in [0, 1) with 53 random bits, built from the next two uint32 outputs. */
  nextFloat(): number;
  /** A copy of the current state. */
  getState(): RngState;
  /** Restores a state taken from getState(); rejects words outside uint32 and the all-zero state. */
  setState(state: RngState): void;
}

const rotl = (x: number, bits: number): number => ((x << bits) | (x >>> (32 - bits))) >>> 0;

/**
 * A seeded xoshiro128** generator (Blackman & Vigna 2018) whose streams match in every engine.
 *
 * Seed rule: the seed must be finite; it becomes `Math.trunc(seed) >>> 0`, i.e. trunc(seed)
 * mod 2^32, so −1 and 2^32 − 1 give the same stream. Four successive splitmix32 outputs from that
 * uint32 fill s0, s1, s2, s3. Each step (all arithmetic mod 2^32, via Math.imul and >>> 0):
 * result = rotl(s1 × 5, 7) × 9; t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t;
 * s3 = rotl(s3, 11). nextFloat draws a then b: ((a >>> 5) × 2^26 + (b >>> 6)) / 2^53.
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) {
    throw new RangeError(`seed must be a finite number, got ${seed}`);
  }
  const expand = splitmix32(Math.trunc(seed) >>> 0);
  let s0 = expand();
  let s1 = expand();
  let s2 = expand();
  let s3 = expand();

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };

  return {
    nextUint32,
    nextFloat: () => {
      const high = nextUint32() >>> 5;
      const low = nextUint32() >>> 6;
      return (high * 67108864 + low) / 9007199254740992;
    },
    getState: () => [s0, s1, s2, s3],
    setState: (state) => {
      const words = Array.from(state);
      const isWord = (w: number) => Number.isInteger(w) && w >= 0 && w <= 0xffffffff;
      if (words.length !== 4 || !words.every(isWord)) {
        throw new RangeError(`an rng state is four integers in [0, 2^32), got [${words}]`);
      }
      if (words.every((w) => w === 0)) {
        throw new RangeError(
          'the all-zero rng state is invalid: the generator would only output 0',
        );
      }
      [s0, s1, s2, s3] = words;
    },
  };
}
