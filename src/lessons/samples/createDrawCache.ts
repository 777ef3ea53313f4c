import { distribution } from '../../model/distribution';
import { paddedContext } from '../../model/paddedContext';
import { rankByProbability } from '../../model/rankByProbability';
import type { NgramModel } from '../../model/types';
import { samplingView } from '../../sampling/samplingView';

/** The distribution a token is drawn from after some history, and the order the draw walks. */
export interface DrawTable {
  /** Tempered, `<unk>`-masked probabilities (what `samplingView` returns as `probs`). */
  probs: Float64Array;
  /** `rankByProbability` of the model's distribution. */
  order: Uint32Array;
}

/**
 * A lookup of draw tables by context for one temperature, as `generateTokens` computes them
 * (model distribution → rank order → ln → `samplingView` with `<unk>` masked). The table depends
 * only on the padded context, so many continuations sharing a context share one computation; at
 * most `capacity` tables are kept (about 150 kB each for 12k outcomes), the first ones asked for.
 */
export function createDrawCache(
  model: NgramModel,
  temperature: number,
  capacity = 128,
): (history: readonly number[]) => DrawTable {
  const sampler = { temperature, maskedIds: [model.vocab.length - 2] };
  const tables = new Map<string, DrawTable>();
  return (history) => {
    const key = paddedContext(model, history).join(',');
    const cached = tables.get(key);
    if (cached) return cached;
    const modelProbs = distribution(model, history);
    const order = rankByProbability(model, history, modelProbs);
    const logits = modelProbs.map(Math.log);
    const table = { probs: samplingView(modelProbs, logits, order, sampler).probs, order };
    if (tables.size < capacity) tables.set(key, table);
    return table;
  };
}
