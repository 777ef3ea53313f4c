import type { ModelSettings } from './types';

const TOKENIZERS = ['word', 'char', 'whitespace'];
const SMOOTHINGS = ['kn', 'mkn', 'mle', 'addk'];

/** Returns a message saying what is wrong with the settings and what to use instead, or null. */
export function validateSettings(s: ModelSettings): string | null {
  if (!TOKENIZERS.includes(s.tokenizer)) return `tokenizer must be one of ${TOKENIZERS.join(', ')}`;
  if (!SMOOTHINGS.includes(s.smoothing)) return `smoothing must be one of ${SMOOTHINGS.join(', ')}`;
  if (!Number.isInteger(s.order) || s.order < 1 || s.order > 6) {
    return 'order must be a whole number from 1 to 6';
  }
  if (!Number.isInteger(s.vocabSize) || s.vocabSize < 1) {
    return 'vocabulary size must be a whole number of at least 1';
  }
  if (!(s.discount >= 0 && s.discount <= 1)) return 'discount must be between 0 and 1';
  if (!(s.k > 0 && Number.isFinite(s.k))) return 'k must be a number greater than 0';
  if (!Number.isInteger(s.minCount) || s.minCount < 1) {
    return 'minimum count must be a whole number of at least 1';
  }
  if (s.minCount > 1 && (s.smoothing === 'mle' || s.smoothing === 'addk')) {
    return 'pruning (a minimum count above 1) needs kn or mkn smoothing, which pass the pruned mass to lower orders';
  }
  return null;
}
