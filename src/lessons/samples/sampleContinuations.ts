import { encodeText } from '../../model/encodeText';
import { lastSegment } from '../../model/lastSegment';
import type { NgramModel } from '../../model/types';
import { createRng, type Rng } from '../../sampling/createRng';
import { sampleFromDistribution } from '../../sampling/sampleFromDistribution';
import { createDrawCache } from './createDrawCache';

/** What to draw: how many continuations, how long, how hot, from which seed. */
export interface ContinuationSettings {
  /** Number of continuations. */
  count: number;
  /** Tokens per continuation. */
  length: number;
  /** 0 is greedy, 1 the model itself. */
  temperature: number;
  /** Continuation j draws from its own stream `createRng(seed + j)`. */
  seed: number;
}

/**
 * Draws `count` continuations of the prompt's last segment, each `length` token ids long, on the
 * same decoding path as the command line's `generateTokens`: the model's distribution, tempered
 * with `<unk>` masked (`samplingView`), drawn inverse-CDF in `rankByProbability` order; after an
 * `<eos>` a new segment starts. Continuation j uses `createRng(seed + j)` and its i-th token the
 * i-th `nextFloat()`, so continuation 0 is exactly what `generate --seed <seed>` prints.
 */
export function sampleContinuations(
  model: NgramModel,
  prompt: string,
  settings: ContinuationSettings,
): number[][] {
  const { count, length, temperature, seed } = settings;
  const eosId = model.vocab.length - 1;
  const promptIds = Array.from(encodeText(model, lastSegment(prompt)).ids);
  const drawTable = createDrawCache(model, temperature);
  const lanes: { rng: Rng; history: number[]; ids: number[] }[] = [];
  for (let j = 0; j < count; j++) {
    lanes.push({ rng: createRng(seed + j), history: promptIds.slice(), ids: [] });
  }
  // Step by step across all continuations, so the shared early contexts fill the cache first.
  for (let step = 0; step < length; step++) {
    for (const lane of lanes) {
      const { probs, order } = drawTable(lane.history);
      const id = sampleFromDistribution(probs, order, lane.rng.nextFloat());
      lane.ids.push(id);
      if (id === eosId) lane.history.length = 0;
      else lane.history.push(id);
    }
  }
  return lanes.map((lane) => lane.ids);
}
