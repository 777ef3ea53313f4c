import { backoffWeights } from '../model/orderWeights';
import { unigramLevel, usesUnigramLevel } from '../model/unigramLevel';
import { ProblemError } from './ProblemError';
import { readModelBytes } from './readModelBytes';
import { TrainingInputError } from './TrainingInputError';
import type { TrainedModel } from './TrainRequest';
import { trainFromSource } from './trainFromSource';
import type { WorkerReply, WorkerRequest } from './workerMessages';

/** Runs one request in the worker and says what to post back; failures become one message. */
export async function handleWorkerRequest(
  message: WorkerRequest,
  post: (reply: WorkerReply) => void,
): Promise<WorkerReply> {
  if (message.type !== 'train') return handleOpenRequest(message);
  try {
    return doneReply(
      await trainFromSource(message.request, (status) => post({ type: 'status', status })),
    );
  } catch (error) {
    const failure =
      error instanceof TrainingInputError
        ? error
        : new TrainingInputError({ code: 'stopped', values: { reason: reasonOf(error) } });
    return { type: 'error', message: failure.message, problem: failure.problem };
  }
}

/**
 * Opens a model file (the open worker's whole job). It words no problem itself (the page does,
 * in its language), so the open worker, which the page starts to read its bundled model, carries
 * no messages and no training code.
 */
export async function handleOpenRequest(
  message: Extract<WorkerRequest, { type: 'open' }>,
): Promise<WorkerReply> {
  try {
    return doneReply(await readModelBytes(message.file, message.fileName));
  } catch (error) {
    if (error instanceof ProblemError) {
      return { type: 'error', message: error.message, problem: error.problem };
    }
    return stoppedReply(error);
  }
}

/** The reply for a model made or read in the worker, with what the page would compute from it. */
function doneReply(result: TrainedModel): WorkerReply {
  const { model } = result;
  return {
    type: 'done',
    ...result,
    backoffWeights: model.tables.map(backoffWeights),
    unigram: usesUnigramLevel(model) ? unigramLevel(model) : null,
  };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Any other failure opening a file: the run stopped, for the reason the error gives. */
function stoppedReply(error: unknown): WorkerReply {
  const reason = reasonOf(error);
  return {
    type: 'error',
    message: `stopped: ${reason}`,
    problem: { code: 'stopped', values: { reason } },
  };
}
