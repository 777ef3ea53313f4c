import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from './browser';

let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the first page', () => {
  it('loads the bundled default model and lists its top next tokens for the prompt', async () => {
    const { page, problems } = browser;
    await page.goto(inject('baseUrl'));
    const region = page.getByRole('region', { name: 'Next-token distribution' });
    await region.waitFor();
    const items = region.getByRole('listitem');
    expect(await items.count()).toBe(20);
    await expect
      .poll(() => page.getByRole('status', { name: 'Entropy' }).textContent())
      .toMatch(/^\d+\.\d\d bits$/);
    const before = await items.allTextContents();

    await page
      .getByRole('textbox', { name: 'Prompt' })
      .fill('{\n  "name": "tokenscope",\n  "version":');
    await expect.poll(() => items.first().textContent()).not.toBe(before[0]);
    expect(await items.first().textContent()).toMatch(/^·"/);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/first-page.png' });
    expect(problems).toEqual([]);
  });
});
