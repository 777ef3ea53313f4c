import { describe, expect, it } from 'vitest';
import { sparsePrediction } from '../../../src/lessons/scoring/sparsePrediction';
import { targetRank } from '../../../src/lessons/scoring/targetRank';
import { distribution } from '../../../src/model/distribution';
import { encodeText } from '../../../src/model/encodeText';
import { rankByProbability } from '../../../src/model/rankByProbability';
import { trainModel } from '../../../src/model/trainModel';
import { SCORING_MODELS } from './scoringModels';

describe('targetRank', () => {
  for (const [name, model] of Object.entries(SCORING_MODELS)) {
    it(`targetRank equals the position in rankByProbability for every outcome (${name})`, () => {
      for (const text of ['', 'the', 'the cat', 'on the', 'zebra the']) {
        const history = encodeText(model, text).ids;
        const probs = distribution(model, history);
        const order = rankByProbability(model, history, probs);
        const prediction = sparsePrediction(model, history);
        for (let id = 0; id < probs.length; id++) {
          const rank = targetRank(model, prediction, id, probs[id]);
          expect(rank, `${text} → ${model.vocab[id]}`).toBe(order.indexOf(id) + 1);
        }
      }
    });
  }

  it('targetRank breaks ties by ascending id (hand-computed addk unigram)', () => {
    // Counts a:2, b:1, c:1, <eos>:1 with k = 1: a = 3/10, b = c = <eos> = 2/10, <unk> = 1/10.
    const model = trainModel(['a a b c'], {
      tokenizer: 'whitespace',
      order: 1,
      smoothing: 'addk',
      discount: 0.75,
      k: 1,
      vocabSize: 10,
      minCount: 1,
    });
    expect(model.vocab).toEqual(['a', 'b', 'c', '<unk>', '<eos>']);
    const prediction = sparsePrediction(model, []);
    const ranks = [0, 1, 2, 3, 4].map((id) =>
      targetRank(model, prediction, id, prediction.probs[id]),
    );
    expect(ranks).toEqual([1, 2, 3, 5, 4]);
  });
});
