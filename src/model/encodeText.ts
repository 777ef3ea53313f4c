import { tokenize } from './tokenize';
import type { NgramModel } from './types';

const indexes = new WeakMap<NgramModel, Map<string, number>>();

/** A map from token to id for the model's in-vocabulary tokens (not `<unk>`, `<eos>`); built once per model. */
export function tokenIndex(model: NgramModel): Map<string, number> {
  let index = indexes.get(model);
  if (!index) {
    index = new Map<string, number>();
    for (let id = 0; id < model.vocab.length - 2; id++) index.set(model.vocab[id], id);
    indexes.set(model, index);
  }
  return index;
}

/** Tokenizes text with the model's tokenizer; each token with its id (`<unk>` if unknown). */
export function encodeText(
  model: NgramModel,
  text: string,
  index = tokenIndex(model),
): { tokens: string[]; ids: Uint32Array } {
  const tokens = tokenize(text, model.settings.tokenizer);
  const unkId = model.vocab.length - 2;
  return { tokens, ids: Uint32Array.from(tokens, (t) => index.get(t) ?? unkId) };
}
