/** A stage of turning training text into a model file. */
export type TrainingPhase = 'tokenizing' | 'counting' | 'smoothing' | 'encoding';

/**
 * How far training has got. In `tokenizing`, `done` of `total` UTF-16 code units of the segments
 * are tokenized; in `smoothing`, `done` of `total` orders are built; the other phases report
 * 0 of 1 as they start.
 */
export interface TrainingProgress {
  phase: TrainingPhase;
  done: number;
  total: number;
}

/** Receives progress reports during training. */
export type OnTrainingProgress = (progress: TrainingProgress) => void;
