import { describe, expect, it } from 'vitest';
import { distinctNgramRatio } from '../../../src/lessons/loop/distinctNgramRatio';

describe('distinctNgramRatio', () => {
  it('distinctNgramRatio(ids) is distinct bigrams / bigrams: 2 of 4', () => {
    // 12 21 12 21
    expect(distinctNgramRatio([1, 2, 1, 2, 1])).toBe(0.5);
  });

  it('distinctNgramRatio(ids) of a run of one token is 1 / (length − 1)', () => {
    expect(distinctNgramRatio(Uint32Array.of(4, 4, 4, 4))).toBeCloseTo(1 / 3, 12);
  });

  it('distinctNgramRatio(ids, 3) counts trigrams: 3 of 4', () => {
    // 123 231 312 123
    expect(distinctNgramRatio([1, 2, 3, 1, 2, 3], 3)).toBe(0.75);
  });

  it('distinctNgramRatio(ids) is 1 when nothing repeats or there is no n-gram', () => {
    expect(distinctNgramRatio([1, 2, 3])).toBe(1);
    expect(distinctNgramRatio([7])).toBe(1);
    expect(distinctNgramRatio([])).toBe(1);
  });

  it('distinctNgramRatio(ids) keeps ids apart (1,12 is not 11,2)', () => {
    expect(distinctNgramRatio([1, 12, 11, 2, 1], 2)).toBe(1);
  });
});
