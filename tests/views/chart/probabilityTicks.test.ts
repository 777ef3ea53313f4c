import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTop, formatTick, probabilityTicks } from '../../../src/views/chart/probabilityTicks';
import { rankTicks, spacedRankTicks } from '../../../src/views/chart/rankTicks';

const labels = (log: boolean, tallest: number) =>
  probabilityTicks(log, tallest).ticks.map((t) => t.label);

describe('probabilityTicks', () => {
  it('probabilityTicks(false, tallest) gives a nice linear axis from 0', () => {
    expect(labels(false, 0.2)).toEqual(['0 %', '5 %', '10 %', '15 %', '20 %']);
    expect(probabilityTicks(false, 0.23).domain).toEqual([0, 0.25]);
    expect(probabilityTicks(false, 0).domain).toEqual([0, 1]);
  });

  it('probabilityTicks(true, tallest) gives powers of ten down to the 1e-7 floor, at most six', () => {
    expect(labels(true, 0.003)).toEqual([
      '1 %',
      '0.1 %',
      '0.01 %',
      '0.001 %',
      '0.0001 %',
      '0.00001 %',
    ]);
    expect(labels(true, 0.2)).toEqual(['100 %', '1 %', '0.01 %', '0.0001 %']);
    expect(probabilityTicks(true, 0.003).domain).toEqual([1e-7, 0.01]);
  });

  it('probabilityTicks(log, top) of an axis’s own top gives the same axis', () => {
    for (const log of [false, true]) {
      for (const tallest of [1, 0.7, 0.23, 0.2, 0.051, 0.003, 1e-5, 3e-9]) {
        const axis = probabilityTicks(log, tallest);
        expect(probabilityTicks(log, axis.domain[1])).toEqual(axis);
      }
    }
  });

  it('formatTick(p) writes a probability as a short percentage', () => {
    expect(formatTick(0.15)).toBe('15 %');
    expect(formatTick(0.025)).toBe('2.5 %');
    expect(formatTick(1e-7)).toBe('0.00001 %');
  });
});

describe('rankTicks', () => {
  it('rankTicks(start, end, count) picks round 1-based ranks inside the view', () => {
    expect(rankTicks(0, 50257, 5)).toEqual([10000, 20000, 30000, 40000, 50000]);
    expect(rankTicks(10, 20, 5)).toEqual([12, 14, 16, 18, 20]);
  });
});

describe('axisTop', () => {
  it('is the top of the axis probabilityTicks makes, linear and log', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (tallest, log) => {
        expect(axisTop(log, tallest)).toBe(probabilityTicks(log, tallest).domain[1]);
      }),
      { seed: 8, numRuns: 1000 },
    );
  });
});

describe('spacedRankTicks', () => {
  it('spacedRankTicks(...) keeps ticks at least the given pixels apart, asking d3 for fewer', () => {
    // 410 px for 12 002 ranks: a 2 000 step is 68 px, too close for 88 px; a 5 000 step is not.
    expect(spacedRankTicks(0, 12002, 410, 60)).toEqual([2000, 4000, 6000, 8000, 10000, 12000]);
    expect(spacedRankTicks(0, 12002, 410, 88)).toEqual([5000, 10000]);
    expect(spacedRankTicks(0, 50257, 900, 60)).toEqual([10000, 20000, 30000, 40000, 50000]);
  });

  it('spacedRankTicks(...) gives a single tick when the axis is too narrow for two', () => {
    expect(spacedRankTicks(0, 12002, 50, 60)).toHaveLength(1);
  });
});
