import { encodeText, tokenIndex } from '../../model/encodeText';
import { scoreSegments } from '../../model/scoreSegments';
import { splitSegments } from '../../model/splitSegments';
import type { NgramModel } from '../../model/types';
import { meanEntropy } from './meanEntropy';
import { predictionEntropies } from './predictionEntropies';

/** One predicted event of a measured text: a token or a segment's end. */
export interface MeasuredToken {
  /** The token as written (empty for the end of a segment). */
  token: string;
  /** Whether the model maps the token to `<unk>`, ends a segment with `<eos>`, or neither. */
  special: 'unk' | 'eos' | null;
  /** Entropy in bits of the prediction made just before this event. */
  entropyBits: number;
}

/** How predictable a text is to the model. */
export interface TextMeasure {
  /** Predicted events: tokens plus one `<eos>` per segment. */
  events: number;
  /** Mean over the events of the entropy of the prediction before each. */
  meanEntropyBits: number;
  /** Cross-entropy: mean −log2 p of the actual events, exactly as `scoreSegments` computes it. */
  bitsPerToken: number;
  /** Every event in order, segment by segment. */
  tokens: MeasuredToken[];
}

/** Splits text into segments as in training, encodes them, and measures entropy and bits per token. */
export function measureText(model: NgramModel, text: string): TextMeasure {
  const index = tokenIndex(model);
  const unkId = model.vocab.length - 2;
  const encoded = splitSegments(text).map((segment) => encodeText(model, segment, index));
  const segments = encoded.map((e) => e.ids);
  const entropies = predictionEntropies(model, segments);
  const tokens: MeasuredToken[] = [];
  for (const { tokens: words, ids } of encoded) {
    words.forEach((token, i) => {
      const special = ids[i] === unkId ? 'unk' : null;
      tokens.push({ token, special, entropyBits: entropies[tokens.length] });
    });
    tokens.push({ token: '', special: 'eos', entropyBits: entropies[tokens.length] });
  }
  return {
    events: entropies.length,
    meanEntropyBits: meanEntropy(entropies),
    bitsPerToken: scoreSegments(model, segments).crossEntropyBits,
    tokens,
  };
}
