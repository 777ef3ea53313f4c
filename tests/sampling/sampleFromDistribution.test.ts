import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, rankOrder, sampleFromDistribution } from '../../src/sampling';
import { probsArb, runs } from './helpers';

const probs = Float64Array.of(0.5, 0, 0.3, 0.2);
const order = rankOrder(probs); // 0, 2, 3, 1

describe('sampleFromDistribution', () => {
  it('sampleFromDistribution(probs, order, u) returns the first id whose cumulative sum exceeds u', () => {
    // Cumulative along the order: 0.5 (id 0), 0.8 (id 2), 1 (id 3), 1 (id 1).
    const draws = [0, 0.49, 0.5, 0.79, 0.8, 0.999999].map((u) =>
      sampleFromDistribution(probs, order, u),
    );
    expect(draws).toEqual([0, 0, 2, 2, 3, 3]);
  });

  it('sampleFromDistribution(probs, order, u) falls back to the last possible id when u ≥ total', () => {
    // Rounded probabilities that sum to 0.6: u = 0.9 is past the end, id 1 is last with p > 0.
    const short = Float64Array.of(0.3, 0.3, 0, 0);
    expect(sampleFromDistribution(short, Uint32Array.of(0, 1, 2, 3), 0.9)).toBe(1);
  });

  it('sampleFromDistribution(probs, order, 0) skips zero-probability ids at the front', () => {
    expect(sampleFromDistribution(Float64Array.of(1, 0), Uint32Array.of(1, 0), 0)).toBe(0);
  });

  it('sampleFromDistribution(probs, order, u) rejects u outside [0, 1)', () => {
    for (const u of [1, -0.1, Number.NaN]) {
      expect(() => sampleFromDistribution(probs, order, u)).toThrow(RangeError);
    }
  });

  it('sampleFromDistribution(probs, order, u) throws when nothing has probability', () => {
    expect(() => sampleFromDistribution(new Float64Array(3), Uint32Array.of(0, 1, 2), 0.5)).toThrow(
      /every token has probability 0/,
    );
    expect(() => sampleFromDistribution(probs, Uint32Array.of(0), 0.5)).toThrow(RangeError);
  });

  it('sampleFromDistribution(probs, order, u) never picks a zero-probability id', () => {
    const u = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    fc.assert(
      fc.property(probsArb, u, (p, draw) => {
        const id = sampleFromDistribution(p, rankOrder(p), draw);
        expect(p[id]).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('sampleFromDistribution(probs, order, u) picks the id whose CDF step contains u', () => {
    const u = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    fc.assert(
      fc.property(probsArb, u, (p, draw) => {
        const rankedIds = rankOrder(p);
        const id = sampleFromDistribution(p, rankedIds, draw);
        let before = 0;
        for (const other of rankedIds) {
          if (other === id) break;
          before += p[other];
        }
        expect(before).toBeLessThanOrEqual(draw);
        if (before + p[id] < 1 - 1e-12) expect(before + p[id]).toBeGreaterThan(draw);
      }),
      runs,
    );
  });

  it('sampleFromDistribution(probs, order, rng.nextFloat()) matches the probabilities', () => {
    const rng = createRng(7);
    const counts = [0, 0, 0, 0];
    const draws = 20000;
    for (let i = 0; i < draws; i++) counts[sampleFromDistribution(probs, order, rng.nextFloat())]++;
    expect(counts[1]).toBe(0);
    expect(counts[0] / draws).toBeCloseTo(0.5, 1);
    expect(counts[2] / draws).toBeCloseTo(0.3, 1);
    expect(counts[3] / draws).toBeCloseTo(0.2, 1);
  });
});
