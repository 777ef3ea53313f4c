import { backoffWeights } from '../model/orderWeights';
import { unigramLevel, usesUnigramLevel } from '../model/unigramLevel';
import { openModelFile } from './openModelFile';
import { TrainingInputError } from './TrainingInputError';
import { trainFromSource } from './trainFromSource';
import type { WorkerReply, WorkerRequest } from './workerMessages';

/** Runs one request in the worker and says what to post back; failures become one message. */
export async function handleWorkerRequest(
  message: WorkerRequest,
  post: (reply: WorkerReply) => void,
): Promise<WorkerReply> {
  try {
    const result =
      message.type === 'train'
        ? await trainFromSource(message.request, (status) => post({ type: 'status', status }))
        : await openModelFile(message.file, message.fileName);
    const { model } = result;
    return {
      type: 'done',
      ...result,
      backoffWeights: model.tables.map(backoffWeights),
      unigram: usesUnigramLevel(model) ? unigramLevel(model) : null,
    };
  } catch (error) {
    const failure =
      error instanceof TrainingInputError
        ? error
        : new TrainingInputError({
            code: 'stopped',
            values: { reason: error instanceof Error ? error.message : String(error) },
          });
    return { type: 'error', message: failure.message, problem: failure.problem };
  }
}
