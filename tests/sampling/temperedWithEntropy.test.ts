import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropyBits } from '../../src/sampling/entropyBits';
import { logitRuns } from '../../src/sampling/logitRuns';
import { rankOrder } from '../../src/sampling/rankOrder';
import { temperedWithEntropy } from '../../src/sampling/temperedWithEntropy';
import { propertyRuns } from '../propertyRuns';
import { referenceTempered } from './reference';

describe('temperedWithEntropy', () => {
  it('temperedWithEntropy(logits, T, masked, order) equals the plain softmax and its entropy', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { minLength: 2, maxLength: 40 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.boolean(),
        (weights, temperature, mask) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const logits = Float64Array.from(weights, (w) => Math.log(w / total));
          const order = rankOrder(logits);
          const masked = mask ? [order[0]] : [];
          const fast = temperedWithEntropy(logits, temperature, masked, order);
          const slow = referenceTempered(logits, temperature, masked);
          for (let i = 0; i < logits.length; i++) expect(fast.probs[i]).toBeCloseTo(slow[i], 12);
          expect(fast.entropyBits).toBeCloseTo(entropyBits(slow), 9);
        },
      ),
      { seed: 4, numRuns: propertyRuns(300) },
    );
  });

  it('equals the plain softmax when most outcomes share a few values, some of them 0 (as n-grams do)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<number>(0, 1, 2, 3, 7, 50), { minLength: 2, maxLength: 200 }),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.boolean(),
        (counts, temperature, mask) => {
          fc.pre(counts.some((c) => c > 0));
          const total = counts.reduce((a, b) => a + b, 0);
          const logits = Float64Array.from(counts, (c) => Math.log(c / total));
          const order = rankOrder(logits);
          const masked = mask ? [order[0]] : [];
          fc.pre(!mask || counts.filter((c) => c > 0).length > 1);
          const fast = temperedWithEntropy(logits, temperature, masked, order);
          const slow = referenceTempered(logits, temperature, masked);
          for (let i = 0; i < logits.length; i++) expect(fast.probs[i]).toBeCloseTo(slow[i], 12);
          expect(fast.entropyBits).toBeCloseTo(entropyBits(slow), 9);
        },
      ),
      { seed: 9, numRuns: propertyRuns(300) },
    );
  });

  it('temperedWithEntropy(logits, 0, [top]) is one-hot on the best unmasked id', () => {
    const logits = Float64Array.of(Math.log(0.5), Math.log(0.3), Math.log(0.2));
    const { probs, entropyBits: h } = temperedWithEntropy(logits, 0, [0], rankOrder(logits));
    expect(Array.from(probs)).toEqual([0, 1, 0]);
    expect(h).toBe(0);
  });
});

describe('temperedWithEntropy at T = 1', () => {
  it('temperedWithEntropy(logits, 1, masked, order, probs) uses the probabilities and agrees with exp', () => {
    const probs = Float64Array.of(0.4, 0.3, 0.2, 0.1);
    const logits = probs.map(Math.log);
    const order = rankOrder(probs);
    const direct = temperedWithEntropy(logits, 1, [1], order, probs);
    const viaExp = temperedWithEntropy(logits, 1, [1], order);
    expect(direct.probs[1]).toBe(0);
    for (let i = 0; i < 4; i++) expect(direct.probs[i]).toBeCloseTo(viaExp.probs[i], 15);
    expect(direct.probs[0]).toBeCloseTo(0.4 / 0.7, 15);
    expect(direct.entropyBits).toBeCloseTo(entropyBits(viaExp.probs), 12);
  });
});

describe('logitRuns', () => {
  it('ends each run of equal logits along the order, the last at its length', () => {
    const logits = Float64Array.of(-1, -2, -1, Number.NEGATIVE_INFINITY, -2, -0.5);
    const order = rankOrder(logits);
    // Ranked: -0.5 | -1, -1 | -2, -2 | -Infinity
    expect(Array.from(logitRuns(logits, order))).toEqual([1, 3, 5, 6]);
    expect(Array.from(logitRuns(new Float64Array(0), new Uint32Array(0)))).toEqual([]);
  });

  it('temperedWithEntropy gives the same numbers with the runs given as when it finds them', () => {
    const counts = [5, 3, 3, 1, 1, 1, 1, 0, 0, 2];
    const total = counts.reduce((a, b) => a + b, 0);
    const logits = Float64Array.from(counts, (c) => Math.log(c / total));
    const order = rankOrder(logits);
    const runs = logitRuns(logits, order);
    expect(runs.length).toBe(5);
    for (const t of [0.3, 1, 2.5]) {
      const given = temperedWithEntropy(logits, t, [order[0]], order, undefined, undefined, runs);
      const found = temperedWithEntropy(logits, t, [order[0]], order);
      expect(Array.from(given.probs)).toEqual(Array.from(found.probs));
      expect(given.entropyBits).toBe(found.entropyBits);
      expect(given.probs[order[0]]).toBe(0);
    }
  });
});
