import { defaultSettings } from '../src/model/defaultSettings';
import { workerRunner } from '../src/worker/workerRunner';

/**
 * Runs in the bench page: trains a word trigram (the page's defaults) on `text` in the training
 * worker `runs` times; returns the milliseconds from posting the text to holding the model.
 */
export async function trainThroughput(text: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const task = workerRunner.train(
      { source: { kind: 'text', text }, name: 'bench', settings: { ...defaultSettings } },
      () => {},
    );
    if (!(await task.result)) throw new Error('training was cancelled');
    times.push(performance.now() - t0);
  }
  return times;
}
