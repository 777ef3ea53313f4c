import { describe, expect, it } from 'vitest';
import { explainPrediction } from '../../src/model/explainPrediction';
import { tinyModel } from './fixtures';

describe('explainPrediction', () => {
  it('explainPrediction(model, [b], eos) splits the mass between bigram, unigram and floor', () => {
    // γ2(b) = 1/3, γ1 = 0.3: bigram mass 2/3, unigram (1/3)(0.7), uniform (1/3)(0.3).
    const e = explainPrediction(tinyModel(), [0], 3);
    expect(e.orders.map((o) => [o.order, o.context, o.seen, o.total])).toEqual([
      [2, [0], true, 3],
      [1, [], true, 5],
    ]);
    expect(e.orders[0].gamma).toBeCloseTo(1 / 3, 12);
    expect(e.orders[0].share).toBeCloseTo(2 / 3, 12);
    expect(e.orders[1].share).toBeCloseTo(0.7 / 3, 12);
    expect(e.uniformShare).toBeCloseTo(0.1, 12);
    // P(eos | b) = 0.5 + (1/3)(0.1) + 0.1 / 4.
    const p = 0.5 + 0.1 / 3 + 0.025;
    expect(e.orders[0].wordShare).toBeCloseTo(0.5 / p, 12);
    expect(e.wordUniformShare).toBeCloseTo(0.025 / p, 12);
  });

  it('explainPrediction(model, [<unk>]) reports the unseen bigram context as passing everything down', () => {
    const e = explainPrediction(tinyModel(), [2]);
    expect(e.orders[0]).toMatchObject({ order: 2, seen: false, gamma: 1, share: 0 });
    expect(e.orders[1].share).toBeCloseTo(0.7, 12);
  });
});
