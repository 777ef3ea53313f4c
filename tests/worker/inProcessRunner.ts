import { handleWorkerRequest } from '../../src/worker/handleWorkerRequest';
import { replyTransferables } from '../../src/worker/modelTransferables';
import { receivedModel } from '../../src/worker/receivedModel';
import { TrainingInputError } from '../../src/worker/TrainingInputError';
import type { TrainingStatus } from '../../src/worker/TrainingStatus';
import type { TrainRunner, TrainTask } from '../../src/worker/TrainRunner';
import type { WorkerRequest } from '../../src/worker/workerMessages';

/**
 * The worker's own code run on this thread (jsdom has no Worker): replies are structured-cloned
 * with the same transfers. A run waits for `gate` before it starts, so a test can cancel it.
 */
export function inProcessRunner(gate: () => Promise<void> = async () => {}): TrainRunner {
  const start = (message: WorkerRequest, onStatus: (s: TrainingStatus) => void): TrainTask => {
    let stopped = false;
    let cancel = () => {};
    // Like terminating a worker: the result is null at once, whatever the run was doing.
    const cancelled = new Promise<null>((resolve) => {
      cancel = () => {
        stopped = true;
        resolve(null);
      };
    });
    const work = gate().then(async () => {
      if (stopped) return null;
      const reply = await handleWorkerRequest(message, (status) => {
        if (!stopped && status.type === 'status') onStatus(status.status);
      });
      if (reply.type === 'error') throw new TrainingInputError(reply.problem);
      if (reply.type !== 'done') return null;
      return receivedModel(structuredClone(reply, { transfer: replyTransferables(reply) }));
    });
    return { result: Promise.race([work, cancelled]), cancel: () => cancel() };
  };
  return {
    train: (request, onStatus) => start({ type: 'train', request }, onStatus),
    open: (file, fileName) => start({ type: 'open', file, fileName }, () => {}),
  };
}
