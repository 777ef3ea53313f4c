import { scaleLinear, scaleLog } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, logScale } from '../../../src/views/chart/scales';

describe('linearScale and logScale', () => {
  it('map as d3 scaleLinear and scaleLog do, clamped or not', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.boolean(),
        (top, t, clamp) => {
          const linear = scaleLinear().domain([0, top]).range([200, 10]).clamp(clamp);
          const log = scaleLog()
            .domain([1, top + 1])
            .range([40, 600])
            .clamp(clamp);
          const v = t * top;
          expect(linearScale([0, top], [200, 10], clamp)(v)).toBeCloseTo(linear(v), 6);
          if (1 + v > 0) {
            expect(logScale([1, top + 1], [40, 600], clamp)(1 + v)).toBeCloseTo(log(1 + v), 6);
          }
        },
      ),
      { seed: 5, numRuns: 1000 },
    );
  });

  it('keep their domain, and map an empty domain to the middle of the range as d3 does', () => {
    expect(linearScale([0, 4], [0, 100]).domain).toEqual([0, 4]);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(scaleLinear().domain([3, 3]).range([0, 100])(3));
  });
});
