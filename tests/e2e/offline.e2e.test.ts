import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from './browser';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser({ serviceWorkers: 'allow' });
  page = browser.page;
});
afterAll(async () => {
  await browser.close();
});

/**
 * The files of the site, '/'-separated: everything in the build but the JavaScript at its top
 * level, which is the worker itself and the embed script's build (the app's code is in assets/).
 */
function siteFiles(): string[] {
  const outDir = inject('outDir');
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !/^[^/]+\.js$/.test(file))
    .sort();
}

/** Waits until the page is controlled by an active worker, then lists the URLs it cached. */
function cachedUrls(): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    const urls: string[] = [];
    for (const key of await caches.keys()) {
      if (!key.includes(registration.scope)) continue;
      for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
    }
    return urls.sort();
  });
}

const chartLabel = () =>
  page.getByRole('figure', { name: 'Next-token distribution' }).getByRole('img');
const tokens = () => page.getByRole('log', { name: 'Generated text' }).getByRole('button');

describe('offline, after the first visit', () => {
  it('the worker caches every file of the site and the bundled models', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
    const base = new URL(page.url());
    const expected = ['./', ...siteFiles()].map((file) => new URL(file, base).href).sort();
    expect(expected).toContain(new URL('models/index.json', base).href);
    expect(expected).toContain(new URL('models/brown-char.tsm.gz', base).href);
    expect(await cachedUrls()).toEqual(expected);
    const worker = readFileSync(join(inject('outDir'), 'sw.js'), 'utf8');
    expect(worker).toContain('"models/brown-word.tsm.gz"');
  });

  it('reloads without a network: the chart, Step and the other bundled model all work', async () => {
    await page.goto(inject('baseUrl'));
    await cachedUrls();
    browser.problems.length = 0;
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await expect.poll(() => chartLabel().getAttribute('aria-label')).toMatch(/%/);
      expect(await page.getByRole('status', { name: 'Entropy' }).textContent()).toMatch(/ bits$/);

      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await expect.poll(() => tokens().count()).toBe(1);

      const wordLabel = await chartLabel().getAttribute('aria-label');
      const picker = page.getByRole('combobox', { name: 'Model' });
      await picker.selectOption('brown-char');
      await expect.poll(() => picker.getAttribute('aria-busy')).toBe('false');
      expect(await page.getByRole('alert').count()).toBe(0);
      await expect.poll(() => chartLabel().getAttribute('aria-label')).not.toBe(wordLabel);
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await expect.poll(() => tokens().count()).toBeGreaterThan(0);

      // A lesson's code is loaded on demand: it comes from the cache too.
      await page
        .getByRole('link', { name: /Loop lab/ })
        .first()
        .click();
      await page.locator('.ts-loop-lane').first().waitFor();
      expect(browser.problems).toEqual([]);
    } finally {
      await browser.context.setOffline(false);
    }
  });
});
