import { encodeText } from '../model/encodeText';
import { lastSegment } from '../model/lastSegment';
import type { NgramModel } from '../model/types';

/** The ids of the segment being continued: the prompt's last segment, then generated tokens. */
export function contextAfter(
  model: NgramModel,
  prompt: string,
  generated: readonly { id: number }[],
): Uint32Array {
  const eosId = model.vocab.length - 1;
  let lastEos = -1;
  for (let i = generated.length - 1; i >= 0; i--) {
    if (generated[i].id === eosId) {
      lastEos = i;
      break;
    }
  }
  const tail = generated.slice(lastEos + 1).map((s) => s.id);
  const head = lastEos >= 0 ? [] : Array.from(encodeText(model, lastSegment(prompt)).ids);
  return Uint32Array.from([...head, ...tail]);
}
