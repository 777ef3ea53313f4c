import { trainModel } from '../../../src/model/trainModel';
import type { ModelSettings, NgramModel } from '../../../src/model/types';

const CORPUS = [
  'the cat sat on the mat .',
  'the dog sat on the log .',
  'the cat ate the fish .',
  'a dog ate the cat food .',
  'the mat was on the floor .',
  'a zebra',
];

/** A whitespace model of a small corpus with the given settings. */
function corpusModel(overrides: Partial<ModelSettings>): NgramModel {
  return trainModel(CORPUS, {
    tokenizer: 'whitespace',
    order: 3,
    smoothing: 'kn',
    discount: 0.75,
    k: 1,
    vocabSize: 50,
    minCount: 1,
    ...overrides,
  });
}

/** Models covering every smoothing, orders 1 to 4 and pruning, for the maths tests. */
export const SCORING_MODELS: Record<string, NgramModel> = {
  'kn trigram': corpusModel({}),
  'mkn trigram, pruned': corpusModel({ smoothing: 'mkn', minCount: 2 }),
  'kn 4-gram, small vocabulary': corpusModel({ order: 4, vocabSize: 6 }),
  'kn unigram': corpusModel({ order: 1 }),
  'addk bigram': corpusModel({ smoothing: 'addk', order: 2, k: 0.5 }),
  'mle bigram': corpusModel({ smoothing: 'mle', order: 2 }),
};

/** Text to score with those models: seen and unseen contexts, an unknown word, two segments. */
export const SCORING_TEXT = 'the cat sat on the log .\n\nthe zebra ate a fish on the mat .';
