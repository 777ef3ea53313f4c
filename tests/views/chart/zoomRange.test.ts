import { describe, expect, it } from 'vitest';
import { panToRank, rangeBetween, zoomRange } from '../../../src/views/chart/zoomRange';

describe('zoomRange', () => {
  it('zoomRange(range, anchor, factor, ...) keeps the anchor rank in place', () => {
    expect(zoomRange({ start: 0, end: 100 }, 0, 0.25, 100, 5)).toEqual({ start: 0, end: 25 });
    expect(zoomRange({ start: 0, end: 100 }, 50, 0.25, 100, 5)).toEqual({ start: 38, end: 63 });
  });

  it('zoomRange(range, anchor, factor, ...) stays between minSpan and the whole vocabulary', () => {
    expect(zoomRange({ start: 38, end: 63 }, 50, 4, 100, 5)).toEqual({ start: 0, end: 100 });
    expect(zoomRange({ start: 0, end: 6 }, 0, 0.25, 100, 5)).toEqual({ start: 0, end: 5 });
    expect(zoomRange({ start: 0, end: 3 }, 0, 0.25, 3, 5)).toEqual({ start: 0, end: 3 });
  });

  it('zoomRange(range, anchor, factor, ...) changes the span by at least one rank for a small wheel step', () => {
    expect(zoomRange({ start: 0, end: 10 }, 0, 0.98, 100, 5)).toEqual({ start: 0, end: 9 });
    expect(zoomRange({ start: 0, end: 10 }, 0, 1.02, 100, 5)).toEqual({ start: 0, end: 11 });
  });
});

describe('rangeBetween', () => {
  it('rangeBetween(a, b, ...) covers both ranks in either order, widened to minSpan', () => {
    expect(rangeBetween(2, 9, 28, 5)).toEqual({ start: 2, end: 10 });
    expect(rangeBetween(9, 2, 28, 5)).toEqual({ start: 2, end: 10 });
    expect(rangeBetween(3, 3, 28, 5)).toEqual({ start: 1, end: 6 });
    expect(rangeBetween(27, 27, 28, 5)).toEqual({ start: 23, end: 28 });
  });
});

describe('panToRank', () => {
  it('panToRank(range, rank) moves the range just enough to show the rank', () => {
    expect(panToRank({ start: 10, end: 20 }, 5)).toEqual({ start: 5, end: 15 });
    expect(panToRank({ start: 10, end: 20 }, 25)).toEqual({ start: 16, end: 26 });
    const range = { start: 10, end: 20 };
    expect(panToRank(range, 12)).toBe(range);
  });
});
