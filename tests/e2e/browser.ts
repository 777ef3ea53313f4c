import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); PLAYWRIGHT_CHROMIUM overrides the path. */
export const CHROMIUM_PATH = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on this closed network (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A fresh browser profile with a page that records console errors and failed requests.
 * `options` add to the context's (a phone's viewport and touch, say). The site's service worker
 * (its offline cache) is blocked unless `serviceWorkers: 'allow'`: a request the worker answers
 * from its cache never reaches `page.route`.
 */
export async function openBrowser(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<{
  context: BrowserContext;
  page: Page;
  problems: string[];
  close: () => Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'tokenscope-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    serviceWorkers: 'block',
    ...options,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request the test's own navigation cut short (a lazy chunk still loading when the test
    // moves on) is not the page failing; any other failure is.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The script addresses of the Web Workers the page starts while `action` runs. */
export async function workersStartedDuring(
  page: Page,
  action: () => Promise<unknown>,
): Promise<string[]> {
  const workers: string[] = [];
  const onWorker = (worker: { url(): string }) => workers.push(worker.url());
  page.on('worker', onWorker);
  try {
    await action();
  } finally {
    page.off('worker', onWorker);
  }
  return workers;
}
