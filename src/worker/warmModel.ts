import { tokenIndex } from '../model/encodeText';
import { backoffWeight } from '../model/orderWeights';
import type { NgramModel } from '../model/types';
import { unigramLevel } from '../model/unigramLevel';
import { nextTask } from './nextTask';

/**
 * Fills a fresh model's caches one per task — each order's backoff weights (unless the worker
 * sent them), the unigram rank order Kneser–Ney rankings merge into, the token index prompts are
 * encoded with — so that making it the current model stays a short task. Resolves in a later task.
 */
export async function warmModel(model: NgramModel): Promise<void> {
  for (const table of model.tables) {
    await nextTask();
    if (table.contextTotals.length > 0) backoffWeight(table, 0);
  }
  const { smoothing } = model.settings;
  if (smoothing === 'kn' || smoothing === 'mkn') {
    await nextTask();
    unigramLevel(model);
  }
  await nextTask();
  tokenIndex(model);
  await nextTask();
}
