import { probabilityOf } from './probabilityOf';
import type { NgramModel } from './types';

/** Cross-entropy of a model over some text, per event (each token and each segment's `<eos>`). */
export interface Score {
  /** Number of predicted events. */
  events: number;
  /** Mean of −log2 p over the events. */
  crossEntropyBits: number;
  /** 2 ^ crossEntropyBits. */
  perplexity: number;
}

/** Scores already-encoded segments (ids, out-of-vocabulary tokens as `<unk>`). */
export function scoreSegments(model: NgramModel, segments: readonly Uint32Array[]): Score {
  const eosId = model.vocab.length - 1;
  let events = 0;
  let bits = 0;
  for (const segment of segments) {
    for (let i = 0; i <= segment.length; i++) {
      const word = i < segment.length ? segment[i] : eosId;
      bits -= Math.log2(probabilityOf(model, segment.subarray(0, i), word));
      events++;
    }
  }
  const crossEntropyBits = events > 0 ? bits / events : 0;
  return { events, crossEntropyBits, perplexity: 2 ** crossEntropyBits };
}
