import { describe, expect, it } from 'vitest';
import { CURVE_TEMPERATURES, lossCurve } from '../../../src/lessons/scoring/lossCurve';
import { scoreText } from '../../../src/lessons/scoring/scoreText';
import { distribution } from '../../../src/model/distribution';
import { trainModel } from '../../../src/model/trainModel';
import type { NgramModel } from '../../../src/model/types';
import { softmaxWithTemperature } from '../../../src/sampling/softmaxWithTemperature';
import { SCORING_MODELS, SCORING_TEXT } from './scoringModels';

/** The mean loss at T by brute force: the whole softmax(ln p / T) at every event. */
function bruteForceLoss(model: NgramModel, text: string, temperature: number): number {
  const { tokens } = scoreText(model, text);
  let total = 0;
  for (const t of tokens) {
    const probs = distribution(model, t.segmentIds.subarray(0, t.index));
    const tempered = softmaxWithTemperature(probs.map(Math.log), temperature);
    total -= Math.log2(tempered[t.id]);
  }
  return total / tokens.length;
}

const eventsOf = (model: NgramModel, text: string) =>
  scoreText(model, text).tokens.map((t) => ({
    history: t.segmentIds.subarray(0, t.index),
    probability: t.probability,
  }));

describe('lossCurve', () => {
  it('lossCurve on a hand-computed mle unigram: p = (½, ¼, ¼) gives log2(3/2) bits at T = ½', () => {
    // Counts a:2, b:1, <eos>:1, so p(a) = 1/2, p(b) = p(<eos>) = 1/4, p(<unk>) = 0. At T = 1/2
    // the weights are p² = 1/4, 1/16, 1/16: p_T(a) = (1/4)/(3/8) = 2/3, a loss of log2(3/2).
    const model = trainModel(['a a b'], {
      tokenizer: 'whitespace',
      order: 1,
      smoothing: 'mle',
      discount: 0.75,
      k: 1,
      vocabSize: 10,
      minCount: 1,
    });
    const curve = lossCurve(model, [{ history: [], probability: 0.5 }], [0.5, 1, 2]);
    expect(curve.bits[0]).toBeCloseTo(Math.log2(3 / 2), 12);
    expect(curve.bits[1]).toBeCloseTo(1, 12);
    // T = 2: weights √p = 0.7071, 0.5, 0.5 → p_T(a) = 0.7071 / 1.7071.
    expect(curve.bits[2]).toBeCloseTo(-Math.log2(Math.SQRT1_2 / (Math.SQRT1_2 + 1)), 12);
    expect(curve.events).toBe(1);
  });

  for (const [name, model] of Object.entries(SCORING_MODELS)) {
    if (model.settings.smoothing === 'mle') continue;
    it(`lossCurve matches a brute-force softmax at every temperature (${name})`, () => {
      const curve = lossCurve(model, eventsOf(model, SCORING_TEXT));
      CURVE_TEMPERATURES.forEach((t, i) => {
        expect(curve.bits[i], `T = ${t}`).toBeCloseTo(bruteForceLoss(model, SCORING_TEXT, t), 9);
      });
    });

    it(`lossCurve at T = 1 equals the text's cross-entropy (${name})`, () => {
      const { score } = scoreText(model, SCORING_TEXT);
      const curve = lossCurve(model, eventsOf(model, SCORING_TEXT));
      expect(curve.bits[CURVE_TEMPERATURES.indexOf(1)]).toBeCloseTo(score.crossEntropyBits, 9);
    });
  }

  it('CURVE_TEMPERATURES runs from 0.1 to 3 in 30 steps and holds T = 1 exactly', () => {
    expect(CURVE_TEMPERATURES).toHaveLength(30);
    expect(CURVE_TEMPERATURES[0]).toBe(0.1);
    expect(CURVE_TEMPERATURES[29]).toBe(3);
    expect(CURVE_TEMPERATURES.indexOf(1)).toBe(9);
  });

  it('lossCurve of no events is 0 everywhere', () => {
    const curve = lossCurve(SCORING_MODELS['kn trigram'], []);
    expect(Array.from(curve.bits).every((b) => b === 0)).toBe(true);
    expect(curve.events).toBe(0);
  });
});
