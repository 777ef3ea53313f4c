import { describe, expect, it } from 'vitest';
import { distribution } from '../../src/model/distribution';
import { trainModel } from '../../src/model/trainModel';
import { bufferRing } from '../../src/store/bufferRing';
import { createExplorerStore } from '../../src/store/createExplorerStore';

describe('bufferRing', () => {
  it('bufferRing(n) hands out n distinct buffers in rotation and starts over for a new length', () => {
    const next = bufferRing(3);
    const [a, b, c, d] = [next(4), next(4), next(4), next(4)];
    expect(new Set([a, b, c]).size).toBe(3);
    expect(d).toBe(a);
    expect(next(5).length).toBe(5);
  });

  it('a store reusing buffers still shows each step the distribution of its own context', () => {
    const model = trainModel(['a b c a b d', 'b c a d d a'], {
      tokenizer: 'whitespace',
      order: 2,
      smoothing: 'kn',
      discount: 0.75,
      k: 1,
      vocabSize: 10,
      minCount: 1,
    });
    const store = createExplorerStore({ model, modelId: 'm', prompt: 'a' });
    const seen = new Set<Float64Array>();
    for (let i = 0; i < 12; i++) {
      store.getState().step();
      store.getState().setTemperature(0.5 + (i % 3) * 0.5);
      const s = store.getState();
      seen.add(s.modelProbs);
      expect(Array.from(s.modelProbs)).toEqual(Array.from(distribution(model, s.contextIds)));
      expect(s.probs.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    }
    expect(seen.size).toBeLessThanOrEqual(4);
  });
});
