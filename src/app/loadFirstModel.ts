import type { NgramModel } from '../model/types';
import type { BundledModelEntry } from './loadBundledModel';

/** The first bundled model that loads, and why each one before it did not. */
export interface FirstModel {
  entry: BundledModelEntry;
  model: NgramModel;
  /** The models tried before it that failed, with the reason (an Error message). */
  failures: { entry: BundledModelEntry; reason: string }[];
}

/**
 * Loads the bundled models in order until one works, so a missing or damaged default model falls
 * back to the next one. Throws one Error that lists every reason when none loads.
 */
export async function loadFirstModel(
  entries: readonly BundledModelEntry[],
  load: (entry: BundledModelEntry) => Promise<NgramModel>,
): Promise<FirstModel> {
  if (entries.length === 0) throw new Error('No bundled model is listed. Run `npm run models`.');
  const failures: FirstModel['failures'] = [];
  for (const entry of entries) {
    try {
      return { entry, model: await load(entry), failures };
    } catch (error) {
      failures.push({ entry, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  throw new Error(
    `No bundled model could be loaded. ${failures.map((f) => f.reason).join(' ')} Reload the ` +
      'page; if this keeps happening, the site’s models folder is missing or damaged (rebuild it with `npm run models`).',
  );
}
