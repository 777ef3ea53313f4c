import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng, type RngState } from '../../src/sampling';
import { runs } from './helpers';

// An independent, deliberately plain BigInt transcription of the documented algorithm:
// splitmix32 seed expansion, then xoshiro128** (Blackman & Vigna, prng.di.unimi.it).
const WORD = 0xffffffffn;
const TWO_32 = 0x100000000n;

function referenceSeedWord(seed: number): bigint {
  return ((BigInt(Math.trunc(seed)) % TWO_32) + TWO_32) % TWO_32;
}

function referenceSplitmix32(seed: bigint): () => bigint {
  let counter = seed;
  return () => {
    counter = (counter + 0x9e3779b9n) & WORD;
    let z = counter;
    z = ((z ^ (z >> 16n)) * 0x21f0aaadn) & WORD;
    z = ((z ^ (z >> 15n)) * 0x735a2d97n) & WORD;
    return z ^ (z >> 15n);
  };
}

function rotl(x: bigint, bits: bigint): bigint {
  return ((x << bits) | (x >> (32n - bits))) & WORD;
}

function referenceXoshiro128ss(state: bigint[]): () => bigint {
  const s = [...state];
  return () => {
    const result = (rotl((s[1] * 5n) & WORD, 7n) * 9n) & WORD;
    const t = (s[1] << 9n) & WORD;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11n);
    return result;
  };
}

function referenceStream(seed: number): () => bigint {
  const expand = referenceSplitmix32(referenceSeedWord(seed));
  return referenceXoshiro128ss([expand(), expand(), expand(), expand()]);
}

function draw(rng: Rng, count: number): number[] {
  return Array.from({ length: count }, () => rng.nextUint32());
}

describe('createRng', () => {
  it('createRng(42) expands the seed with splitmix32 into the known state', () => {
    const expand = referenceSplitmix32(42n);
    const expected = [expand(), expand(), expand(), expand()].map(Number);
    expect(createRng(42).getState()).toEqual(expected);
    // The same words from a C transcription compiled with gcc.
    expect(expected).toEqual([551831576, 144025891, 322543647, 3034809370]);
  });

  it('createRng(42).nextUint32() matches the BigInt reference for its first outputs', () => {
    const reference = referenceStream(42);
    const expected = Array.from({ length: 16 }, () => Number(reference()));
    expect(draw(createRng(42), 16)).toEqual(expected);
    expect(expected.slice(0, 8)).toEqual([
      660444221, 3652823732, 77672526, 910233633, 2297337756, 3786072677, 3123505064, 1891482476,
    ]);
  });

  it('createRng(seed).nextFloat() is ((a >>> 5) · 2^26 + (b >>> 6)) / 2^53 of the next two words', () => {
    const reference = referenceStream(42);
    const a = reference();
    const b = reference();
    const expected = Number((a >> 5n) * 2n ** 26n + (b >> 6n)) / 2 ** 53;
    expect(createRng(42).nextFloat()).toBe(expected);
    expect(expected).toBe(0.15377165265745885);
  });

  it('createRng(seed).setState([1, 2, 3, 4]) reproduces the xoshiro128** reference outputs', () => {
    const rng = createRng(0);
    rng.setState([1, 2, 3, 4]);
    expect(draw(rng, 6)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('createRng(seed) reduces any integer seed to trunc(seed) mod 2^32', () => {
    const first = (seed: number) => draw(createRng(seed), 4);
    expect(first(-1)).toEqual(first(2 ** 32 - 1));
    expect(first(2 ** 32 + 42)).toEqual(first(42));
    expect(first(42.9)).toEqual(first(42));
    expect(first(-1)[0]).toBe(4104197751);
  });

  it('createRng(seed) rejects NaN and infinite seeds', () => {
    for (const seed of [Number.NaN, Infinity, -Infinity]) {
      expect(() => createRng(seed)).toThrow(/seed must be a finite number/);
    }
  });

  it('createRng(seed).setState(getState()) replays the same stream', () => {
    const rng = createRng(2024);
    draw(rng, 3);
    const snapshot = rng.getState();
    const firstRun = [...draw(rng, 5), rng.nextFloat()];
    rng.setState(snapshot);
    expect([...draw(rng, 5), rng.nextFloat()]).toEqual(firstRun);
  });

  it('createRng(seed).getState() returns a copy the generator does not share', () => {
    const rng = createRng(5);
    const snapshot = rng.getState();
    rng.nextUint32();
    expect(rng.getState()).not.toEqual(snapshot);
  });

  it('createRng(seed).setState(state) rejects malformed and all-zero states', () => {
    const rng = createRng(1);
    const bad: RngState[] = [
      [0, 0, 0, 0],
      [1, 2, 3, 2 ** 32],
      [1, 2, 3, -1],
      [1, 2, 3, 0.5],
      [1, 2, 3, Number.NaN],
    ];
    for (const state of bad) expect(() => rng.setState(state)).toThrow(RangeError);
    expect(() => rng.setState([0, 0, 0, 0])).toThrow(/all-zero/);
  });

  it('createRng(seed) gives identical streams to two instances with the same seed', () => {
    const seed = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(seed, (s) => {
        const a = createRng(s);
        const b = createRng(s);
        expect([...draw(a, 20), a.nextFloat()]).toEqual([...draw(b, 20), b.nextFloat()]);
      }),
      runs,
    );
  });

  it('createRng(seed) matches the BigInt reference for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (s) => {
        const reference = referenceStream(s);
        const expected = Array.from({ length: 8 }, () => Number(reference()));
        expect(draw(createRng(s), 8)).toEqual(expected);
      }),
      runs,
    );
  });

  it('createRng(seed) outputs uint32 words and floats in [0, 1) with mean near 1/2', () => {
    const rng = createRng(99);
    let total = 0;
    for (let i = 0; i < 10000; i++) {
      const word = rng.nextUint32();
      expect(Number.isInteger(word) && word >= 0 && word < 2 ** 32).toBe(true);
      const u = rng.nextFloat();
      expect(u >= 0 && u < 1).toBe(true);
      total += u;
    }
    expect(total / 10000).toBeCloseTo(0.5, 1);
  });
});
