import { describe, expect, it } from 'vitest';
import { sampleFromDistribution } from '../../../src/sampling/sampleFromDistribution';
import type { Step } from '../../../src/store/types';
import { cdfSampleRanks } from '../../../src/views/chart/cdfSampleRanks';
import { cumulativeAt } from '../../../src/views/chart/cumulativeAt';
import { cumulativeSummary } from '../../../src/views/chart/cumulativeSummary';
import { dartSnapshot } from '../../../src/views/chart/DartSnapshot';
import { dartCaption } from '../../../src/views/chart/dartCaption';
import { dartLanding } from '../../../src/views/chart/dartLanding';
import { stepPath } from '../../../src/views/chart/stepPath';

const probs = Float64Array.from([0.1, 0.5, 0.4]);
const order = Uint32Array.from([1, 2, 0]);
const step = (over: Partial<Step>): Step => ({
  id: 1,
  how: 'sampled',
  u: 0.3,
  p: 0.5,
  modelP: 0.5,
  entropyBits: 1,
  alternatives: [1, 2, 0],
  ...over,
});

describe('cdfSampleRanks', () => {
  it('cdfSampleRanks(total) keeps every rank of a small vocabulary', () => {
    expect(cdfSampleRanks(6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('cdfSampleRanks(total, extra, dense, points) samples densely, then geometrically, then adds extras', () => {
    // 250^(1/6) ≈ 2.5099: 4 → 10 → 25 → 63 → 158 → 397 → 996 → 1000.
    expect(cdfSampleRanks(1000, [], 4, 10)).toEqual([1, 2, 3, 4, 10, 25, 63, 158, 397, 996, 1000]);
    expect(cdfSampleRanks(1000, [500, 10, 2000], 4, 10)).toContain(500);
    expect(cdfSampleRanks(1000, [500, 10, 2000], 4, 10)).not.toContain(2000);
    expect(cdfSampleRanks(50257).length).toBeLessThanOrEqual(330);
  });
});

describe('cumulativeAt', () => {
  it('cumulativeAt(probs, order, ranks) sums the first k outcomes in rank order', () => {
    const cum = cumulativeAt(probs, order, [1, 2, 3]);
    expect(cum[0]).toBeCloseTo(0.5, 15);
    expect(cum[1]).toBeCloseTo(0.9, 15);
    expect(cum[2]).toBeCloseTo(1, 15);
    expect(Array.from(cumulativeAt(probs, order, [2]))).toEqual([0.9]);
  });
});

describe('dartLanding', () => {
  it('dartLanding(probs, order, u) finds the first outcome whose cumulative probability exceeds u', () => {
    expect(dartLanding(probs, order, 0.3)).toEqual({ id: 1, rank: 0, before: 0, after: 0.5 });
    expect(dartLanding(probs, order, 0.5)).toMatchObject({ id: 2, rank: 1, before: 0.5 });
    expect(dartLanding(probs, order, 0.95)).toMatchObject({ id: 0, rank: 2 });
  });

  it('dartLanding(probs, order, u) skips outcomes with probability 0 and agrees with sampleFromDistribution', () => {
    const withZero = Float64Array.from([0, 0.25, 0.25, 0.5]);
    const identity = Uint32Array.from([0, 1, 2, 3]);
    expect(dartLanding(withZero, identity, 0)).toMatchObject({ id: 1, rank: 1, before: 0 });
    for (let u = 0; u < 1; u += 0.03125) {
      expect(dartLanding(withZero, identity, u)?.id).toBe(
        sampleFromDistribution(withZero, identity, u),
      );
    }
    expect(dartLanding(new Float64Array(2), Uint32Array.from([0, 1]), 0.5)).toBeNull();
  });
});

describe('dartSnapshot', () => {
  it('dartSnapshot(probs, order, step) keeps the draw and the curve it landed on', () => {
    const snapshot = dartSnapshot(probs, order, step({}));
    expect(snapshot?.u).toBe(0.3);
    expect(snapshot?.landing).toEqual({ id: 1, rank: 0, before: 0, after: 0.5 });
    expect(snapshot?.ranks).toEqual([1, 2, 3]);
  });

  it('dartSnapshot(probs, order, step) refuses a step that was not drawn from this distribution', () => {
    expect(dartSnapshot(probs, order, step({ u: null, how: 'chosen' }))).toBeNull();
    expect(dartSnapshot(probs, order, step({ id: 2, p: 0.4 }))).toBeNull();
    expect(dartSnapshot(probs, order, step({ p: 0.25 }))).toBeNull();
  });
});

describe('dartCaption', () => {
  const vocab = [' a', ' the', '.'];

  it('dartCaption(steps, lastU, dart, vocab) says where the last draw landed', () => {
    const dart = dartSnapshot(probs, order, step({}));
    expect(dartCaption([step({})], 0.3, dart, vocab)).toBe(
      "The last draw, u = 0.300 (step 1), landed on ·the (rank 1) on the dashed curve of the distribution it was drawn from; the solid curve is the next step's.",
    );
  });

  it('dartCaption(steps, lastU, dart, vocab) explains why there is no dart', () => {
    expect(dartCaption([], null, null, vocab)).toMatch(/^No draw yet\./);
    expect(dartCaption([step({ how: 'greedy', u: null })], null, null, vocab)).toBe(
      'Step 1 took the most likely outcome (T = 0): no draw.',
    );
    expect(dartCaption([step({}), step({ how: 'chosen', u: null })], null, null, vocab)).toBe(
      'Step 2 was chosen by hand: no draw.',
    );
    expect(dartCaption([step({})], 0.3, null, vocab)).toMatch(/did not see/);
  });
});

describe('cumulativeSummary', () => {
  it('cumulativeSummary(ranks, cumulative) reports the top 1, 10, 100… outcomes', () => {
    const ranks = [1, 2, 10, 50, 100, 1000];
    const cum = Float64Array.from([0.2, 0.3, 0.6, 0.8, 0.9, 0.999]);
    expect(cumulativeSummary(ranks, cum)).toBe(
      'Cumulative probability by rank, top 1: 20.0 %, top 10: 60.0 %, top 100: 90.0 %, top 1\u202f000: 99.9 %',
    );
  });
});

describe('stepPath', () => {
  it('stepPath(ranks, cumulative, x, y) rises at each rank to its cumulative probability', () => {
    const path = stepPath(
      [1, 2, 5],
      Float64Array.from([0.5, 0.75, 1]),
      (r) => r * 10,
      (p) => 100 - 100 * p,
    );
    expect(path).toBe('M10,100H10V50H20V25H50V0');
  });
});
