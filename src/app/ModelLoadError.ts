import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import type { ModelFileErrorCode } from '../model/modelFile/ModelFileError';

/** What went wrong while loading the bundled models, with the values a message needs. */
export type ModelLoadProblem =
  | { kind: 'list'; status: number }
  /** models/index.json lists no model. */
  | { kind: 'empty-list' }
  | { kind: 'network'; id: string; name: string }
  | { kind: 'http'; id: string; name: string; status: number }
  | { kind: 'file'; id: string; name: string; file: string; code: ModelFileErrorCode | 'not-gzip' }
  /** None loaded; `errors` are why each one failed, in order. */
  | { kind: 'none'; errors: readonly unknown[] };

/** What is wrong with a model file, in words for a page visitor (the CLI's advice is for builders). */
const FILE_PROBLEMS = {
  'not-a-model': 'fileNotAModel',
  'unsupported-version': 'fileNewerVersion',
  truncated: 'fileTruncated',
  'checksum-mismatch': 'fileChecksum',
  invalid: 'fileInvalid',
  'not-gzip': 'fileNotGzip',
} as const satisfies Record<ModelFileErrorCode | 'not-gzip', keyof Messages>;

/** A model-loading problem as a sentence in the language of `m`. */
export function modelLoadText(problem: ModelLoadProblem, m: Messages = en): string {
  switch (problem.kind) {
    case 'list':
      return m.modelListFailed(problem.status);
    case 'empty-list':
      return m.modelListEmpty;
    case 'network':
      return m.modelLoadFailed(m.bundledModelName(problem.id, problem.name), m.loadNetworkFailed);
    case 'http':
      return m.modelLoadFailed(
        m.bundledModelName(problem.id, problem.name),
        m.loadHttpStatus(problem.status),
      );
    case 'file':
      return m.modelLoadFailed(
        m.bundledModelName(problem.id, problem.name),
        m.loadBadFile(problem.file, m[FILE_PROBLEMS[problem.code]]),
      );
    case 'none':
      return m.noModelLoaded(problem.errors.map((e) => loadErrorText(e, m)).join(' '));
  }
}

/** Why loading failed, in the language of `m` when it is a ModelLoadError, else its message. */
export function loadErrorText(error: unknown, m: Messages = en): string {
  if (error instanceof ModelLoadError) return modelLoadText(error.problem, m);
  return error instanceof Error ? error.message : String(error);
}

/** A failure to load the bundled models; its message is English, `problem` lets a view translate it. */
export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
  readonly problem: ModelLoadProblem;
  constructor(problem: ModelLoadProblem, options?: ErrorOptions) {
    super(modelLoadText(problem, en), options);
    this.problem = problem;
  }
}
