import type { ModelSettings } from '../src/model/types';

/** One model shipped with the page, as built by `npm run models`. */
export interface BundledModelRecipe {
  /** Stable id, used in URLs and the Model picker. */
  id: string;
  /** File name under public/models/ (gzip-compressed: the page and the command line unpack it). */
  file: string;
  /** Name shown in the Model picker. */
  name: string;
  /** One sentence on what it is. */
  description: string;
  /** Training settings. */
  settings: ModelSettings;
  /** Keep every how-many-th prose paragraph and structured document (1 = all). */
  stride: number;
}

/** The bundled models; the first is the default. */
export const BUNDLED_MODELS: BundledModelRecipe[] = [
  {
    id: 'brown-word',
    file: 'brown-word.tsm.gz',
    name: 'Words: Brown corpus + JSON and code',
    description:
      'A word-level modified Kneser–Ney trigram of American prose (the Brown corpus) with generated JSON and code.',
    settings: {
      tokenizer: 'word',
      order: 3,
      smoothing: 'mkn',
      discount: 0.75,
      k: 1,
      vocabSize: 12000,
      minCount: 2,
    },
    stride: 1,
  },
  {
    id: 'brown-char',
    file: 'brown-char.tsm.gz',
    name: 'Characters: Brown corpus + JSON and code',
    description:
      'A character-level modified Kneser–Ney 6-gram of the same text; its whole vocabulary fits on one screen.',
    settings: {
      tokenizer: 'char',
      order: 6,
      smoothing: 'mkn',
      discount: 0.75,
      k: 1,
      vocabSize: 96,
      minCount: 2,
    },
    stride: 4,
  },
];
