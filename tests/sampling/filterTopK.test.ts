import { describe, expect, it } from 'vitest';
import { filterTopK } from '../../src/sampling';
import { expectClose } from './helpers';

const probs = Float64Array.of(0.1, 0.4, 0.2, 0.2, 0.1);

describe('filterTopK', () => {
  it('filterTopK(probs, 2) keeps exactly 2 ids, the lower id winning a tie at the boundary', () => {
    const kept = filterTopK(probs, 2);
    expect(kept[0]).toBe(0);
    expect(kept[1]).toBeCloseTo(2 / 3, 12);
    expect(kept[2]).toBeCloseTo(1 / 3, 12);
    expect(kept[3]).toBe(0);
    expect(kept[4]).toBe(0);
  });

  it('filterTopK(probs, 1) is greedy', () => {
    expect(Array.from(filterTopK(probs, 1))).toEqual([0, 1, 0, 0, 0]);
  });

  it('filterTopK(probs, 0) is off and returns an equal copy', () => {
    const copy = filterTopK(probs, 0);
    expect(copy).not.toBe(probs);
    expectClose(copy, Array.from(probs), 15);
  });

  it('filterTopK(probs, k > V) keeps everything', () => {
    expectClose(filterTopK(probs, 50), Array.from(probs), 15);
  });

  it('filterTopK(probs, k) leaves probs untouched', () => {
    filterTopK(probs, 2);
    expect(Array.from(probs)).toEqual([0.1, 0.4, 0.2, 0.2, 0.1]);
  });

  it('filterTopK(probs, k) rejects negative or fractional k', () => {
    expect(() => filterTopK(probs, -1)).toThrow(/topK must be a whole number/);
    expect(() => filterTopK(probs, 2.5)).toThrow(RangeError);
    expect(() => filterTopK(probs, Number.NaN)).toThrow(RangeError);
  });
});
