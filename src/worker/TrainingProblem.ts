import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import type { ModelFileErrorCode } from '../model/modelFile/ModelFileError';
import { MAX_TRAINING_BYTES } from './trainingLimits';

/**
 * What went wrong while training or opening a model, with the values a message needs: plain data,
 * so it crosses `postMessage`, and the page words it in its language (`trainingProblemText`).
 * A `file` of null is the text typed or pasted (training) or a model kept in the browser (opening).
 */
export type TrainingProblem =
  | { code: 'vocab-size'; values: { max: number; given: string } }
  | { code: 'too-large'; values: { file: string | null; bytes: number } }
  | { code: 'not-utf8'; values: { file: string } }
  | { code: 'nul-bytes'; values: { file: string } }
  | { code: 'empty'; values: { file: string | null; whitespace: boolean } }
  | { code: 'order-too-high'; values: { order: number; usable: number } }
  /** Refused by the model's training code; `message` is its English sentence. */
  | { code: 'refused'; values: { message: string } }
  /** Anything else that went wrong in the worker; `reason` is the error's own message. */
  | { code: 'stopped'; values: { reason: string } }
  | { code: 'worker-ended'; values: Record<string, never> }
  | { code: 'not-gzip'; values: { file: string | null } }
  /** `sentence` is the model file reader's English message. */
  | {
      code: 'bad-model-file';
      values: { file: string | null; fileCode: ModelFileErrorCode; sentence: string };
    }
  | { code: 'open-cancelled'; values: Record<string, never> }
  | { code: 'file-gone'; values: Record<string, never> };

/** A training problem as a sentence in the language of `m` (English: the worker's old words). */
export function trainingProblemText(problem: TrainingProblem, m: Messages = en): string {
  switch (problem.code) {
    case 'vocab-size':
      return m.trainVocabSize(problem.values.max, problem.values.given);
    case 'too-large':
      return tooLargeText(problem.values.file, problem.values.bytes, m);
    case 'not-utf8':
      return m.trainNotUtf8(problem.values.file);
    case 'nul-bytes':
      return m.trainNulBytes(problem.values.file);
    case 'empty':
      return m.trainEmpty(problem.values.file, problem.values.whitespace);
    case 'order-too-high':
      return m.trainOrderTooHigh(problem.values.order, problem.values.usable);
    case 'refused':
      return m.trainRefused(problem.values.message);
    case 'stopped':
      return m.trainStopped(problem.values.reason);
    case 'worker-ended':
      return m.trainWorkerEnded;
    case 'not-gzip':
      return m.openNotGzip(problem.values.file);
    case 'bad-model-file': {
      const { file, fileCode, sentence } = problem.values;
      return m.openBadFile(file, m.openFileProblem(fileCode, sentence));
    }
    case 'open-cancelled':
      return m.openCancelled;
    case 'file-gone':
      return m.modelFileGone;
  }
}

/** What to say when a text of `bytes` bytes is over the limit; `file` names it (null: the text). */
function tooLargeText(file: string | null, bytes: number, m: Messages): string {
  let size = m.fileSize(bytes);
  let limit = m.fileSize(MAX_TRAINING_BYTES);
  // Just over the limit would read "20.0 MB, more than 20.0 MB": give the bytes instead.
  if (size === limit) {
    size = m.byteCount(bytes);
    limit = m.byteCount(MAX_TRAINING_BYTES);
  }
  return m.trainTooLarge(file, size, limit);
}
