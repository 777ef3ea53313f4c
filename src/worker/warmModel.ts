import { tokenIndex } from '../model/encodeText';
import { fillBackoffWeights, hasBackoffWeights, primeBackoffWeights } from '../model/orderWeights';
import type { NgramModel } from '../model/types';
import { unigramLevel, usesUnigramLevel } from '../model/unigramLevel';
import { nextTask } from './nextTask';

/** Milliseconds of backoff weights per task: well under the 50 ms of a long task on a slow phone. */
const SLICE_MS = 4;
/** Rows between looks at the clock. */
const ROWS_PER_LOOK = 1024;

/**
 * Fills a fresh model's caches in short tasks — each order's backoff weights (unless the worker
 * sent them) in slices of about 4 ms, the unigram rank order Kneser–Ney rankings merge into, the
 * token index prompts are encoded with — so that making it the current model stays a short task.
 * Resolves in a later task.
 */
export async function warmModel(model: NgramModel): Promise<void> {
  for (const table of model.tables) {
    const rows = table.contextTotals.length;
    if (rows === 0 || hasBackoffWeights(table)) continue;
    const weights = new Float64Array(rows);
    for (let row = 0; row < rows; ) {
      await nextTask();
      const start = performance.now();
      // At least one batch of rows per task, however the clock reads.
      do {
        const end = Math.min(rows, row + ROWS_PER_LOOK);
        fillBackoffWeights(table, weights, row, end);
        row = end;
      } while (row < rows && performance.now() - start < SLICE_MS);
    }
    primeBackoffWeights(table, weights);
  }
  if (usesUnigramLevel(model)) {
    await nextTask();
    unigramLevel(model);
  }
  await nextTask();
  tokenIndex(model);
  await nextTask();
}
