import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distribution } from '../../src/model/distribution';
import { rankByProbability } from '../../src/model/rankByProbability';
import { trainModel } from '../../src/model/trainModel';
import type { Smoothing } from '../../src/model/types';
import { rankOrder } from '../../src/sampling/rankOrder';
import { propertyRuns } from '../propertyRuns';

describe('rankByProbability', () => {
  it('rankByProbability(model, history, probs) equals a full sort for any model and context', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 15 }), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom<Smoothing>('kn', 'mkn', 'addk', 'mle'),
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }),
        (segments, order, smoothing, ids) => {
          const text = segments.map((s) => s.join(' '));
          fc.pre(text.some((t) => t !== ''));
          const model = trainModel(text, {
            tokenizer: 'whitespace',
            order,
            smoothing,
            discount: 0.75,
            k: 1,
            vocabSize: 5,
            minCount: 1,
          });
          const history = ids.map((id) => id % model.vocab.length);
          const probs = distribution(model, history);
          expect(Array.from(rankByProbability(model, history, probs))).toEqual(
            Array.from(rankOrder(probs)),
          );
        },
      ),
      { seed: 5, numRuns: propertyRuns(300) },
    );
  });

  it('rankByProbability ranks each of several contexts in a row as a full sort does', () => {
    const text = ['a b c a b d', 'b c d e a', 'c a b a e e d'];
    const model = trainModel(text, {
      tokenizer: 'whitespace',
      order: 3,
      smoothing: 'kn',
      discount: 0.75,
      k: 1,
      vocabSize: 5,
      minCount: 1,
    });
    // Different contexts touch different outcomes: none may carry over to the next call.
    for (const history of [[0, 1], [2], [3, 4], [0, 1], [], [4, 4]]) {
      const probs = distribution(model, history);
      expect(Array.from(rankByProbability(model, history, probs))).toEqual(
        Array.from(rankOrder(probs)),
      );
    }
  });
});
