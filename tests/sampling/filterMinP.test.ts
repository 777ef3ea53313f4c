import { describe, expect, it } from 'vitest';
import { filterMinP } from '../../src/sampling';

describe('filterMinP', () => {
  it('filterMinP(probs, m) keeps ids with p ≥ m · max p, the boundary included', () => {
    // Threshold 0.3 · 0.5 = 0.15: ids 1, 3 and 2 stay, id 0 (0.05) goes.
    const kept = filterMinP(Float64Array.of(0.05, 0.5, 0.15, 0.3), 0.3);
    expect(kept[0]).toBe(0);
    expect(kept[1]).toBeCloseTo(10 / 19, 12);
    expect(kept[2]).toBeCloseTo(3 / 19, 12);
    expect(kept[3]).toBeCloseTo(6 / 19, 12);
  });

  it('filterMinP(probs, 1) keeps only the ids tied for the top', () => {
    expect(Array.from(filterMinP(Float64Array.of(0.4, 0.2, 0.4), 1))).toEqual([0.5, 0, 0.5]);
  });

  it('filterMinP(probs, 0) is off and keeps everything', () => {
    expect(Array.from(filterMinP(Float64Array.of(0.75, 0, 0.25), 0))).toEqual([0.75, 0, 0.25]);
  });

  it('filterMinP(probs, m) rejects m outside [0, 1]', () => {
    expect(() => filterMinP(Float64Array.of(1), 2)).toThrow(/minP must be between 0 and 1/);
    expect(() => filterMinP(Float64Array.of(1), -1)).toThrow(RangeError);
  });
});
