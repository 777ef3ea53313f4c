import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankOrder } from '../../src/sampling';
import { probsArb, runs } from './helpers';

describe('rankOrder', () => {
  it('rankOrder(probs) lists ids by probability descending, ties by ascending id', () => {
    expect(Array.from(rankOrder(Float64Array.of(0.2, 0.5, 0.2, 0.1)))).toEqual([1, 0, 2, 3]);
    expect(Array.from(rankOrder(Float64Array.of(0, 0.25, 0, 0.25, 0.5)))).toEqual([4, 1, 3, 0, 2]);
  });

  it('rankOrder(logits) also ranks -Infinity last', () => {
    expect(Array.from(rankOrder(Float64Array.of(-Infinity, -1, -Infinity, 0)))).toEqual([
      3, 1, 0, 2,
    ]);
  });

  it('rankOrder(empty) is empty', () => {
    expect(rankOrder(new Float64Array(0)).length).toBe(0);
  });

  it('rankOrder(probs) is a permutation sorted by (−p, id)', () => {
    fc.assert(
      fc.property(probsArb, (probs) => {
        const order = rankOrder(probs);
        expect(Array.from(order).sort((a, b) => a - b)).toEqual(Array.from(probs, (_, id) => id));
        for (let rank = 1; rank < order.length; rank++) {
          const before = order[rank - 1];
          const after = order[rank];
          const inOrder =
            probs[before] > probs[after] || (probs[before] === probs[after] && before < after);
          expect(inOrder).toBe(true);
        }
      }),
      runs,
    );
  });
});
