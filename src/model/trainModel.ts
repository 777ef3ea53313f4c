import { buildOrderTable } from './buildOrderTable';
import { buildVocabulary } from './buildVocabulary';
import { countNgrams } from './countNgrams';
import { tokenizeSegments } from './tokenizeSegments';
import type { OnTrainingProgress } from './trainingProgress';
import type { ModelSettings, NgramModel } from './types';
import { validateSettings } from './validateSettings';

/** An error in the training input or settings, with a message a person can act on. */
export class TrainingError extends Error {
  override name = 'TrainingError';
}

/**
 * Trains an n-gram model on segments of text (see `splitSegments`): builds the vocabulary,
 * maps tokens outside it to `<unk>`, and counts every order. `onProgress`, when given, hears
 * each phase as it starts and how many code units are tokenized.
 */
export function trainModel(
  segments: readonly string[],
  settings: ModelSettings,
  meta: Record<string, string> = {},
  onProgress?: OnTrainingProgress,
): NgramModel {
  const problem = validateSettings(settings);
  if (problem) throw new TrainingError(`Invalid settings: ${problem}.`);
  const tokenized = tokenizeSegments(segments, settings.tokenizer, onProgress);
  onProgress?.({ phase: 'counting', done: 0, total: 1 });
  const frequencies = new Map<string, number>();
  for (const tokens of tokenized) {
    for (const token of tokens) frequencies.set(token, (frequencies.get(token) ?? 0) + 1);
  }
  if (frequencies.size === 0) {
    throw new TrainingError('The training text has no tokens: give it some text to learn from.');
  }
  const vocab = buildVocabulary(frequencies, settings.vocabSize);
  const unkId = vocab.length - 2;
  const eosId = vocab.length - 1;
  const ids = new Map<string, number>();
  for (let id = 0; id < unkId; id++) ids.set(vocab[id], id);
  const encoded = tokenized.map((tokens) => Uint32Array.from(tokens, (t) => ids.get(t) ?? unkId));
  const ngrams = countNgrams(encoded, settings.order, vocab.length, eosId);
  const tables = ngrams.map((counts, k) => {
    onProgress?.({ phase: 'smoothing', done: k, total: ngrams.length });
    return buildOrderTable(counts, settings);
  });
  return { settings: { ...settings }, vocab, tables, meta: { ...meta } };
}
