import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, workersStartedDuring } from './browser';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

const manifest = JSON.parse(readFileSync('public/models/index.json', 'utf8')) as {
  models: { id: string; file: string; name: string }[];
};
const [wordModel, charModel] = manifest.models;

/** The first model's file, unpacked, with one byte of its counts changed: a damaged download. */
function damagedModel(): Buffer {
  const bytes = gunzipSync(readFileSync(`public/models/${wordModel.file}`));
  bytes[Math.floor(bytes.length / 2)] ^= 0x40;
  return bytes;
}

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
});
beforeEach(async () => {
  await page.unrouteAll();
  browser.problems.length = 0;
});
afterAll(async () => {
  await browser.close();
});

const alerts = () => page.getByRole('alert').allTextContents();
const modelPicker = () => page.getByRole('combobox', { name: 'Model' });
const tokens = () => page.getByRole('log', { name: 'Generated text' }).getByRole('button');

/** Problems other than the failed fetches a test caused on purpose. */
const unexpectedProblems = () =>
  browser.problems.filter((p) => !/status of 404|models\/brown-/.test(p));

/** Opens the page and waits for the explorer. */
async function open() {
  await page.goto(inject('baseUrl'));
  await page.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
}

describe('a bundled model that fails to load', () => {
  it('a missing default model is named in an alert and the next bundled model is used', async () => {
    await page.route(`**/models/${wordModel.file}`, (route) => route.fulfill({ status: 404 }));
    await open();
    const [message] = await alerts();
    expect(message).toContain(`The model "${wordModel.name}" could not be loaded`);
    expect(message).toContain('HTTP 404');
    expect(message).toContain(`Showing "${charModel.name}" instead; reload the page`);
    expect(await modelPicker().inputValue()).toBe(charModel.id);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    expect(await tokens().count()).toBe(1);
    expect(unexpectedProblems()).toEqual([]);
  });

  it('a damaged default model is named as damaged and the next bundled model is used', async () => {
    const body = damagedModel();
    await page.route(`**/models/${wordModel.file}`, (route) => route.fulfill({ body }));
    await open();
    const [message] = await alerts();
    expect(message).toContain(`The model "${wordModel.name}" could not be loaded`);
    expect(message).toContain('is damaged');
    expect(await modelPicker().inputValue()).toBe(charModel.id);
    expect(unexpectedProblems()).toEqual([]);
  });

  it('when no bundled model loads, one alert says so and what to do', async () => {
    await page.route('**/models/*.tsm.gz', (route) => route.fulfill({ status: 404 }));
    await page.goto(inject('baseUrl'));
    await expect.poll(alerts).toHaveLength(1);
    const [message] = await alerts();
    expect(message).toMatch(/^No bundled model could be loaded\./);
    expect(message).toContain(wordModel.name);
    expect(message).toContain(charModel.name);
    expect(message).toContain('Reload the page');
    expect(await page.getByRole('figure', { name: 'Next-token distribution' }).count()).toBe(0);
  });

  it('picking a model that fails keeps the current model and the session', async () => {
    await page.route(`**/models/${charModel.file}`, (route) => route.fulfill({ status: 404 }));
    await open();
    expect(await alerts()).toEqual([]);
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 3; i++) await step.click();
    const before = await tokens().allTextContents();
    await modelPicker().selectOption(charModel.id);
    await expect.poll(alerts).toHaveLength(1);
    const [message] = await alerts();
    expect(message).toContain(`The model "${charModel.name}" could not be loaded`);
    expect(message).toContain('The current model is kept.');
    expect(await modelPicker().inputValue()).toBe(wordModel.id);
    expect(await tokens().allTextContents()).toEqual(before);
    await step.click();
    expect(await tokens().count()).toBe(4);
    expect(unexpectedProblems()).toEqual([]);
  });
});

describe('decoding a bundled model', () => {
  it('happens in a worker, so the page does not stall while the model is read', async () => {
    const workers = await workersStartedDuring(page, open);
    expect(workers.some((url) => /openWorker/.test(url))).toBe(true);
    expect(await alerts()).toEqual([]);
    expect(unexpectedProblems()).toEqual([]);
  });

  it('happens in the page when the worker cannot start, with no message', async () => {
    let refused = 0;
    await page.route('**/openWorker*.js', (route) => {
      refused++;
      return route.fulfill({ status: 404 });
    });
    await open();
    expect(refused).toBeGreaterThan(0);
    expect(await alerts()).toEqual([]);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    expect(await tokens().count()).toBe(1);
    expect(browser.problems.filter((p) => !/status of 404|openWorker/.test(p))).toEqual([]);
  });
});
