import { TrainingError } from './trainModel';

/** The training text has no segment to learn from: it is empty or only whitespace. */
export class EmptyTextError extends TrainingError {
  override name = 'EmptyTextError';
}
