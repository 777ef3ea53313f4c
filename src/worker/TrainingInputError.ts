/** A problem with what the person gave to train on; the message says what to do about it. */
export class TrainingInputError extends Error {
  override name = 'TrainingInputError';
}
