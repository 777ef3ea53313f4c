/** Why a model file was rejected. */
export type ModelFileErrorCode =
  | 'not-a-model'
  | 'unsupported-version'
  | 'truncated'
  | 'checksum-mismatch'
  | 'invalid';

/** The command that builds a model file, quoted in error messages. */
export const BUILD_COMMAND = '`npm run tokenscope -- build`';

/** Advice for a file that is wrong as a whole: how to get a good one. */
export const BUILD_HINT = `Build a new one with ${BUILD_COMMAND}.`;

/** Advice for a file that was damaged on its way: fetch it again or rebuild it. */
export const REFETCH_HINT = `Download it again, or build a new one with ${BUILD_COMMAND}.`;

/** A model file (or model to save) that cannot be used; `code` says why, the message what to do. */
export class ModelFileError extends Error {
  /** Why the file was rejected. */
  readonly code: ModelFileErrorCode;

  constructor(code: ModelFileErrorCode, message: string) {
    super(message);
    this.name = 'ModelFileError';
    this.code = code;
  }
}

/** The error for a file whose contents are inconsistent; `problem` names what is wrong. */
export function invalidModelFile(problem: string): ModelFileError {
  return new ModelFileError(
    'invalid',
    `This model file is damaged or was not written by Tokenscope: ${problem}. ${BUILD_HINT}`,
  );
}

/** The error for a file that ends before its contents do. */
export function truncatedModelFile(): ModelFileError {
  return new ModelFileError(
    'truncated',
    'This model file is incomplete: it ends early (it was probably cut off while downloading ' +
      `or copying). ${REFETCH_HINT}`,
  );
}
