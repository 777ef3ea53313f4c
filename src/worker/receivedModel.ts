import { primeBackoffWeights } from '../model/orderWeights';
import type { TrainedModel } from './TrainRequest';
import type { WorkerReply } from './workerMessages';

/** The model of the worker's answer, its caches filled with the backoff weights it sent. */
export function receivedModel(reply: Extract<WorkerReply, { type: 'done' }>): TrainedModel {
  const { model, bytes, backoffWeights } = reply;
  for (const [k, table] of model.tables.entries()) {
    primeBackoffWeights(table, backoffWeights[k] ?? new Float64Array(0));
  }
  return { model, bytes };
}
