import type { NgramModel } from '../model/types';
import type { BundledModelEntry } from './loadBundledModel';
import { ModelLoadError } from './ModelLoadError';

/** The first bundled model that loads, and why each one before it did not. */
export interface FirstModel {
  entry: BundledModelEntry;
  model: NgramModel;
  /** The models tried before it that failed, with the error and its (English) message. */
  failures: { entry: BundledModelEntry; reason: string; error: unknown }[];
}

/**
 * Loads the bundled models in order until one works, so a missing or damaged default model falls
 * back to the next one. Throws one ModelLoadError that lists every reason when none loads.
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
      const reason = error instanceof Error ? error.message : String(error);
      failures.push({ entry, reason, error });
    }
  }
  throw new ModelLoadError({ kind: 'none', errors: failures.map((f) => f.error) });
}
