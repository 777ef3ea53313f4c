import { describe, expect, it } from 'vitest';
import { filterTopP } from '../../src/sampling';
import { expectClose } from './helpers';

const probs = Float64Array.of(0.125, 0.5, 0.125, 0.25);

describe('filterTopP', () => {
  it('filterTopP(probs, p) stops as soon as the cumulative mass reaches p', () => {
    // Rank order 1, 3, 0, 2 has cumulative mass 0.5, 0.75, 0.875, 1.
    expectClose(filterTopP(probs, 0.75), [0, 2 / 3, 0, 1 / 3]);
  });

  it('filterTopP(probs, p) takes the next id when the mass falls just short', () => {
    expectClose(filterTopP(probs, 0.76), [1 / 7, 4 / 7, 0, 2 / 7]);
  });

  it('filterTopP(probs, p) breaks a tie in rank order, lowest id first', () => {
    expectClose(filterTopP(probs, 0.8), [1 / 7, 4 / 7, 0, 2 / 7]);
  });

  it('filterTopP(probs, 0) still keeps the most probable id', () => {
    expect(Array.from(filterTopP(probs, 0))).toEqual([0, 1, 0, 0]);
  });

  it('filterTopP(probs, 1) is off and returns an equal copy', () => {
    const copy = filterTopP(probs, 1);
    expect(copy).not.toBe(probs);
    expect(Array.from(copy)).toEqual([0.125, 0.5, 0.125, 0.25]);
  });

  it('filterTopP(probs, p) rejects p outside [0, 1]', () => {
    expect(() => filterTopP(probs, 1.5)).toThrow(/topP must be between 0 and 1/);
    expect(() => filterTopP(probs, -0.1)).toThrow(RangeError);
    expect(() => filterTopP(probs, Number.NaN)).toThrow(RangeError);
  });
});
