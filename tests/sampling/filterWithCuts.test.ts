import { describe, expect, it } from 'vitest';
import { filterCuts } from '../../src/sampling/filterCuts';
import { filterDistribution } from '../../src/sampling/filterDistribution';
import { filterWithCuts } from '../../src/sampling/filterWithCuts';
import { rankOrder } from '../../src/sampling/rankOrder';

describe('filterWithCuts', () => {
  it('filterWithCuts(probs, order, settings) equals filterDistribution and filterCuts', () => {
    const probs = Float64Array.of(0.05, 0.3, 0.1, 0.25, 0.2, 0.1);
    const order = rankOrder(probs);
    for (const settings of [
      {},
      { topK: 3, maskedIds: [1] },
      { topP: 0.6 },
      { minP: 0.5, maskedIds: [3] },
    ]) {
      const both = filterWithCuts(probs, order, settings);
      expect(Array.from(both.probs)).toEqual(
        Array.from(filterDistribution(probs, settings, order)),
      );
      expect(both.cuts).toEqual(filterCuts(probs, order, settings));
    }
  });
});
