import type { Page } from 'playwright-core';
import { mainThreadTasks, recordTrace, type TraceEvent } from './chromiumTrace';

/**
 * Runs `work` in the page under a Chromium trace and returns, for each span the page marks with
 * `tokenscope:in` … `tokenscope:out` (bench/measure.ts), the main thread's busy milliseconds in
 * it: every task it ran — script, React's deferred renders, style, layout, paint — counted in
 * thread CPU time, so other processes on a shared machine do not inflate it.
 */
export async function tracedWork<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; busy: number[] }> {
  const { result, events } = await recordTrace(page, work);
  return { result, busy: busyPerSpan(events) };
}

/** Busy main-thread ms of each marked span (thread time, scaled to the part inside the span). */
export function busyPerSpan(events: readonly TraceEvent[]): number[] {
  const tasks = mainThreadTasks(events);
  const marks = events
    .filter((e) => e.name === 'tokenscope:in' || e.name === 'tokenscope:out')
    .sort((a, b) => a.ts - b.ts);
  const busy: number[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    if (marks[i].name !== 'tokenscope:in' || marks[i + 1].name !== 'tokenscope:out') continue;
    const start = marks[i].ts;
    const end = marks[i + 1].ts;
    let sum = 0;
    for (const task of tasks) {
      const dur = task.dur ?? 0;
      const inside = Math.min(end, task.ts + dur) - Math.max(start, task.ts);
      if (inside <= 0 || dur <= 0) continue;
      // Thread time when the trace has it (the part of the task inside the span, pro rata).
      sum += inside * (task.tdur !== undefined ? Math.min(1, task.tdur / dur) : 1);
    }
    busy.push(sum / 1000);
  }
  return busy;
}
