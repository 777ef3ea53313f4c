import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import type { TrainingStatus } from './TrainingStatus';

/** The progress bar's words, in the language of `m`: the stage, and how much of the text is done. */
export function statusText(status: TrainingStatus, m: Messages = en): string {
  const bytes = m.statusBytes(m.fileSize(status.bytesDone), m.fileSize(status.bytesTotal));
  switch (status.stage) {
    case 'reading':
      return m.statusReading;
    case 'tokenizing':
      return m.statusTokenizing(bytes);
    case 'counting':
      return m.statusCounting(bytes);
    case 'smoothing':
      return m.statusSmoothing(status.done + 1, status.total, bytes);
    case 'encoding':
      return m.statusEncoding(bytes);
  }
}
