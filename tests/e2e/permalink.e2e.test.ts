import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeState } from '../../src/app/permalink';
import { openBrowser } from './browser';

let first: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  first = await openBrowser();
  page = first.page;
});
afterAll(async () => {
  await first.close();
});

/** Opens a URL in a fresh document (not as a hash change of the page already open). */
async function open(on: Page, url: string) {
  await on.goto('about:blank');
  await on.goto(url);
  await on.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
}

const tokensOf = (on: Page) =>
  on.getByRole('log', { name: 'Generated text' }).getByRole('button').allTextContents();
const step = (on: Page) => on.getByRole('button', { name: 'Step', exact: true }).click();
const stepsInHash = async (on: Page) =>
  decodeState(await on.evaluate(() => window.location.hash)).state.steps.length;
/** Reads a URL back from a snippet's src attribute (where only & is escaped). */
const fromHtml = (text: string) => text.replaceAll('&amp;', '&');

describe('permalinks', () => {
  it('a link copied after steps, a manual branch and a temperature change reproduces the same tokens in a new browser', async () => {
    await open(page, inject('baseUrl'));
    const history = await page.evaluate(() => window.history.length);
    for (let i = 0; i < 3; i++) await step(page);
    // A manual branch: Enter on the third most likely token.
    const top = page.getByRole('list', { name: 'Most likely next tokens' }).getByRole('button');
    await top.nth(2).focus();
    await page.keyboard.press('Enter');
    const slider = page.getByRole('slider', { name: 'Temperature' });
    await slider.focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
    expect(await slider.getAttribute('aria-valuetext')).toBe('0.80');
    for (let i = 0; i < 3; i++) await step(page);
    const tokens = await tokensOf(page);
    expect(tokens).toHaveLength(7);

    // The address follows the session without a history entry per step.
    await expect.poll(() => stepsInHash(page)).toBe(7);
    const { state } = decodeState(await page.evaluate(() => window.location.hash));
    expect(state.steps.map((s) => s.how)).toEqual([
      'sampled',
      'sampled',
      'sampled',
      'chosen',
      'sampled',
      'sampled',
      'sampled',
    ]);
    expect(state.temperature).toBe(0.8);
    expect(await page.evaluate(() => window.history.length)).toBe(history);

    await first.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    const second = await openBrowser();
    try {
      await open(second.page, link);
      expect(await tokensOf(second.page)).toEqual(tokens);
      expect(
        await second.page
          .getByRole('slider', { name: 'Temperature' })
          .getAttribute('aria-valuetext'),
      ).toBe('0.80');
      for (let i = 0; i < 5; i++) {
        await step(page);
        await step(second.page);
      }
      const further = await tokensOf(page);
      expect(further).toHaveLength(12);
      expect(await tokensOf(second.page)).toEqual(further);

      // The Embed dialog's iframe address shows the same session in the compact page.
      await page.getByRole('button', { name: 'Embed' }).click();
      const dialog = page.getByRole('dialog', { name: 'Embed this view' });
      const iframe = await dialog.getByRole('textbox', { name: /iframe/ }).inputValue();
      const src = /src="([^"]+)"/.exec(iframe)?.[1] ?? '';
      expect(src).toMatch(/\/embed\.html#mode=explore&/);
      await page.screenshot({ path: 'test-results/permalink-embed-dialog.png' });
      await page.keyboard.press('Escape');
      expect(await dialog.count()).toBe(0);
      await open(second.page, fromHtml(src));
      expect(await second.page.getByRole('navigation', { name: 'Lessons' }).count()).toBe(0);
      expect(await tokensOf(second.page)).toEqual(further);
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
    expect(first.problems).toEqual([]);
  });

  it('Export → Session (JSON) saves a file that Load session opens token for token elsewhere', async () => {
    await open(page, inject('baseUrl'));
    for (let i = 0; i < 2; i++) await step(page);
    await page
      .getByRole('list', { name: 'Most likely next tokens' })
      .getByRole('button')
      .nth(1)
      .click();
    for (let i = 0; i < 2; i++) await step(page);
    const tokens = await tokensOf(page);
    expect(tokens).toHaveLength(5);
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Session (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tokenscope-session-step-5.json');
    const file = await download.path();

    const second = await openBrowser();
    try {
      await open(second.page, inject('baseUrl'));
      await second.page.getByLabel('Load session').setInputFiles(file);
      await second.page.getByRole('status').filter({ hasText: 'Session loaded.' }).waitFor();
      expect(await tokensOf(second.page)).toEqual(tokens);
      for (let i = 0; i < 4; i++) {
        await step(page);
        await step(second.page);
      }
      expect(await tokensOf(second.page)).toEqual(await tokensOf(page));
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('a hostile hash renders its text literally, runs nothing and says what it could not read', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await open(
      page,
      `${inject('baseUrl')}#prompt=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&t=abc&steps=zz!!`,
    );
    const notice = page.getByRole('status').filter({ hasText: 'Part of this link' });
    expect(await notice.textContent()).toBe(
      'Part of this link could not be read: temperature "abc" is not a number from 0 to 3 (used 1); ' +
        'step 1 "zz!!" is not a token id (kept the 0 steps before it).Dismiss',
    );
    expect(await page.getByRole('textbox', { name: 'Prompt' }).inputValue()).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(
      await page.getByRole('slider', { name: 'Temperature' }).getAttribute('aria-valuetext'),
    ).toBe('1.00');
    expect(await tokensOf(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/permalink-notice.png' });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(first.problems).toEqual([]);
  });
});
