import { distribution } from '../../model/distribution';
import type { NgramModel } from '../../model/types';
import { entropyBits } from '../../sampling/entropyBits';

/**
 * The entropy in bits of the model's distribution before each predicted event of each segment:
 * every token, then the segment's `<eos>` (the same events `scoreSegments` scores).
 */
export function predictionEntropies(
  model: NgramModel,
  segments: readonly Uint32Array[],
): Float64Array {
  let events = 0;
  for (const segment of segments) events += segment.length + 1;
  const entropies = new Float64Array(events);
  const probs = new Float64Array(model.vocab.length);
  let at = 0;
  for (const segment of segments) {
    for (let i = 0; i <= segment.length; i++) {
      entropies[at++] = entropyBits(distribution(model, segment.subarray(0, i), probs));
    }
  }
  return entropies;
}
