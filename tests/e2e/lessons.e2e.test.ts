import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashForMode, LESSONS } from '../../src/app/lessons';
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

describe('the lessons', () => {
  it('reaches the loop lab from the landing page by one click, and the greedy lane falls into a loop', async () => {
    await page.goto(inject('baseUrl'));
    await page
      .getByRole('navigation', { name: 'Lessons' })
      .getByRole('link', { name: /Loop lab/ })
      .click();
    const greedy = page.getByRole('region', { name: 'Greedy lane' });
    await greedy.waitFor();
    expect(await page.getByRole('region', { name: 'Sampled lane' }).count()).toBe(1);
    const step = page.getByRole('button', { name: 'Step', exact: true });
    // From the default prompt the default model loops with period 28: two periods are 56 tokens.
    for (let i = 0; i < 60; i++) await step.click();
    await expect.poll(() => greedy.textContent()).toMatch(/Looping since step \d+, period \d+/);
    await page.screenshot({ path: 'test-results/loop-lab.png', fullPage: true });
  });

  it('samples 100 continuations from the point the explorer has reached', async () => {
    await page.goto(inject('baseUrl'));
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    const log = page.getByRole('log', { name: 'Generated text' });
    const generated = (await log.getByRole('button').allTextContents()).length;
    expect(generated).toBe(3);
    await page.getByRole('link', { name: 'Sample 100 continuations from here' }).click();
    const prompt = page.getByRole('textbox', { name: 'Prompt' });
    await expect.poll(() => prompt.inputValue()).toMatch(/^The jury said that the\S*\s*\S/);
    expect((await prompt.inputValue()).length).toBeGreaterThan('The jury said that the'.length);
    await page.getByRole('button', { name: 'Sample 100 continuations' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Continuations' }).getByRole('listitem').count())
      .toBeGreaterThan(1);
  });

  it('reaches every lesson by one click from the landing page and by its URL', async () => {
    const gallery = page.getByRole('navigation', { name: 'Lessons' });
    for (const lesson of LESSONS) {
      await page.goto(inject('baseUrl'));
      const link = gallery.getByRole('link', { name: new RegExp(lesson.title) });
      await link.click();
      await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
      expect(new URL(page.url()).hash).toBe(
        hashForMode(lesson.mode) === '#' ? '' : hashForMode(lesson.mode),
      );
      await page.goto(`${inject('baseUrl')}${hashForMode(lesson.mode)}`);
      await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
      await page.screenshot({ path: `test-results/lesson-${lesson.mode}.png`, fullPage: true });
    }
    await page.goto(`${inject('baseUrl')}#mode=loop`);
    await page.getByRole('region', { name: 'Greedy lane' }).waitFor();
    expect(browser.problems).toEqual([]);
  });
});
