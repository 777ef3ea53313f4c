import type { TrainingProgress } from '../model/trainingProgress';
import type { TrainingStatus } from './TrainingStatus';

/**
 * Where each stage starts and ends on the progress bar, from timings of a word trigram on the
 * Brown text (counting, one big sort, takes about half the time).
 */
const SPANS = {
  reading: [0, 0.05],
  tokenizing: [0.05, 0.25],
  counting: [0.25, 0.75],
  smoothing: [0.75, 0.88],
  encoding: [0.88, 1],
} as const;

/** The status of a training run from the model's progress report and the text's size in bytes. */
export function statusFromProgress(
  progress: TrainingProgress | { phase: 'reading'; done: number; total: number },
  bytesTotal: number,
): TrainingStatus {
  const { phase, done, total } = progress;
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const [from, to] = SPANS[phase];
  const bytesDone =
    phase === 'reading' ? 0 : phase === 'tokenizing' ? Math.round(share * bytesTotal) : bytesTotal;
  return {
    stage: phase,
    done,
    total,
    bytesDone,
    bytesTotal,
    fraction: from + (to - from) * share,
  };
}
