import { describe, expect, it } from 'vitest';
import { lowestPoint } from '../../../src/lessons/scoring/lowestPoint';

describe('lowestPoint', () => {
  it('lowestPoint(xs, ys) returns the first grid point with the smallest y', () => {
    expect(lowestPoint([1, 2, 3, 4], [5, 2, 2, 7])).toEqual({ index: 1, x: 2, y: 2 });
  });

  it('lowestPoint of an empty curve is null', () => {
    expect(lowestPoint([], [])).toBeNull();
  });
});
