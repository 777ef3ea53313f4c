import { trainModel } from '../../src/model/trainModel';
import type { ModelSettings, NgramModel } from '../../src/model/types';

/** The two-segment corpus whose probabilities are worked out by hand in the tests. */
export const TINY_CORPUS = ['a b', 'b a b'];

/** Trains on TINY_CORPUS (vocabulary: b=0, a=1, <unk>=2, <eos>=3; <bos>=4). */
export function tinyModel(overrides: Partial<ModelSettings> = {}): NgramModel {
  return trainModel(TINY_CORPUS, {
    tokenizer: 'whitespace',
    order: 2,
    smoothing: 'kn',
    discount: 0.5,
    k: 1,
    vocabSize: 10,
    minCount: 1,
    ...overrides,
  });
}
