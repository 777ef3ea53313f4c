import type { ModelSettings } from '../types';

const TOKENIZERS: readonly string[] = ['word', 'char', 'whitespace'];
const SMOOTHINGS: readonly string[] = ['kn', 'mkn', 'mle', 'addk'];
const MAX_ORDER = 6;

/** Describes the first field of `settings` with an impossible value, or returns undefined. */
export function findSettingsProblem(settings: ModelSettings): string | undefined {
  const { tokenizer, order, smoothing, discount, k, vocabSize, minCount } = settings;
  if (!TOKENIZERS.includes(tokenizer)) {
    return `the tokenizer ${JSON.stringify(tokenizer)} is not one of ${TOKENIZERS.join(', ')}`;
  }
  if (!SMOOTHINGS.includes(smoothing)) {
    return `the smoothing ${JSON.stringify(smoothing)} is not one of ${SMOOTHINGS.join(', ')}`;
  }
  if (!Number.isInteger(order) || order < 1 || order > MAX_ORDER) {
    return `the order ${order} is not an integer from 1 to ${MAX_ORDER}`;
  }
  if (!(discount >= 0 && discount <= 1)) return `the discount ${discount} is not in [0, 1]`;
  if (!(k > 0 && Number.isFinite(k))) return `the add-k pseudo-count ${k} is not a positive number`;
  if (!Number.isSafeInteger(vocabSize) || vocabSize < 0) {
    return `the vocabulary size ${vocabSize} is not a non-negative integer`;
  }
  if (!Number.isSafeInteger(minCount) || minCount < 1) {
    return `the minimum count ${minCount} is not a positive integer`;
  }
  return undefined;
}
