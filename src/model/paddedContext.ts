import type { NgramModel } from './types';

/** The id of the `<bos>` padding, one past the last outcome. */
export function bosId(model: NgramModel): number {
  return model.vocab.length;
}

/** The last n − 1 ids of a segment's history, padded on the left with `<bos>`. */
export function paddedContext(model: NgramModel, history: ArrayLike<number>): Uint32Array {
  const width = model.settings.order - 1;
  const context = new Uint32Array(width).fill(bosId(model));
  const take = Math.min(width, history.length);
  for (let j = 0; j < take; j++) context[width - take + j] = history[history.length - take + j];
  return context;
}
