/**
 * Long-session soak test of the explorer in Debian's Chromium: autoplay at one step per animation
 * frame for many steps, then report steps done, console errors, JS heap growth (after forced
 * garbage collection) and the main-thread time of each frame (one frame = one step): script for
 * every frame, and the whole main thread (thread time from a trace) for 400 frames near the end.
 * Exits 1 on a console error or heap growth of 30 MB or more.
 * Usage: npm run soak [-- --steps 2000]
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { openBrowser } from '../tests/e2e/browser';
import { quantile, reportLine } from './benchReport';
import { recordTrace } from './chromiumTrace';
import { busyPerSpan } from './traceWork';

const HEAP_LIMIT_MB = 30;
const STEP_BUDGET_MS = 16;
const TRACED_FRAMES = 400;

const { values } = parseArgs({ options: { steps: { type: 'string', default: '10000' } } });
const target = Number(values.steps);
if (!Number.isInteger(target) || target < 1) {
  console.error(`soak: --steps must be a whole number of at least 1, got "${values.steps}".`);
  process.exit(2);
}

// Times every animation frame in the page: its script (from its first requestAnimationFrame
// callback to the end of the microtasks after its last: the step, React's render and commit, the
// canvas drawing; what `npm run bench` calls Step → frame) and the interval since the frame before
// (16.7 ms at 60 Hz when the frame was on time). Style, layout and paint are measured by Chromium's
// own counters instead: a task queued to follow the frame can wait behind later frames.
// Passed as a string: tsx's transform would add helpers the page does not have.
const FRAME_TIMER = `(() => {
  let starts = [];
  let times = [];
  let scriptEnds = [];
  let recording = false;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((time) => {
    if (recording && time !== times[times.length - 1]) {
      times.push(time);
      starts.push(performance.now());
      // While traced, each frame is one span: it ends where the next frame starts.
      if (window.soakMarks) {
        performance.mark('tokenscope:out');
        performance.mark('tokenscope:in');
      }
    }
    callback(time);
    if (!recording || starts.length === 0) return;
    const frame = starts.length - 1;
    queueMicrotask(() => { scriptEnds[frame] = performance.now(); });
  });
  window.soakFrames = {
    start: () => { starts = []; times = []; scriptEnds = []; recording = true; },
    stop: () => {
      recording = false;
      return {
        script: starts.map((start, i) => scriptEnds[i] - start),
        interval: times.slice(1).map((time, i) => time - times[i]),
      };
    },
  };
})();`;

// The text shows only its latest tokens in a long session: the last one's index says how many.
const STEPS_DONE = `Number([...document.querySelectorAll('[role="log"] [data-step]')].at(-1)?.dataset.step ?? -1) + 1`;

type FrameTimes = { script: number[]; interval: number[] };

/** Chromium's cumulative main-thread counters, in ms. */
type Counters = Record<'task' | 'script' | 'layout' | 'style', number>;

const outDir = resolve('.tmp', `soak-${process.pid}`);
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 4193, strictPort: false },
});
const browser = await openBrowser();
let failed = false;
try {
  const { page, problems } = browser;
  await page.addInitScript(FRAME_TIMER);
  await page.goto(server.resolvedUrls?.local[0] ?? '');
  await page.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapMb = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  };
  const counters = async (): Promise<Counters> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const ms = (name: string) => 1000 * (metrics.find((m) => m.name === name)?.value ?? 0);
    return {
      task: ms('TaskDuration'),
      script: ms('ScriptDuration'),
      layout: ms('LayoutDuration'),
      style: ms('RecalcStyleDuration'),
    };
  };
  const stepsDone = () => page.evaluate<number>(STEPS_DONE);
  const heapBefore = await heapMb();

  await page.getByRole('combobox', { name: 'Speed' }).selectOption('every frame');
  await page.evaluate('window.soakFrames.start()');
  const started = Date.now();
  const atStart = { steps: 0, counters: await counters() };
  let atLate = atStart;
  // The whole main thread of each frame over TRACED_FRAMES frames near the end of the run: every
  // task (script, React's deferred renders, style, layout, paint) in thread time, from a trace.
  let wholeFrames: number[] = [];
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  let done = 0;
  let lastReport = started;
  while (done < target) {
    await page.waitForTimeout(500);
    done = await stepsDone();
    if (atLate === atStart && done >= target * 0.9) {
      atLate = { steps: done, counters: await counters() };
      const from = done;
      const traced = await recordTrace(page, async () => {
        await page.evaluate('window.soakMarks = true');
        while ((await stepsDone()) < Math.min(target, from + TRACED_FRAMES))
          await page.waitForTimeout(200);
        await page.evaluate('window.soakMarks = false');
      });
      wholeFrames = busyPerSpan(traced.events);
      done = await stepsDone();
    }
    if (Date.now() - lastReport > 15_000) {
      console.log(`… ${done} steps after ${((Date.now() - started) / 1000).toFixed(0)} s`);
      lastReport = Date.now();
    }
  }
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const frames = await page.evaluate<FrameTimes>('window.soakFrames.stop()');
  const seconds = (Date.now() - started) / 1000;
  done = await stepsDone();
  const atEnd = { steps: done, counters: await counters() };
  const heapAfter = await heapMb();
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  const growthMb = heapAfter - heapBefore;

  console.log(`Chromium (software rendering), one run of ${target} autoplay steps, one per frame`);
  reportLine('steps done', `${done}`, `≥ ${target}`, done >= target);
  reportLine(
    'steps per second',
    `${(done / seconds).toFixed(1)} (${seconds.toFixed(0)} s)`,
    '—',
    true,
  );
  reportLine('console errors', `${problems.length}`, '0', problems.length === 0);
  reportLine(
    'JS heap growth (after GC)',
    `${growthMb.toFixed(1)} MB`,
    `< ${HEAP_LIMIT_MB} MB`,
    growthMb < HEAP_LIMIT_MB,
  );
  reportLine(
    'JS heap before → after',
    `${heapBefore.toFixed(1)} → ${heapAfter.toFixed(1)} MB`,
    '—',
    true,
  );
  reportLine('DOM nodes at the end', `${nodes}`, '—', true);
  const late = (values: number[]) => values.slice(-Math.ceil(values.length / 10));
  for (const [label, values, budget] of [
    ['script per step', frames.script, STEP_BUDGET_MS],
    ['script per step, last 10 %', late(frames.script), STEP_BUDGET_MS],
    ['frame interval', frames.interval, 0],
    ['frame interval, last 10 %', late(frames.interval), 0],
  ] as const) {
    for (const [name, q] of [
      ['median', 0.5],
      ['p95', 0.95],
      ['p99', 0.99],
    ] as const) {
      const ms = quantile(values, q);
      const checked = budget > 0 && name === 'p95';
      reportLine(
        `${label}, ${name}`,
        `${ms.toFixed(1)} ms`,
        checked ? `≤ ${budget} ms` : '—',
        !checked || ms <= budget,
      );
    }
  }
  for (const [name, q] of [
    ['median', 0.5],
    ['p95', 0.95],
  ] as const) {
    const ms = quantile(wholeFrames, q);
    const checked = name === 'p95';
    reportLine(
      `whole frame per step, ${wholeFrames.length} frames near the end, ${name}`,
      `${ms.toFixed(1)} ms`,
      checked ? `≤ ${STEP_BUDGET_MS} ms` : '—',
      !checked || ms <= STEP_BUDGET_MS,
    );
  }
  for (const [label, from, to] of [
    ['main thread per step (mean)', atStart, atEnd],
    ['main thread per step, last 10 % (mean)', atLate, atEnd],
  ] as const) {
    const per = (key: keyof Counters) =>
      (to.counters[key] - from.counters[key]) / Math.max(1, to.steps - from.steps);
    const other = per('task') - per('script') - per('layout') - per('style');
    reportLine(label, `${per('task').toFixed(1)} ms`, '—', true);
    console.log(
      `  script ${per('script').toFixed(1)} · style ${per('style').toFixed(1)} · layout ${per('layout').toFixed(1)} · paint and other ${other.toFixed(1)} ms`,
    );
  }
  for (const problem of problems) console.log(`  ${problem}`);
  failed = problems.length > 0 || growthMb >= HEAP_LIMIT_MB || done < target;
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
