import type { UnigramLevel } from '../model/unigramLevel';
import type { TrainingProblem } from './TrainingProblem';
import type { TrainingStatus } from './TrainingStatus';
import type { TrainedModel, TrainRequest } from './TrainRequest';

/** What the page asks the worker: train a model, or open a model file. */
export type WorkerRequest =
  | { type: 'train'; request: TrainRequest }
  | { type: 'open'; file: Blob; fileName: string | null };

/**
 * What the worker answers: progress while training, then the model or one problem (`message` is
 * its English sentence, `problem` lets the page word it in its language).
 */
export type WorkerReply =
  | { type: 'status'; status: TrainingStatus }
  | ({
      type: 'done';
      /** `backoffWeights` of each of the model's tables, so the page need not compute them. */
      backoffWeights: Float64Array[];
      /** The model's unigram level where its predictions use one (Kneser–Ney), else null. */
      unigram: UnigramLevel | null;
    } & TrainedModel)
  | { type: 'error'; message: string; problem: TrainingProblem };
