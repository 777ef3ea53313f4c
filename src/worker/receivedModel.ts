import { primeBackoffWeights } from '../model/orderWeights';
import { primeUnigramLevel } from '../model/unigramLevel';
import type { TrainedModel } from './TrainRequest';
import type { WorkerReply } from './workerMessages';

/** The model of the worker's answer, its caches filled with the backoff weights and unigram level it sent. */
export function receivedModel(reply: Extract<WorkerReply, { type: 'done' }>): TrainedModel {
  const { model, bytes, backoffWeights, unigram } = reply;
  for (const [k, table] of model.tables.entries()) {
    primeBackoffWeights(table, backoffWeights[k] ?? new Float64Array(0));
  }
  if (unigram) primeUnigramLevel(model, unigram);
  return { model, bytes };
}
