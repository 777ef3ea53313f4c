import type { ModelSettings } from './types';

/** Settings used where a caller gives none: a word-level modified Kneser–Ney trigram. */
export const defaultSettings: ModelSettings = {
  tokenizer: 'word',
  order: 3,
  smoothing: 'mkn',
  discount: 0.75,
  k: 1,
  vocabSize: 8000,
  minCount: 1,
};
