import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropyBits } from '../../src/sampling';
import { probsArb, runs } from './helpers';

describe('entropyBits', () => {
  it('entropyBits(probs) of 1/2, 1/4, 1/8, 1/8 is 1.75 bits', () => {
    expect(entropyBits(Float64Array.of(0.5, 0.25, 0.125, 0.125))).toBe(1.75);
  });

  it('entropyBits(uniform over 8) is 3 bits', () => {
    expect(entropyBits(new Float64Array(8).fill(1 / 8))).toBe(3);
  });

  it('entropyBits(one-hot) is exactly 0, and zeros contribute nothing', () => {
    expect(entropyBits(Float64Array.of(0, 1, 0))).toBe(0);
    expect(entropyBits(Float64Array.of(0.5, 0, 0.5))).toBe(1);
  });

  it('entropyBits(probs) never goes negative when rounding leaves p slightly above 1', () => {
    expect(entropyBits(Float64Array.of(1 + 2 ** -52, 0))).toBe(0);
  });

  it('entropyBits(probs) lies between 0 and log2 V', () => {
    fc.assert(
      fc.property(probsArb, (probs) => {
        const entropy = entropyBits(probs);
        expect(entropy).toBeGreaterThanOrEqual(0);
        expect(entropy).toBeLessThanOrEqual(Math.log2(probs.length) + 1e-9);
      }),
      runs,
    );
  });

  it('entropyBits(uniform over V) is log2 V', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (size) => {
        expect(entropyBits(new Float64Array(size).fill(1 / size))).toBeCloseTo(Math.log2(size), 9);
      }),
      runs,
    );
  });
});
