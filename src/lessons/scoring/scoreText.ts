import { encodeText, tokenIndex } from '../../model/encodeText';
import { probabilityOf } from '../../model/probabilityOf';
import { type Score, scoreSegments } from '../../model/scoreSegments';
import { splitSegments } from '../../model/splitSegments';
import type { NgramModel } from '../../model/types';
import { surprisalBits } from '../../sampling/surprisalBits';
import { sparsePrediction } from './sparsePrediction';
import { targetRank } from './targetRank';

/** One scored event: a token of the text or a segment's end, with how the model rated it. */
export interface ScoredToken {
  /** Index of the segment (blank-line separated part) it belongs to. */
  segment: number;
  /** Position in the segment; the history is `segmentIds.subarray(0, index)`. */
  index: number;
  /** All ids of the segment. */
  segmentIds: Uint32Array;
  /** The outcome scored: a vocabulary id, `<unk>` or `<eos>`. */
  id: number;
  /** The text as typed ('' for a segment's end). */
  text: string;
  /** 'eos' for a segment's end, 'unk' for a token outside the vocabulary. */
  kind: 'token' | 'unk' | 'eos';
  /** p(id | history). */
  probability: number;
  /** −log2 p. */
  surprisalBits: number;
  /** 1-based rank of the outcome in the prediction. */
  rank: number;
}

/** A text scored the way the `score` command scores it, event by event. */
export interface ScoredText {
  tokens: ScoredToken[];
  /** Exactly `scoreSegments` over the encoded segments. */
  score: Score;
}

/** Scores a text: splits it into segments, encodes them and rates every token and segment end. */
export function scoreText(model: NgramModel, text: string): ScoredText {
  const index = tokenIndex(model);
  const encoded = splitSegments(text).map((s) => encodeText(model, s, index));
  const score = scoreSegments(
    model,
    encoded.map((e) => e.ids),
  );
  const eosId = model.vocab.length - 1;
  const unkId = model.vocab.length - 2;
  const tokens: ScoredToken[] = [];
  encoded.forEach(({ tokens: texts, ids }, segment) => {
    for (let i = 0; i <= ids.length; i++) {
      const id = i < ids.length ? ids[i] : eosId;
      const history = ids.subarray(0, i);
      const probability = probabilityOf(model, history, id);
      tokens.push({
        segment,
        index: i,
        segmentIds: ids,
        id,
        text: i < ids.length ? texts[i] : '',
        kind: id === eosId ? 'eos' : id === unkId ? 'unk' : 'token',
        probability,
        surprisalBits: surprisalBits(probability),
        rank: targetRank(model, sparsePrediction(model, history), id, probability),
      });
    }
  });
  return { tokens, score };
}
