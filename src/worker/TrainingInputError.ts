import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import { type TrainingProblem, trainingProblemText } from './TrainingProblem';

/**
 * A problem with what the person gave to train on or open; the message (English, for logs) says
 * what to do about it, and `problem` lets the page say it in its language.
 */
export class TrainingInputError extends Error {
  override name = 'TrainingInputError';
  readonly problem: TrainingProblem;
  constructor(problem: TrainingProblem, options?: ErrorOptions) {
    super(trainingProblemText(problem, en), options);
    this.problem = problem;
  }
}

/** Why training or opening failed, in the language of `m` when it is a TrainingInputError. */
export function trainingErrorText(error: unknown, m: Messages = en): string {
  if (error instanceof TrainingInputError) return trainingProblemText(error.problem, m);
  return error instanceof Error ? error.message : String(error);
}
