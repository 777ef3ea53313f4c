import { describe, expect, it } from 'vitest';
import { meanEntropy } from '../../../src/lessons/entropy/meanEntropy';

describe('meanEntropy', () => {
  it('meanEntropy(values) is their arithmetic mean', () => {
    expect(meanEntropy([0, 1, 0])).toBeCloseTo(1 / 3, 12);
    expect(meanEntropy(Float64Array.of(1.5, 2.5, 4))).toBeCloseTo(8 / 3, 12);
  });

  it('meanEntropy([]) is 0', () => {
    expect(meanEntropy([])).toBe(0);
  });
});
