import type { ModelSettings, NgramModel } from '../model/types';

/** What to train on: text typed or pasted in the page, or a file the person chose or dropped. */
export type TrainingSource =
  | { kind: 'text'; text: string }
  | { kind: 'file'; file: Blob; fileName: string };

/** Everything the training worker needs. */
export interface TrainRequest {
  source: TrainingSource;
  /** The model's name, stored in its file as `tokenscope build --name` does. */
  name: string;
  settings: ModelSettings;
}

/** A model ready to use, with the bytes of its file. */
export interface TrainedModel {
  model: NgramModel;
  bytes: Uint8Array;
}
