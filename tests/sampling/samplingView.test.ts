import { describe, expect, it } from 'vitest';
import { entropyBits } from '../../src/sampling/entropyBits';
import { rankOrder } from '../../src/sampling/rankOrder';
import { samplingView } from '../../src/sampling/samplingView';
import { referenceSampling } from './reference';

const modelProbs = Float64Array.of(0.05, 0.35, 0.1, 0.25, 0.15, 0.1);
const logits = modelProbs.map(Math.log);
const order = rankOrder(modelProbs);

describe('samplingView', () => {
  it('samplingView(...) draws from the same distribution as the plain mask, softmax and filters', () => {
    for (const settings of [
      { temperature: 0.7, maskedIds: [1] },
      { temperature: 1.8, topK: 3, maskedIds: [] },
      { temperature: 1, topP: 0.5, maskedIds: [3] },
      { temperature: 0, minP: 0.2, maskedIds: [1] },
    ]) {
      const view = samplingView(modelProbs, logits, order, settings);
      const reference = referenceSampling(logits, settings, order);
      for (let i = 0; i < 6; i++) expect(view.probs[i]).toBeCloseTo(reference[i], 14);
      expect(view.entropyBits).toBeCloseTo(entropyBits(reference), 12);
    }
  });

  it('samplingView(...) reports the top-k cut in rank positions, counting masked ranks', () => {
    const view = samplingView(modelProbs, logits, order, {
      temperature: 1,
      topK: 2,
      maskedIds: [1],
    });
    // Rank order: 1, 3, 4, 2|5, 0; id 1 is masked, so top-2 keeps ids 3 and 4, ending at rank 3.
    expect(view.cuts.topK).toEqual({ kept: 2, rankEnd: 3 });
  });
});
