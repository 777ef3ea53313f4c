import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFindings } from './axe';
import { openBrowser } from './browser';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
});
afterAll(async () => {
  await browser.close();
});

/** Every mode of the page, with something that shows it has rendered. */
const MODES = [
  { hash: '', ready: (p: Page) => p.getByRole('status', { name: 'Entropy' }) },
  { hash: '#mode=loop', ready: (p: Page) => p.locator('.ts-loop-lane') },
  { hash: '#mode=score', ready: (p: Page) => p.getByRole('status', { name: 'Cross-entropy' }) },
  {
    hash: '#mode=entropy',
    ready: (p: Page) => p.getByRole('img', { name: 'Entropy by context' }),
  },
  {
    hash: '#mode=samples',
    ready: (p: Page) => p.getByRole('button', { name: 'Sample 100 continuations' }),
  },
];

describe('accessibility (axe-core: wcag2a, wcag2aa, wcag21aa, best-practice)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const mode of MODES) {
      it(`finds no violation in ${mode.hash || 'the explorer'} (${scheme})`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${inject('baseUrl')}${mode.hash}`);
        await mode.ready(page).first().waitFor();
        // Take a step so the generated text, timeline and dart are on the page too.
        if (mode.hash === '') await page.getByRole('button', { name: 'Step' }).click();
        if (mode.hash === '#mode=samples') {
          await page.getByRole('button', { name: 'Sample 100 continuations' }).click();
          await page.getByRole('list', { name: 'Continuations' }).waitFor();
        }
        expect(await axeFindings(page)).toEqual([]);
      });
    }
  }
});
