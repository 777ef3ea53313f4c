import { distribution } from '../model/distribution';
import { encodeText } from '../model/encodeText';
import { lastSegment } from '../model/lastSegment';
import type { NgramModel } from '../model/types';
import { entropyBits } from '../sampling/entropyBits';
import { rankOrder } from '../sampling/rankOrder';

/** The most likely next tokens after a prompt, with the entropy of the whole distribution. */
export function topOutcomes(model: NgramModel, prompt: string, count: number) {
  const probs = distribution(model, encodeText(model, lastSegment(prompt)).ids);
  const order = rankOrder(probs);
  const top = Array.from(order.subarray(0, count), (id) => ({
    id,
    token: model.vocab[id],
    p: probs[id],
  }));
  return { top, entropyBits: entropyBits(probs), vocabSize: probs.length };
}
