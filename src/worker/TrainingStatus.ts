import type { TrainingPhase } from '../model/trainingProgress';

/** A stage of training in the worker: reading the text, then the model's own phases. */
export type TrainStage = 'reading' | TrainingPhase;

/** What the progress bar shows. */
export interface TrainingStatus {
  stage: TrainStage;
  /** Within the stage: orders built while smoothing, else 0 of 1. */
  done: number;
  total: number;
  /** Bytes of the text tokenized so far (all of them once tokenizing is over). */
  bytesDone: number;
  bytesTotal: number;
  /** Overall progress from 0 to 1, weighted by the typical time of each stage. */
  fraction: number;
}
