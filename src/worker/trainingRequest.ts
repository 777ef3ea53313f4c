import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import { defaultSettings } from '../model/defaultSettings';
import type { Smoothing, TokenizerKind } from '../model/types';
import { trainingProblemText } from './TrainingProblem';
import type { TrainingSource, TrainRequest } from './TrainRequest';
import { MAX_PAGE_VOCAB_SIZE } from './trainingLimits';

/** The training form as the person filled it in. */
export interface TrainingForm {
  tokenizer: TokenizerKind;
  order: number;
  smoothing: Smoothing;
  /** As typed, so a wrong value can be explained rather than lost. */
  vocabSize: string;
  /** Optional; the file's name or "pasted text" when empty. */
  name: string;
}

/** The form a fresh page starts with: the command line's defaults. */
export const DEFAULT_FORM: TrainingForm = {
  tokenizer: defaultSettings.tokenizer,
  order: defaultSettings.order,
  smoothing: defaultSettings.smoothing,
  vocabSize: String(defaultSettings.vocabSize),
  name: '',
};

/** The name a model gets when the person gives none. */
export const PASTED_TEXT_NAME = 'pasted text';

/**
 * The worker's request for a form and a source, or a message saying what to fix in the form, in
 * the language of `m`.
 */
export function trainingRequest(
  form: TrainingForm,
  source: TrainingSource,
  m: Messages = en,
): TrainRequest | string {
  const vocabSize = form.vocabSize.trim() === '' ? Number.NaN : Number(form.vocabSize);
  if (!Number.isInteger(vocabSize) || vocabSize < 1 || vocabSize > MAX_PAGE_VOCAB_SIZE) {
    return trainingProblemText(
      { code: 'vocab-size', values: { max: MAX_PAGE_VOCAB_SIZE, given: form.vocabSize } },
      m,
    );
  }
  const name = form.name.trim() || (source.kind === 'file' ? source.fileName : PASTED_TEXT_NAME);
  return {
    source,
    name,
    settings: {
      ...defaultSettings,
      tokenizer: form.tokenizer,
      order: form.order,
      smoothing: form.smoothing,
      vocabSize,
    },
  };
}
