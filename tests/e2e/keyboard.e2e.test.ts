import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

/** Presses Tab until the focused element matches a CSS selector (at most 80 presses). */
async function tabTo(selector: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const tokens = () =>
  page.getByRole('log', { name: 'Generated text' }).getByRole('button').allTextContents();
const announced = () => page.getByRole('status', { name: 'Step announcement' }).textContent();

describe('a whole session by keyboard alone', () => {
  it('prompt, temperature, steps, a branch, undo and export, without the mouse', async () => {
    await page.goto('about:blank');
    await page.goto(inject('baseUrl'));
    await page.getByRole('status', { name: 'Entropy' }).waitFor();
    // The panels under the chart mount a moment after the first draw.
    await page.getByRole('spinbutton', { name: 'Seed' }).waitFor();

    await tabTo('textarea');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('The cat sat on the');
    // Shortcut keys typed into the prompt stay text.
    await page.keyboard.type(' s');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await tokens()).toEqual([]);

    await tabTo('input[type="range"]');
    await page.keyboard.press('Home');
    expect(await page.getByRole('status', { name: 'Entropy' }).textContent()).toBe('0.00 bits');
    await page.keyboard.press(']');
    expect(
      await page.getByRole('slider', { name: 'Temperature' }).getAttribute('aria-valuetext'),
    ).not.toBe('0 (greedy)');
    await page.keyboard.press('1');
    expect(
      await page.getByRole('slider', { name: 'Temperature' }).getAttribute('aria-valuetext'),
    ).toBe('1.00');

    for (let i = 0; i < 3; i++) await page.keyboard.press('s');
    await expect.poll(tokens).toHaveLength(3);
    await expect.poll(announced).toMatch(/^Step 3: /);

    // A branch: the second most likely token, chosen from the list beside the chart.
    await tabTo('.ts-chart-top li:nth-child(2) button');
    const second = await page.evaluate(
      () => document.activeElement?.querySelector('code')?.textContent,
    );
    await page.keyboard.press('Enter');
    await expect.poll(tokens).toHaveLength(4);
    await expect.poll(announced).toMatch(/^Step 4: .*chosen by you/);
    expect(second).toBeTruthy();

    await page.keyboard.press('u');
    await expect.poll(tokens).toHaveLength(3);
    await expect.poll(announced).toBe('Back to step 3.');
    await page.keyboard.press('r');
    await expect.poll(tokens).toHaveLength(4);

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('Zoom in the chart');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count())
      .toBe(0);

    await tabTo('.ts-export > button');
    await page.keyboard.press('Enter');
    const csv = page.getByRole('button', { name: 'Distribution as CSV' });
    await csv.waitFor();
    await tabTo('.ts-export-formats button');
    while (
      !(await page.evaluate(() => document.activeElement?.textContent === 'Distribution as CSV'))
    ) {
      await page.keyboard.press('Tab');
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(browser.problems).toEqual([]);
  });
});
