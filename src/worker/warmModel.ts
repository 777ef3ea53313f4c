import { backoffWeight } from '../model/orderWeights';
import type { NgramModel } from '../model/types';
import { nextTask } from './nextTask';

/**
 * Fills a fresh model's caches (each order's backoff weights, computed on first use) one order per
 * task, so that making it the current model stays a short task. Resolves in a later task.
 */
export async function warmModel(model: NgramModel): Promise<void> {
  for (const table of model.tables) {
    await nextTask();
    if (table.contextTotals.length > 0) backoffWeight(table, 0);
  }
  await nextTask();
}
