/**
 * Training benchmarks of issue 6 in Chromium: throughput of a word trigram trained in the Web
 * Worker on a few MB of the Brown text, and the longest main-thread task while the page trains
 * and after the model arrives (stored, made current, written into the link).
 * Called by scripts/bench-browser.ts; prints medians from one run.
 */
import type { Page } from 'playwright-core';
import { quantile, reportLine } from './benchReport';
import { readBrownProse } from './corpus/restoreBrown';
import { tracedTasks } from './traceTasks';

/** About this many bytes of the Brown text are trained on. */
const TEXT_BYTES = 4_000_000;
const RUNS = 5;
/** Marked in the page when the model arrives (the progress bar goes). */
const ARRIVED = 'tokenscope:arrived';

// Passed as strings: tsx's transform would add helpers the page does not have.
const TRAIN_IN_PAGE = `(async () => {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
  });
  observer.observe({ type: 'longtask' });
  // The progress bar goes when the worker's model has arrived.
  let arrived = 0;
  let started = false;
  const watch = new MutationObserver(() => {
    const bar = document.querySelector('progress');
    if (bar) started = true;
    else if (started && !arrived) {
      arrived = performance.now();
      performance.mark('${ARRIVED}');
    }
  });
  watch.observe(document.body, { subtree: true, childList: true });
  const trained = () => [...document.querySelectorAll('[role="status"]')]
    .some((e) => e.textContent.startsWith('Trained'));
  const t0 = performance.now();
  [...document.querySelectorAll('button')].find((b) => b.textContent === 'Train').click();
  // React clears the last run's message after the click returns.
  await new Promise((r) => setTimeout(r, 0));
  while (!trained()) await new Promise((r) => setTimeout(r, 20));
  const ms = performance.now() - t0;
  // Long enough for the link's update (300 ms after a change) and what the browser does after it.
  await new Promise((r) => setTimeout(r, 3000));
  observer.disconnect();
  watch.disconnect();
  return {
    ms,
    training: longTasks.filter(([start]) => start < arrived).map(([, d]) => d),
    after: longTasks.filter(([start]) => start >= arrived).map(([, d]) => d),
  };
})()`;

/** The first paragraphs of the restored Brown prose, about TEXT_BYTES long. */
function brownText(): string {
  const paragraphs: string[] = [];
  let bytes = 0;
  for (const paragraph of readBrownProse()) {
    if (bytes >= TEXT_BYTES) break;
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n');
}

/** Trains in the bench page's worker and in the app's panel, and prints the figures. */
export async function benchTraining(page: Page, benchUrl: string, appUrl: string): Promise<void> {
  const text = brownText();
  const megabytes = Buffer.byteLength(text) / 1e6;
  await page.goto(benchUrl);
  await page.waitForFunction('"tokenscopeTrain" in window');
  const workerMs = await page.evaluate<number[]>(
    `window.tokenscopeTrain(${JSON.stringify(text)}, ${RUNS})`,
  );

  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Train a model on your own text' }).click();
  await page
    .getByRole('textbox', { name: 'Training text' })
    .evaluate((box: HTMLTextAreaElement, value) => {
      box.value = value;
    }, text);
  await page.waitForTimeout(1000);
  const inPage: { ms: number; training: number[]; after: number[] }[] = [];
  // Per run, the thread time of the longest task after the model arrived (from a trace).
  const afterThread: number[] = [];
  for (let i = 0; i < 3; i++) {
    const traced = await tracedTasks(page, ARRIVED, () =>
      page.evaluate<{ ms: number; training: number[]; after: number[] }>(TRAIN_IN_PAGE),
    );
    inPage.push(traced.result);
    const arrivedMs = traced.markMs ?? Number.POSITIVE_INFINITY;
    const after = traced.tasks.filter((t) => t.startMs + t.wallMs >= arrivedMs);
    afterThread.push(Math.max(0, ...after.map((t) => t.threadMs)));
    await page.getByRole('status').filter({ hasText: 'Trained' }).waitFor();
  }

  const perSecond = workerMs.map((ms) => megabytes / (ms / 1000));
  const median = quantile(perSecond, 0.5);
  console.log(
    `Training on ${megabytes.toFixed(1)} MB of Brown text: word mkn trigram, 8 000 tokens`,
  );
  reportLine(
    `in the worker, MB of text per second, median of ${RUNS}`,
    `${median.toFixed(2)} MB/s`,
    '≥ 1 MB/s',
    median >= 1,
  );
  const pageSeconds = quantile(
    inPage.map((run) => run.ms / 1000),
    0.5,
  );
  reportLine(
    'in the page, Train → model in use, median of 3',
    `${pageSeconds.toFixed(1)} s`,
    '—',
    true,
  );
  const longest = (tasks: number[]) => Math.max(0, ...tasks);
  const during = longest(inPage.flatMap((run) => run.training));
  reportLine(
    'longest main-thread task while training (of 3)',
    during === 0 ? 'none > 50 ms' : `${during.toFixed(0)} ms`,
    '≤ 50 ms',
    during <= 50,
  );
  const after = quantile(
    inPage.map((run) => longest(run.after)),
    0.5,
  );
  reportLine(
    'longest task after the model arrives, median of 3',
    after === 0 ? 'none > 50 ms' : `${after.toFixed(0)} ms`,
    '≤ 50 ms',
    after <= 50,
  );
  const worst = longest(inPage.flatMap((run) => run.after));
  reportLine(
    '  worst of the 3 runs',
    worst === 0 ? 'none > 50 ms' : `${worst.toFixed(0)} ms`,
    '—',
    true,
  );
  const thread = quantile(afterThread, 0.5);
  reportLine(
    '  in thread CPU time (Chromium trace), median of 3',
    `${thread.toFixed(0)} ms`,
    '≤ 50 ms',
    thread <= 50,
  );
}
