import { describe, expect, it } from 'vitest';
import { predictionEntropy } from '../../../src/lessons/scoring/predictionEntropy';
import {
  sparsePrediction,
  untouchedProbability,
} from '../../../src/lessons/scoring/sparsePrediction';
import { distribution } from '../../../src/model/distribution';
import { encodeText } from '../../../src/model/encodeText';
import { unigramLevel } from '../../../src/model/unigramLevel';
import { entropyBits } from '../../../src/sampling/entropyBits';
import { SCORING_MODELS } from './scoringModels';

const HISTORIES = ['', 'the', 'the cat', 'on the', 'zebra the', 'a dog ate'];

describe('sparsePrediction', () => {
  for (const [name, model] of Object.entries(SCORING_MODELS)) {
    it(`sparsePrediction(model, history) equals distribution exactly (${name})`, () => {
      const p1 = unigramLevel(model).probs;
      for (const text of HISTORIES) {
        const history = encodeText(model, text).ids;
        const probs = distribution(model, history);
        const prediction = sparsePrediction(model, history);
        const touched = new Set(prediction.ids);
        prediction.ids.forEach((id, i) => {
          expect(prediction.probs[i], `${text} → ${model.vocab[id]}`).toBe(probs[id]);
        });
        for (let id = 0; id < probs.length; id++) {
          if (!touched.has(id))
            expect(untouchedProbability(prediction, p1[id]), `${text} → ${id}`).toBe(probs[id]);
        }
      }
    });

    it(`predictionEntropy matches entropyBits of the distribution (${name})`, () => {
      for (const text of HISTORIES) {
        const history = encodeText(model, text).ids;
        expect(predictionEntropy(model, sparsePrediction(model, history))).toBeCloseTo(
          entropyBits(distribution(model, history)),
          9,
        );
      }
    });
  }

  it('sparsePrediction of a Kneser–Ney model touches only the successors seen above order 1', () => {
    const model = SCORING_MODELS['kn trigram'];
    const prediction = sparsePrediction(model, encodeText(model, 'the cat').ids);
    const names = Array.from(prediction.ids, (id) => model.vocab[id]).sort();
    // "cat" is followed by sat, ate and food in the corpus ("the cat" by sat and ate).
    expect(names).toEqual(['ate', 'food', 'sat']);
    expect(prediction.gammas).toHaveLength(2);
  });
});
