import type { TrainingProblem } from './TrainingProblem';

/**
 * A problem found in a worker, without its English sentence (TrainingInputError adds that on
 * the page): a worker that would word it carries every message of the page with it.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: TrainingProblem;
  constructor(problem: TrainingProblem, options?: ErrorOptions) {
    super(problem.code, options);
    this.problem = problem;
  }
}
