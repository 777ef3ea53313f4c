/**
 * Training benchmarks of issue 6 in Chromium: throughput of a word trigram trained in the Web
 * Worker on a few MB of the Brown text, and the longest main-thread task while the page trains.
 * Called by scripts/bench-browser.ts; prints medians from one run.
 */
import type { Page } from 'playwright-core';
import { quantile, reportLine } from './benchReport';
import { readBrownProse } from './corpus/restoreBrown';

/** About this many bytes of the Brown text are trained on. */
const TEXT_BYTES = 4_000_000;
const RUNS = 5;

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
    else if (started && !arrived) arrived = performance.now();
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
  await new Promise((r) => setTimeout(r, 1000));
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
  for (let i = 0; i < 3; i++) {
    inPage.push(await page.evaluate(TRAIN_IN_PAGE));
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
  const after = longest(inPage.flatMap((run) => run.after));
  reportLine(
    'longest task after: store and switch model (of 3)',
    after === 0 ? 'none > 50 ms' : `${after.toFixed(0)} ms`,
    '≤ 50 ms',
    after <= 50,
  );
}
