import { ProblemError } from './ProblemError';
import { readModelBytes } from './readModelBytes';
import { TrainingInputError } from './TrainingInputError';
import type { TrainedModel } from './TrainRequest';

/**
 * Reads a model file (`.tsm`, or gzip-compressed `.tsm.gz`) into a model and its plain bytes; a
 * file it cannot read is a TrainingInputError. `fileName` names it in messages; null is a model
 * kept in the browser ("The saved model").
 */
export async function openModelFile(file: Blob, fileName: string | null): Promise<TrainedModel> {
  try {
    return await readModelBytes(file, fileName);
  } catch (error) {
    if (error instanceof ProblemError) {
      throw new TrainingInputError(error.problem, { cause: error.cause });
    }
    throw error;
  }
}
