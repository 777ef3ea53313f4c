import { describe, expect, it } from 'vitest';
import { distribution } from '../../src/model/distribution';
import { modifiedDiscounts } from '../../src/model/modifiedDiscounts';
import { probabilityOf } from '../../src/model/probabilityOf';
import { tinyModel } from './fixtures';

// Ids in the tiny model: b = 0, a = 1, <unk> = 2, <eos> = 3; <bos> = 4.
const B = 0;
const A = 1;

function expectClose(actual: Float64Array, expected: number[]) {
  expect(actual.length).toBe(expected.length);
  for (const [i, p] of expected.entries()) expect(actual[i]).toBeCloseTo(p, 12);
}

describe('distribution with kn', () => {
  it('distribution(model, [b]) matches the hand-computed bigram (D = 0.5)', () => {
    // P1 = continuation counts b:2, a:2, eos:1 (T = 5, γ = 0.3); P2(·|b): eos 2, a 1 (T = 3, γ = 1/3).
    expectClose(distribution(tinyModel(), [B]), [0.125, 0.5 / 3 + 0.125, 0.025, 0.5 + 0.175 / 3]);
  });

  it('distribution(model, []) uses the <bos> context', () => {
    // After <bos>: a 1, b 1 (T = 2, γ = 0.5).
    expectClose(distribution(tinyModel(), []), [0.4375, 0.4375, 0.0375, 0.0875]);
  });

  it('distribution(model, [<unk>]) backs off to the continuation unigram', () => {
    expectClose(distribution(tinyModel(), [2]), [0.375, 0.375, 0.075, 0.175]);
  });

  it('distribution(model, history) keeps only the last n − 1 tokens', () => {
    expect(distribution(tinyModel(), [A, A, B])).toEqual(distribution(tinyModel(), [B]));
  });
});

describe('distribution with mkn', () => {
  it('modifiedDiscounts(n1..n4) follows Chen & Goodman', () => {
    const [d1, d2, d3] = modifiedDiscounts(10, 5, 3, 2);
    expect(d1).toBeCloseTo(0.5, 12);
    expect(d2).toBeCloseTo(1.1, 12);
    expect(d3).toBeCloseTo(3 - 4 / 3, 12);
  });

  it('modifiedDiscounts(n1..n4) falls back to Y when a count-of-counts is 0', () => {
    expect(Array.from(modifiedDiscounts(1, 2, 0, 0))).toEqual([0.2, 0.2, 0.2]);
    expect(Array.from(modifiedDiscounts(0, 0, 0, 0))).toEqual([0.5, 0.5, 0.5]);
  });

  it('distribution(model, [b]) matches the hand-computed mkn bigram', () => {
    // Unigram D = 0.2 (n1 = 1, n2 = 2, n3 = 0), bigram D = 3/7 (n1 = 3, n2 = 2, n3 = 0).
    const p1 = [0.39, 0.39, 0.03, 0.19];
    const g = 2 / 7;
    expectClose(distribution(tinyModel({ smoothing: 'mkn' }), [B]), [
      g * p1[0],
      (1 - 3 / 7) / 3 + g * p1[1],
      g * p1[2],
      (2 - 3 / 7) / 3 + g * p1[3],
    ]);
  });
});

describe('distribution with mle and addk', () => {
  it("distribution(model, [b]) is c / T under 'mle'", () => {
    expectClose(distribution(tinyModel({ smoothing: 'mle' }), [B]), [0, 1 / 3, 0, 2 / 3]);
  });

  it("distribution(model, [<unk>]) under 'mle' falls back to the longest seen context", () => {
    // Raw unigram counts: b 3, a 2, eos 2 of 7.
    expectClose(distribution(tinyModel({ smoothing: 'mle' }), [2]), [3 / 7, 2 / 7, 0, 2 / 7]);
  });

  it("distribution(model, [b]) is (c + k) / (T + k·V) under 'addk'", () => {
    expectClose(distribution(tinyModel({ smoothing: 'addk', k: 1 }), [B]), [
      1 / 7,
      2 / 7,
      1 / 7,
      3 / 7,
    ]);
    expectClose(distribution(tinyModel({ smoothing: 'addk', k: 0.5 }), [B]), [0.1, 0.3, 0.1, 0.5]);
  });

  it("distribution(model, unseen) is uniform under 'addk'", () => {
    expectClose(distribution(tinyModel({ smoothing: 'addk' }), [2]), [0.25, 0.25, 0.25, 0.25]);
  });
});

describe('probabilityOf', () => {
  it('probabilityOf(model, history, w) equals distribution(model, history)[w] exactly', () => {
    for (const smoothing of ['kn', 'mkn', 'mle', 'addk'] as const) {
      const model = tinyModel({ smoothing, order: 3 });
      for (const history of [[], [B], [A, B], [2, 2], [B, A]]) {
        const p = distribution(model, history);
        for (let w = 0; w < 4; w++) expect(probabilityOf(model, history, w)).toBe(p[w]);
      }
    }
  });
});
