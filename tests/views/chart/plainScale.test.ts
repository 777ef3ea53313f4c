import { scaleLinear, scaleLog } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainLinear, plainLog } from '../../../src/views/chart/plainScale';

describe('plainLinear and plainLog', () => {
  it('map like the d3 scales they are made from, inside the domain', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (top, t) => {
          const linear = scaleLinear().domain([0, top]).range([200, 10]);
          const log = scaleLog()
            .domain([1, top + 1])
            .range([40, 600]);
          const v = t * top;
          expect(plainLinear(linear)(v)).toBeCloseTo(linear(v), 9);
          expect(plainLog(log)(1 + v)).toBeCloseTo(log(1 + v), 9);
        },
      ),
      { seed: 5, numRuns: 500 },
    );
  });
});
