import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProbability } from '../../src/views/format/formatProbability';
import {
  formatProbabilityShort,
  SHORT_PROBABILITY_CHARS,
} from '../../src/views/format/formatProbabilityShort';

describe('formatProbabilityShort', () => {
  it('reads like formatProbability down to 0.001 %, and "< 0.001 %" below', () => {
    expect(formatProbabilityShort(0.234)).toBe('23.4 %');
    expect(formatProbabilityShort(0.00012)).toBe('0.012 %');
    expect(formatProbabilityShort(0.00001)).toBe(formatProbability(0.00001));
    expect(formatProbabilityShort(0.0000099)).toBe('< 0.001 %');
    expect(formatProbabilityShort(1e-30)).toBe('< 0.001 %');
    expect(formatProbabilityShort(0)).toBe('0 %');
    expect(formatProbabilityShort(1)).toBe('100 %');
  });

  it('never needs more than SHORT_PROBABILITY_CHARS characters (its box has a fixed width)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        expect(formatProbabilityShort(p).length).toBeLessThanOrEqual(SHORT_PROBABILITY_CHARS);
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
});
