import { describe, expect, it } from 'vitest';
import { filterCuts, rankOrder } from '../../src/sampling';

const probs = Float64Array.of(0.1, 0.4, 0.2, 0.3);
const order = rankOrder(probs); // 1, 3, 2, 0

describe('filterCuts', () => {
  it('filterCuts(probs, order, {}) keeps everything at every stage', () => {
    const all = { kept: 4, rankEnd: 4 };
    expect(filterCuts(probs, order, {})).toEqual({ mask: all, topK: all, topP: all, minP: all });
  });

  it('filterCuts(probs, order, settings) reports how many ids each stage keeps', () => {
    // Top-3 keeps 0.4, 0.3, 0.2 (mass 0.9); top-p 0.7 needs 0.63: 0.4 + 0.3 = 0.7.
    expect(filterCuts(probs, order, { topK: 3, topP: 0.7, minP: 0.9 })).toEqual({
      mask: { kept: 4, rankEnd: 4 },
      topK: { kept: 3, rankEnd: 3 },
      topP: { kept: 2, rankEnd: 2 },
      minP: { kept: 1, rankEnd: 1 },
    });
  });

  it('filterCuts(probs, order, settings) places cuts in the full rank order when masking', () => {
    // Masking id 3 (rank 1) leaves ranks 0, 2, 3; the top 2 end at rank 2.
    expect(filterCuts(probs, order, { maskedIds: [3], topK: 2 })).toEqual({
      mask: { kept: 3, rankEnd: 4 },
      topK: { kept: 2, rankEnd: 3 },
      topP: { kept: 2, rankEnd: 3 },
      minP: { kept: 2, rankEnd: 3 },
    });
  });

  it('filterCuts(probs, order, {maskedIds}) counts a repeated id once and rejects masking all', () => {
    expect(filterCuts(probs, order, { maskedIds: [3, 3] }).mask).toEqual({ kept: 3, rankEnd: 4 });
    expect(() => filterCuts(probs, order, { maskedIds: [0, 1, 1, 2, 3] })).toThrow(
      /every token is masked/,
    );
  });

  it('filterCuts(probs, order, {topP}) cuts before zero-probability ids', () => {
    const withZero = Float64Array.of(0, 0.5, 0.5);
    const cuts = filterCuts(withZero, rankOrder(withZero), { topP: 0.999 });
    expect(cuts.topK).toEqual({ kept: 3, rankEnd: 3 });
    expect(cuts.topP).toEqual({ kept: 2, rankEnd: 2 });
  });

  it('filterCuts(probs, order, settings) rejects invalid settings with a clear message', () => {
    expect(() => filterCuts(probs, order, { topK: -2 })).toThrow(/topK/);
    expect(() => filterCuts(probs, order, { topP: 2 })).toThrow(/topP/);
    expect(() => filterCuts(probs, order, { minP: Number.NaN })).toThrow(/minP/);
    expect(() => filterCuts(probs, order, { maskedIds: [9] })).toThrow(/not a token id/);
  });
});
