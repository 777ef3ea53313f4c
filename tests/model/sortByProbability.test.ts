import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByProbability } from '../../src/model/sortByProbability';
import { rankOrder } from '../../src/sampling/rankOrder';
import { propertyRuns } from '../propertyRuns';

describe('sortByProbability', () => {
  it('sortByProbability(ids, probs) equals a comparator sort, with ties and near-ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 600, maxLength: 1500 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (levels, seed) => {
          // Few distinct levels (many exact ties), each nudged by less than 2^-30 relative for some ids.
          const probs = Float64Array.from(levels, (level, i) => {
            const base = (level + 1) / 64;
            return (seed + i) % 3 === 0 ? base * (1 + 2 ** -40 * (i % 7)) : base;
          });
          const ids = Uint32Array.from(probs.keys());
          expect(Array.from(sortByProbability(ids, probs))).toEqual(Array.from(rankOrder(probs)));
        },
      ),
      { seed: 6, numRuns: propertyRuns(60) },
    );
  });
});
