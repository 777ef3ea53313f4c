import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropyBits } from '../../src/sampling/entropyBits';
import { logitRuns } from '../../src/sampling/logitRuns';
import { rankedLogits } from '../../src/sampling/rankedLogits';
import { rankOrder } from '../../src/sampling/rankOrder';
import { propertyRuns } from '../propertyRuns';

describe('rankedLogits', () => {
  it('gives exactly Math.log of every probability, the runs logitRuns finds and the entropy', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<number>(0, 1, 2, 3, 5, 8, 13, 1000), {
          minLength: 1,
          maxLength: 300,
        }),
        (counts) => {
          fc.pre(counts.some((c) => c > 0));
          const total = counts.reduce((a, b) => a + b, 0);
          const probs = Float64Array.from(counts, (c) => c / total);
          const order = rankOrder(probs);
          const ranked = rankedLogits(probs, order);
          for (let id = 0; id < probs.length; id++) {
            expect(Object.is(ranked.logits[id], Math.log(probs[id]))).toBe(true);
          }
          expect(Array.from(ranked.runEnds)).toEqual(Array.from(logitRuns(ranked.logits, order)));
          expect(ranked.entropyBits).toBeCloseTo(entropyBits(probs), 12);
        },
      ),
      { seed: 11, numRuns: propertyRuns(300) },
    );
  });

  it('writes into the buffer it is given', () => {
    const probs = Float64Array.of(0.5, 0.25, 0.25);
    const out = new Float64Array(3);
    const ranked = rankedLogits(probs, rankOrder(probs), out);
    expect(ranked.logits).toBe(out);
    expect(Array.from(ranked.runEnds)).toEqual([1, 3]);
    expect(ranked.entropyBits).toBeCloseTo(1.5, 15);
  });
});
