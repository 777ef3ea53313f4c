import type { TrainingStatus } from './TrainingStatus';
import type { TrainedModel, TrainRequest } from './TrainRequest';

/** A job running off the main thread: its result (null once cancelled) and a way to stop it. */
export interface TrainTask {
  result: Promise<TrainedModel | null>;
  cancel(): void;
}

/** Starts training and model-file reading; the page's runs in a Web Worker. */
export interface TrainRunner {
  train(request: TrainRequest, onStatus: (status: TrainingStatus) => void): TrainTask;
  /** `fileName` names the file in messages; null is a model kept in the browser. */
  open(file: Blob, fileName: string | null): TrainTask;
}
