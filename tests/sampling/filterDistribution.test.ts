import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterCuts, filterDistribution, rankOrder } from '../../src/sampling';
import { expectClose, probsArb, runs, sum } from './helpers';

const probs = Float64Array.of(0.4, 0.3, 0.2, 0.1);

/** Random probs with random settings, the mask never removing all probability. */
const input = probsArb.chain((p) =>
  fc.record({
    probs: fc.constant(p),
    topK: fc.integer({ min: 0, max: p.length + 2 }),
    topP: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(1)),
    minP: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(0)),
    maskedIds: fc
      .subarray(Array.from(p.keys()))
      .filter((ids) => p.some((q, id) => q > 0 && !ids.includes(id))),
  }),
);

describe('filterDistribution', () => {
  it('filterDistribution(probs, {}) returns an equal copy', () => {
    const copy = filterDistribution(probs, {});
    expect(copy).not.toBe(probs);
    // 0.4 + 0.3 + 0.2 + 0.1 is 0.9999999999999999 in float64, so renormalizing moves the last bits.
    expectClose(copy, [0.4, 0.3, 0.2, 0.1], 15);
  });

  it('filterDistribution(probs, settings) masks before top-k', () => {
    // Masking id 0 lets id 2 into the top 2.
    expectClose(filterDistribution(probs, { maskedIds: [0], topK: 2 }), [0, 0.6, 0.4, 0]);
  });

  it('filterDistribution(probs, settings) measures top-p against what top-k kept', () => {
    // Top-2 keeps mass 0.7; 0.4 is 57% of it, past top-p 0.55, so one id stays (against the
    // original mass, 0.4 would fall short of 0.55 and two would stay).
    expectClose(filterDistribution(probs, { topK: 2, topP: 0.55 }), [1, 0, 0, 0]);
    // Mask id 0, then top-2 keeps 0.3 + 0.2; 0.3 is 60% of that, so again one id stays.
    expectClose(filterDistribution(probs, { maskedIds: [0], topK: 2, topP: 0.55 }), [0, 1, 0, 0]);
  });

  it('filterDistribution(probs, settings) applies min-p to the survivors of top-p', () => {
    // Top-3 then top-p 0.95 keeps 0.4, 0.3, 0.2; min-p 0.6 needs p ≥ 0.24.
    const filtered = filterDistribution(probs, { topK: 3, topP: 0.95, minP: 0.6 });
    expectClose(filtered, [4 / 7, 3 / 7, 0, 0]);
  });

  it('filterDistribution(probs, settings, order) uses the given rank order', () => {
    const order = rankOrder(probs);
    expectClose(filterDistribution(probs, { topK: 1 }, order), [1, 0, 0, 0]);
    expect(() => filterDistribution(probs, {}, Uint32Array.of(0, 1))).toThrow(RangeError);
  });

  it('filterDistribution(probs, settings) throws when the mask removes everything', () => {
    expect(() => filterDistribution(probs, { maskedIds: [0, 1, 2, 3] })).toThrow(
      /every token is masked/,
    );
    const zeroTail = Float64Array.of(1, 0, 0);
    expect(() => filterDistribution(zeroTail, { maskedIds: [0] })).toThrow(/probability 0/);
  });

  it('filterDistribution(empty, {}) throws', () => {
    expect(() => filterDistribution(new Float64Array(0), {})).toThrow(/empty/);
  });

  it('filterDistribution(probs, settings) keeps a subset in proportion, summing to 1', () => {
    fc.assert(
      fc.property(input, ({ probs: p, ...settings }) => {
        const before = Float64Array.from(p);
        const filtered = filterDistribution(p, settings);
        expect(Array.from(p)).toEqual(Array.from(before));
        expect(Math.abs(sum(filtered) - 1)).toBeLessThanOrEqual(1e-9);
        const keptIds = Array.from(filtered.keys()).filter((id) => filtered[id] > 0);
        expect(keptIds.length).toBeGreaterThan(0);
        const keptMass = sum(keptIds.map((id) => p[id]));
        for (const id of keptIds) {
          expect(settings.maskedIds.includes(id)).toBe(false);
          expect(filtered[id]).toBeCloseTo(p[id] / keptMass, 12);
        }
        const top = rankOrder(p).find((id) => !settings.maskedIds.includes(id));
        expect(top !== undefined && filtered[top] > 0).toBe(true);
      }),
      runs,
    );
  });

  it('filterDistribution(probs, {topK}) keeps exactly min(k, positive unmasked) ids', () => {
    fc.assert(
      fc.property(input, ({ probs: p, topK, maskedIds }) => {
        const filtered = filterDistribution(p, { topK, maskedIds });
        const positive = Array.from(p.keys()).filter((id) => p[id] > 0 && !maskedIds.includes(id));
        const expected = topK === 0 ? positive.length : Math.min(topK, positive.length);
        expect(filtered.filter((q) => q > 0).length).toBe(expected);
      }),
      runs,
    );
  });

  it('filterDistribution(probs, settings) agrees with the cuts that filterCuts reports', () => {
    fc.assert(
      fc.property(input, ({ probs: p, ...settings }) => {
        const order = rankOrder(p);
        const cuts = filterCuts(p, order, settings);
        const filtered = filterDistribution(p, settings, order);
        const keptRanks = Array.from(order.keys()).filter((rank) => filtered[order[rank]] > 0);
        expect(keptRanks.length).toBeLessThanOrEqual(cuts.minP.kept);
        expect(Math.max(...keptRanks)).toBeLessThan(cuts.minP.rankEnd);
        expect(cuts.mask.kept).toBe(p.length - settings.maskedIds.length);
        expect(cuts.mask.kept).toBeGreaterThanOrEqual(cuts.topK.kept);
        expect(cuts.topK.kept).toBeGreaterThanOrEqual(cuts.topP.kept);
        expect(cuts.topP.kept).toBeGreaterThanOrEqual(cuts.minP.kept);
        expect(cuts.minP.kept).toBeGreaterThanOrEqual(1);
      }),
      runs,
    );
  });
});
