import { ENTROPY_PRESETS } from '../../../src/lessons/entropy/entropyPresets';
import { trainModel } from '../../../src/model/trainModel';

const text = (id: string) => ENTROPY_PRESETS.find((p) => p.id === id)?.text ?? '';

/**
 * A `word` Kneser–Ney trigram where the JSON and code presets repeat (as structured text does in a
 * real corpus) while the prose is a few unrelated sentences seen once: JSON and code should come
 * out far less uncertain than fiction.
 */
export const entropyModel = trainModel(
  [
    ...Array.from({ length: 4 }, () => text('json')),
    ...Array.from({ length: 4 }, () => text('code')),
    'The council met on Tuesday and the mayor spoke about the budget.',
    'A river ran past the village where the old dogs slept all night.',
    '"Where are you going?" she asked. "Home," he said.',
  ],
  {
    tokenizer: 'word',
    order: 3,
    smoothing: 'kn',
    discount: 0.75,
    k: 1,
    vocabSize: 400,
    minCount: 1,
  },
);
