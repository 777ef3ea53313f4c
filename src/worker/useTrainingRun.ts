import { useCallback, useEffect, useRef, useState } from 'react';
import { statusFromProgress } from './statusFromProgress';
import type { TrainingStatus } from './TrainingStatus';
import type { TrainedModel, TrainRequest } from './TrainRequest';
import type { TrainRunner, TrainTask } from './TrainRunner';

/** One training run at a time: its latest status while it runs, a start and a cancel. */
export function useTrainingRun(runner: TrainRunner) {
  const [status, setStatus] = useState<TrainingStatus | null>(null);
  const task = useRef<TrainTask | null>(null);

  const start = useCallback(
    async (request: TrainRequest): Promise<TrainedModel | null> => {
      task.current?.cancel();
      setStatus(statusFromProgress({ phase: 'reading', done: 0, total: 1 }, 0));
      const current = runner.train(request, (next) => {
        if (task.current === current) setStatus(next);
      });
      task.current = current;
      try {
        return await current.result;
      } finally {
        if (task.current === current) {
          task.current = null;
          setStatus(null);
        }
      }
    },
    [runner],
  );

  const cancel = useCallback(() => task.current?.cancel(), []);
  // Leaving the page section stops the worker rather than training for nobody.
  useEffect(() => () => task.current?.cancel(), []);

  return { status, running: status !== null, start, cancel };
}
