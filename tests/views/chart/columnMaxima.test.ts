import { describe, expect, it } from 'vitest';
import { createColumnBars } from '../../../src/views/chart/ColumnBars';
import { columnArgmax } from '../../../src/views/chart/columnArgmax';
import { columnFirstRank } from '../../../src/views/chart/columnFirstRank';
import { columnMaxima } from '../../../src/views/chart/columnMaxima';

// Ids 0..4; by height the rank order is 1, 3, 4, 2, 0. Id 3 was filtered out (probability 0).
const heights = Float64Array.from([0.05, 0.4, 0.1, 0.3, 0.15]);
const probs = Float64Array.from([0.05, 0.4, 0.1, 0, 0.15]);
const order = Uint32Array.from([1, 3, 4, 2, 0]);

describe('columnFirstRank', () => {
  it('columnFirstRank(c, start, end, columns) splits the ranks evenly over the columns', () => {
    expect([0, 1, 2].map((c) => columnFirstRank(c, 0, 5, 2))).toEqual([0, 2, 5]);
    expect([0, 1, 2, 3].map((c) => columnFirstRank(c, 1, 3, 4))).toEqual([1, 1, 2, 2]);
  });
});

describe('columnMaxima', () => {
  it('columnMaxima(...) keeps the largest kept and the largest masked probability in each pixel column', () => {
    const out = createColumnBars(2);
    const tallest = columnMaxima(heights, probs, order, 0, 5, 2, out);
    expect(Array.from(out.kept)).toEqual([0.4, 0.15]);
    expect(Array.from(out.masked)).toEqual([0.3, 0]);
    expect(Array.from(out.firstRank)).toEqual([0, 2]);
    expect(tallest).toBe(0.4);
  });

  it('columnMaxima(...) repeats a rank over several columns when zoomed in past one rank per column', () => {
    const out = createColumnBars(4);
    const tallest = columnMaxima(heights, probs, order, 1, 3, 4, out);
    expect(Array.from(out.firstRank)).toEqual([1, 1, 2, 2]);
    expect(Array.from(out.kept)).toEqual([0, 0, 0.15, 0.15]);
    expect(Array.from(out.masked)).toEqual([0.3, 0.3, 0, 0]);
    expect(tallest).toBe(0.3);
  });

  it('columnMaxima(...) writes only the first `columns` slots of larger buffers', () => {
    const out = createColumnBars(4);
    out.kept.fill(9);
    columnMaxima(heights, probs, order, 0, 5, 1, out);
    expect(Array.from(out.kept)).toEqual([0.4, 9, 9, 9]);
  });
});

describe('columnArgmax', () => {
  it('columnArgmax(...) returns the rank of the tallest bar in the column, the lowest rank on ties', () => {
    const oneHot = Float64Array.from([0, 0, 1, 0]);
    const identity = Uint32Array.from([0, 1, 2, 3]);
    expect(columnArgmax(oneHot, identity, 0, 4, 2, 0)).toBe(0);
    expect(columnArgmax(oneHot, identity, 0, 4, 2, 1.7)).toBe(2);
    expect(columnArgmax(Float64Array.from([0.1, 0.1, 0.3, 0.5]), identity, 0, 4, 1, 0)).toBe(3);
  });

  it('columnArgmax(...) returns -1 outside the plot', () => {
    expect(columnArgmax(heights, order, 0, 5, 2, -1)).toBe(-1);
    expect(columnArgmax(heights, order, 0, 5, 2, 2)).toBe(-1);
  });
});
