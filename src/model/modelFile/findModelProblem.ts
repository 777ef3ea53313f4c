import type { NgramModel } from '../types';
import { findSettingsProblem } from './findSettingsProblem';
import { findTableProblem } from './findTableProblem';
import { findVocabLengthProblem } from './findVocabLengthProblem';

// With the `u` flag a surrogate pair is one code point, so this matches only lone surrogates.
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Describes the first thing that makes `model` unusable (settings, vocabulary, meta or tables),
 * or returns undefined when it is consistent.
 */
export function findModelProblem(model: NgramModel): string | undefined {
  const settingsProblem = findSettingsProblem(model.settings);
  if (settingsProblem !== undefined) return settingsProblem;
  const { vocab, tables, meta } = model;
  const vocabLengthProblem = findVocabLengthProblem(vocab.length);
  if (vocabLengthProblem !== undefined) return vocabLengthProblem;
  for (let id = 0; id < vocab.length; id++) {
    const token = vocab[id];
    if (typeof token !== 'string') return `vocabulary entry ${id} is not a string`;
    if (LONE_SURROGATE.test(token)) {
      const shown = JSON.stringify(token);
      return `vocabulary entry ${id} (${shown}) has a lone surrogate, which UTF-8 cannot hold`;
    }
  }
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value !== 'string') return `meta field ${JSON.stringify(key)} is not a string`;
  }
  if (tables.length !== model.settings.order) {
    return `there are ${tables.length} tables for a model of order ${model.settings.order}`;
  }
  for (let index = 0; index < tables.length; index++) {
    const tableProblem = findTableProblem(tables[index], index + 1, vocab.length);
    if (tableProblem !== undefined) return tableProblem;
  }
  return undefined;
}
