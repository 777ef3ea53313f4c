import { describe, expect, it } from 'vitest';
import { repeatedNgramShare } from '../../../src/lessons/loop/repeatedNgramShare';

describe('repeatedNgramShare', () => {
  it('repeatedNgramShare(ids) counts 4-grams that occurred earlier: 2 of 6', () => {
    // 1234 2341 3412 4123 1234* 2341*
    expect(repeatedNgramShare([1, 2, 3, 4, 1, 2, 3, 4, 1])).toBeCloseTo(2 / 6, 12);
  });

  it('repeatedNgramShare(ids, 2) counts overlapping bigrams: 2 of 5', () => {
    // 12 23 31 12* 23*
    expect(repeatedNgramShare([1, 2, 3, 1, 2, 3], 2)).toBeCloseTo(0.4, 12);
  });

  it('repeatedNgramShare(ids) counts overlapping windows of one token: 1 of 2', () => {
    expect(repeatedNgramShare(Uint32Array.of(5, 5, 5, 5, 5))).toBe(0.5);
  });

  it('repeatedNgramShare(ids) is 0 when nothing repeats or there is no n-gram', () => {
    expect(repeatedNgramShare([1, 2, 3, 4, 5])).toBe(0);
    expect(repeatedNgramShare([1, 2, 3])).toBe(0);
    expect(repeatedNgramShare([])).toBe(0);
  });

  it('repeatedNgramShare(ids, 2) keeps ids apart (1,12 is not 11,2)', () => {
    expect(repeatedNgramShare([1, 12, 11, 2], 2)).toBe(0);
  });
});
