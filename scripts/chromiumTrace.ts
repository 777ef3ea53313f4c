import type { Page } from 'playwright-core';

/** One event of a Chromium trace (the fields the benchmarks read). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `work` in the page under a Chromium trace of top-level tasks and user-timing marks, and
 * returns the trace's events.
 */
export async function recordTrace<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: '-*,toplevel,blink.user_timing,__metadata',
    transferMode: 'ReturnAsStream',
  });
  const result = await work();
  const complete = new Promise<{ stream?: string }>((resolve) =>
    cdp.once('Tracing.tracingComplete', resolve),
  );
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace returned no stream');
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return { result, events: Array.isArray(parsed) ? parsed : parsed.traceEvents };
}

/** The top-level tasks of a renderer's main thread (of process `pid` when given), by start. */
export function mainThreadTasks(events: readonly TraceEvent[], pid?: number): TraceEvent[] {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      (pid === undefined || e.pid === pid),
  );
  if (!main) throw new Error('the trace has no renderer main thread');
  return events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.name === 'ThreadControllerImpl::RunTask',
    )
    .sort((a, b) => a.ts - b.ts);
}
