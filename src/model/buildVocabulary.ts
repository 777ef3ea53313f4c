import { compareCodePoints } from './compareCodePoints';
import { EOS, UNK } from './types';

/**
 * The vocabulary: the `size` most frequent tokens (ties by ascending code point), then `<unk>`
 * and `<eos>`. Fewer distinct tokens than `size` keeps them all.
 */
export function buildVocabulary(frequencies: Map<string, number>, size: number): string[] {
  const tokens = [...frequencies.keys()];
  tokens.sort((a, b) => {
    const byCount = (frequencies.get(b) ?? 0) - (frequencies.get(a) ?? 0);
    return byCount !== 0 ? byCount : compareCodePoints(a, b);
  });
  return [...tokens.slice(0, size), UNK, EOS];
}
