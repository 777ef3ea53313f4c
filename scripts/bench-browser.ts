/**
 * Browser benchmarks of the explorer (issue 3) in Debian's Chromium: a temperature slider input
 * to its painted frame and a Step, for the default model and a synthetic 50 257-outcome model;
 * the app's JavaScript size; time from navigation to the first drawn distribution.
 * Prints medians and percentiles from one run. Usage: npm run bench (or tsx scripts/bench-browser.ts)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { openBrowser } from '../tests/e2e/browser';
import { quantile, reportLine } from './benchReport';
import { benchTraining } from './benchTraining';
import { tracedWork } from './traceWork';

// Passed as a string: tsx's transform would add helpers the page does not have.
const FIRST_DRAW = `new Promise((resolve) => {
  const check = () => {
    const canvas = document.querySelector('canvas[role="img"]');
    if (canvas && /%/.test(canvas.getAttribute('aria-label') ?? '')) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  check();
})`;

type Timings = {
  outcomes: number;
  slide: number[];
  stepping: number[];
  canvas: { width: number; height: number };
};
const MOVES = 300;
const STEPS = 150;

await build({ logLevel: 'warn' });
await build({ logLevel: 'warn', configFile: 'vite.bench.config.ts' });
const appServer = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 4183, strictPort: false },
});
const benchServer = await preview({
  logLevel: 'warn',
  configFile: 'vite.bench.config.ts',
  preview: { host: '127.0.0.1', port: 4184, strictPort: false },
});
const appUrl = appServer.resolvedUrls?.local[0] ?? '';
const benchUrl = benchServer.resolvedUrls?.local[0] ?? '';
const browser = await openBrowser();
try {
  const { page } = browser;
  const firstDraw: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(appUrl);
    firstDraw.push(await page.evaluate<number>(FIRST_DRAW));
  }
  const assets = join('dist', 'assets');
  const jsGzip = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);

  const results: Timings[] = [];
  const traced: Timings[] = [];
  for (const which of ['default', 'synthetic'] as const) {
    const run = () =>
      page.evaluate<Timings>(`window.tokenscopeBench('${which}', ${MOVES}, ${STEPS})`);
    await page.goto(benchUrl);
    await page.waitForFunction(() => 'tokenscopeBench' in window);
    results.push(await run());
    // A second pass under a trace: the whole frame, not only script.
    await page.goto(benchUrl);
    await page.waitForFunction(() => 'tokenscopeBench' in window);
    const { result, busy } = await tracedWork(page, run);
    traced.push({
      outcomes: result.outcomes,
      slide: busy.slice(0, MOVES),
      stepping: busy.slice(MOVES),
      canvas: result.canvas,
    });
  }
  // The machine's floor for the slider's frame, on a fresh page (bench/floorFrame.ts).
  const floors: number[][] = [];
  for (const r of traced) {
    await page.goto(benchUrl);
    await page.waitForFunction(() => 'tokenscopeFloor' in window);
    const { width, height } = r.canvas;
    const { busy } = await tracedWork(page, () =>
      page.evaluate(`window.tokenscopeFloor(${r.outcomes}, ${MOVES}, ${width}, ${height})`),
    );
    floors.push(busy);
  }
  console.log(
    'Chromium (software rendering), one run; main-thread ms from the input to the end of its frame',
  );
  console.log('script: the store, React renders and frame callbacks (performance.now in the page)');
  for (const r of results) {
    const label = `V = ${r.outcomes}`;
    reportLine(
      `${label}: temperature input → frame, median`,
      `${quantile(r.slide, 0.5).toFixed(2)} ms`,
      '≤ 4 ms',
      quantile(r.slide, 0.5) <= 4,
    );
    reportLine(
      `${label}: temperature input → frame, p95`,
      `${quantile(r.slide, 0.95).toFixed(2)} ms`,
      '≤ 8 ms',
      quantile(r.slide, 0.95) <= 8,
    );
    reportLine(
      `${label}: Step → frame, median`,
      `${quantile(r.stepping, 0.5).toFixed(2)} ms`,
      '—',
      true,
    );
    reportLine(
      `${label}: Step → frame, p95`,
      `${quantile(r.stepping, 0.95).toFixed(2)} ms`,
      '≤ 16 ms',
      quantile(r.stepping, 0.95) <= 16,
    );
  }
  console.log(
    'whole frame: every main-thread task from the input until its frame is painted, including\n' +
      "React's deferred renders, style, layout and paint (thread CPU time from a Chromium trace)",
  );
  for (const r of traced) {
    const label = `V = ${r.outcomes}, whole frame`;
    for (const [what, values, q, target] of [
      ['temperature → frame, median', r.slide, 0.5, 4],
      ['temperature → frame, p95', r.slide, 0.95, 8],
      ['Step → frame, median', r.stepping, 0.5, Number.POSITIVE_INFINITY],
      ['Step → frame, p95', r.stepping, 0.95, 16],
    ] as const) {
      const value = quantile(values, q);
      const shown = Number.isFinite(target) ? `≤ ${target} ms` : '—';
      reportLine(`${label}: ${what}`, `${value.toFixed(2)} ms`, shown, value <= target);
    }
  }
  console.log(
    "floor: the same frame on a page with only a range input, a canvas of the chart's size and\n" +
      'one line of text (softmax, entropy, one bar per pixel column; bench/floorFrame.ts)',
  );
  traced.forEach((r, i) => {
    const floor = quantile(floors[i], 0.5);
    const label = `V = ${r.outcomes}, floor`;
    reportLine(`${label}: temperature → frame, median`, `${floor.toFixed(2)} ms`, '—', true);
    reportLine(
      `${label}: temperature → frame, p95`,
      `${quantile(floors[i], 0.95).toFixed(2)} ms`,
      '—',
      true,
    );
    reportLine(
      `V = ${r.outcomes}: explorer ÷ floor, medians`,
      `${(quantile(r.slide, 0.5) / floor).toFixed(2)}×`,
      '—',
      true,
    );
  });
  reportLine(
    'every JavaScript file of the site (lessons, worker too)',
    `${(jsGzip / 1024).toFixed(1)} KiB`,
    '—',
    true,
  );
  const first = quantile(firstDraw, 0.5);
  reportLine(
    'navigation → first distribution drawn, median of 5',
    `${first.toFixed(0)} ms`,
    '≤ 1000 ms',
    first <= 1000,
  );
  await benchTraining(page, benchUrl, appUrl);
  if (browser.problems.length) console.log(`console problems: ${browser.problems.join('; ')}`);
} finally {
  await browser.close();
  await appServer.close();
  await benchServer.close();
}
