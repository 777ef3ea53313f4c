import type { Page } from 'playwright-core';
import { mainThreadTasks, recordTrace } from './chromiumTrace';

/** One task the page's main thread ran, in milliseconds on the trace's clock. */
export interface TracedTask {
  startMs: number;
  /** From start to end, as a long-task observer measures it. */
  wallMs: number;
  /** CPU time of the thread: what the page did, whatever else the machine was running. */
  threadMs: number;
}

/**
 * Runs `work` under a Chromium trace and returns every task of the renderer main thread that
 * made the `performance.mark` named `mark`, with the mark's time (null when it was not made).
 */
export async function tracedTasks<T>(
  page: Page,
  mark: string,
  work: () => Promise<T>,
): Promise<{ result: T; tasks: TracedTask[]; markMs: number | null }> {
  const { result, events } = await recordTrace(page, work);
  const marked = events.find((e) => e.name === mark);
  const tasks = mainThreadTasks(events, marked?.pid).map((e) => ({
    startMs: e.ts / 1000,
    wallMs: (e.dur ?? 0) / 1000,
    threadMs: (e.tdur ?? e.dur ?? 0) / 1000,
  }));
  return { result, tasks, markMs: marked ? marked.ts / 1000 : null };
}
