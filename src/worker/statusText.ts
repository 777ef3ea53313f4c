import { formatSize } from './formatSize';
import type { TrainingStatus } from './TrainingStatus';

/** The progress bar's words: the stage, and how much of the text is done. */
export function statusText(status: TrainingStatus): string {
  const bytes = `${formatSize(status.bytesDone)} of ${formatSize(status.bytesTotal)}`;
  switch (status.stage) {
    case 'reading':
      return 'Reading the text…';
    case 'tokenizing':
      return `Tokenizing: ${bytes}`;
    case 'counting':
      return `Counting n-grams: ${bytes} tokenized`;
    case 'smoothing':
      return `Smoothing order ${status.done + 1} of ${status.total}: ${bytes} tokenized`;
    case 'encoding':
      return `Writing the model file: ${bytes} tokenized`;
  }
}
