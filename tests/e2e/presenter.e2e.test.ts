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

const presenterButton = () => page.getByRole('button', { name: 'Presenter mode' });
const seedField = () => page.getByRole('spinbutton', { name: 'Seed' });

async function open(hash = '') {
  // From a blank page, so a link differing only in its hash still loads the page afresh.
  await page.goto('about:blank');
  await page.goto(`${inject('baseUrl')}${hash}`);
  await page.getByRole('status', { name: 'Entropy' }).waitFor();
}

describe('presenter mode', () => {
  it('a button switches it on and off, keeping only the essential controls, and the link says so', async () => {
    await open();
    await expect.poll(() => seedField().count()).toBe(1);
    await presenterButton().click();
    expect(await presenterButton().getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => seedField().count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Step' }).count()).toBe(1);
    expect(await page.getByRole('slider', { name: 'Temperature' }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('presenter=1');
    await presenterButton().click();
    await expect.poll(() => seedField().count()).toBe(1);
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('presenter');
  });

  it('spaces the rank axis for its larger text, so no two labels overlap', async () => {
    await open('#presenter=1');
    const boxes = async () =>
      (
        await page.locator('.ts-chart-rank-tick').evaluateAll((ticks) =>
          ticks.map((t) => {
            const r = t.getBoundingClientRect();
            return { left: r.left, right: r.right, size: getComputedStyle(t).fontSize };
          }),
        )
      ).sort((a, b) => a.left - b.left);
    await expect.poll(async () => (await boxes())[0]?.size).toBe('16px');
    const ticks = await boxes();
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i].left).toBeGreaterThan(ticks[i - 1].right);
  });

  it('the p key switches it, but not while typing in the prompt', async () => {
    await open();
    const prompt = page.getByRole('textbox', { name: 'Prompt' });
    await prompt.focus();
    await page.keyboard.type(' people');
    expect(await presenterButton().getAttribute('aria-pressed')).toBe('false');
    expect(await prompt.inputValue()).toContain('people');
    await page.getByRole('button', { name: 'Step' }).focus();
    await page.keyboard.press('p');
    expect(await presenterButton().getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('p');
    expect(await presenterButton().getAttribute('aria-pressed')).toBe('false');
  });

  it('a link with presenter=1 opens in presenter mode', async () => {
    await open('#presenter=1');
    expect(await presenterButton().getAttribute('aria-pressed')).toBe('true');
    expect(await seedField().count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violation in the ${scheme} presenter theme`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await open('#presenter=1');
      await page.getByRole('button', { name: 'Step' }).click();
      expect(await axeFindings(page)).toEqual([]);
      await page.screenshot({ path: `test-results/presenter-${scheme}.png`, fullPage: true });
    });
  }
});
