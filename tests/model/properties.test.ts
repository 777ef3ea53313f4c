import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distribution } from '../../src/model/distribution';
import { explainPrediction } from '../../src/model/explainPrediction';
import { probabilityOf } from '../../src/model/probabilityOf';
import { trainModel } from '../../src/model/trainModel';
import type { Smoothing } from '../../src/model/types';
import { propertyRuns } from '../propertyRuns';

const corpus = fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 12 }), {
  minLength: 1,
  maxLength: 8,
});
const settings = fc.record({
  order: fc.integer({ min: 1, max: 6 }),
  smoothing: fc.constantFrom<Smoothing>('kn', 'mkn', 'addk'),
  discount: fc.double({ min: 0, max: 1, noNaN: true }),
  vocabSize: fc.integer({ min: 1, max: 6 }),
  minCount: fc.integer({ min: 1, max: 3 }),
});
const history = fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 8 });

describe('model properties', () => {
  it('distribution(model, history) sums to 1 for any corpus, settings and context', () => {
    fc.assert(
      fc.property(corpus, settings, history, (segments, s, ids) => {
        const text = segments.map((tokens) => tokens.join(' '));
        fc.pre(text.some((t) => t !== ''));
        const minCount = s.smoothing === 'addk' ? 1 : s.minCount;
        const model = trainModel(text, { ...s, minCount, tokenizer: 'whitespace', k: 0.5 });
        const vocabIds = ids.map((id) => id % model.vocab.length);
        const p = distribution(model, vocabIds);
        expect(p.length).toBe(model.vocab.length);
        expect(Math.abs(p.reduce((sum, x) => sum + x, 0) - 1)).toBeLessThan(1e-9);
        for (const x of p) expect(x).toBeGreaterThanOrEqual(0);
        const w = vocabIds.length % model.vocab.length;
        expect(probabilityOf(model, vocabIds, w)).toBe(p[w]);
      }),
      { seed: 1, numRuns: propertyRuns(300) },
    );
  });

  it('explainPrediction(model, history, w) shares add up to 1 for the mass and the word', () => {
    fc.assert(
      fc.property(corpus, settings, history, (segments, s, ids) => {
        const text = segments.map((tokens) => tokens.join(' '));
        fc.pre(text.some((t) => t !== ''));
        const minCount = s.smoothing === 'addk' ? 1 : s.minCount;
        const model = trainModel(text, { ...s, minCount, tokenizer: 'whitespace', k: 0.5 });
        const vocabIds = ids.map((id) => id % model.vocab.length);
        const w = vocabIds.length % model.vocab.length;
        const e = explainPrediction(model, vocabIds, w);
        const mass = e.orders.reduce((sum, o) => sum + o.share, e.uniformShare);
        const wordMass = e.orders.reduce((sum, o) => sum + o.wordShare, e.wordUniformShare);
        expect(mass).toBeCloseTo(1, 9);
        if (probabilityOf(model, vocabIds, w) > 0) expect(wordMass).toBeCloseTo(1, 9);
        expect(e.orders.map((o) => o.order)).toEqual(
          Array.from({ length: s.order }, (_, i) => s.order - i),
        );
      }),
      { seed: 2, numRuns: propertyRuns(200) },
    );
  });
});
