import { describe, expect, it } from 'vitest';
import { readBrownEvalSplit } from '../../scripts/corpus';
import { encodeText, tokenIndex } from '../../src/model/encodeText';
import { scoreSegments } from '../../src/model/scoreSegments';
import { trainModel } from '../../src/model/trainModel';
import type { Smoothing } from '../../src/model/types';

const { train, heldOut } = readBrownEvalSplit();

function heldOutPerplexity(smoothing: Smoothing): number {
  const model = trainModel(train, {
    tokenizer: 'whitespace',
    order: 3,
    smoothing,
    discount: 0.75,
    k: 1,
    vocabSize: 8000,
    minCount: 1,
  });
  const index = tokenIndex(model);
  return scoreSegments(
    model,
    heldOut.map((s) => encodeText(model, s, index).ids),
  ).perplexity;
}

// Reference figures from an independent implementation of the same specification (ARCHITECTURE.md).
describe('Brown held-out perplexity', () => {
  it('a kn trigram (D = 0.75) scores 134.9 ± 0.5', () => {
    expect(Math.abs(heldOutPerplexity('kn') - 134.9)).toBeLessThan(0.5);
  }, 60_000);

  it('an mkn trigram scores 128.8 ± 0.5', () => {
    expect(Math.abs(heldOutPerplexity('mkn') - 128.8)).toBeLessThan(0.5);
  }, 60_000);
});
