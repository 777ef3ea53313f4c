import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropyBits } from '../../src/sampling/entropyBits';
import { rankOrder } from '../../src/sampling/rankOrder';
import { temperedWithEntropy } from '../../src/sampling/temperedWithEntropy';
import { propertyRuns } from '../app/propertyRuns';
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
