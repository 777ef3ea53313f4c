import { EmptyTextError } from './EmptyTextError';
import { encodeModel } from './modelFile';
import { splitSegments } from './splitSegments';
import type { OnTrainingProgress } from './trainingProgress';
import { trainModel } from './trainModel';
import type { ModelSettings, NgramModel } from './types';

/** A trained model, its file and how many segments it learnt from. */
export interface BuiltModelFile {
  model: NgramModel;
  bytes: Uint8Array;
  segmentCount: number;
}

/**
 * The one path from training text to a model file, shared by `tokenscope build` and the page's
 * training worker, so equal text and settings give equal bytes. Throws `EmptyTextError` for text
 * with no segments and `TrainingError` for invalid settings.
 */
export function buildModelFile(
  text: string,
  settings: ModelSettings,
  meta: Record<string, string>,
  onProgress?: OnTrainingProgress,
): BuiltModelFile {
  const segments = splitSegments(text);
  if (segments.length === 0) {
    throw new EmptyTextError('The training text is empty or only whitespace.');
  }
  const model = trainModel(segments, settings, meta, onProgress);
  onProgress?.({ phase: 'encoding', done: 0, total: 1 });
  return { model, bytes: encodeModel(model), segmentCount: segments.length };
}
