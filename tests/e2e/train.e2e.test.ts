import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { formatSize } from '../../src/i18n/formatSize';
import { decodeModel } from '../../src/model/modelFile';
import { sampleText } from '../worker/sampleText';
import { openBrowser } from './browser';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
let dir: string;

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  dir = mkdtempSync(join(tmpdir(), 'tokenscope-train-'));
});
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real command line on real files; returns its exit code and what it printed. */
function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (path) => readFileSync(path),
    writeFile: (path, bytes) => writeFileSync(path, bytes),
  });
  return { code, out, err };
}

async function open() {
  await page.goto(inject('baseUrl'));
  await page.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
  const disclosure = page.getByRole('button', { name: 'Train a model on your own text' });
  // Closed, the panel shows only its heading.
  expect(await disclosure.getAttribute('aria-expanded')).toBe('false');
  expect(await page.locator('.ts-train-body').isVisible()).toBe(false);
  await disclosure.click();
  expect(await page.locator('.ts-train-body').isVisible()).toBe(true);
}

const picker = () => page.getByRole('combobox', { name: 'Model', exact: true });
const pickedName = () =>
  picker().evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
const textBox = () => page.getByRole('textbox', { name: 'Training text' });
/** Puts text in the text box at once, as a paste does (typing megabytes key by key takes minutes). */
const paste = (text: string) =>
  textBox().evaluate((box: HTMLTextAreaElement, value) => {
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
const alert = () => page.getByRole('alert');
const generatedTokens = () =>
  page.getByRole('log', { name: 'Generated text' }).getByRole('button').allTextContents();

/** The number of rows of the distribution exported as CSV: one per outcome of the model. */
async function exportedOutcomes(): Promise<number> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Distribution as CSV' }).click(),
  ]);
  return (
    readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\r\n').length - 1
  );
}

/** Records every value the training progress bar shows, as "percent|words". */
function watchProgress() {
  return page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { progressSeen: seen });
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      const value = bar && `${bar.value}|${bar.getAttribute('aria-valuetext')}`;
      if (value && seen.at(-1) !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

describe('training a model in the page', () => {
  it('trains on pasted text with a moving progress bar, generates, survives a reload and downloads the command line’s bytes', async () => {
    const text = sampleText(15000);
    const corpus = join(dir, 'corpus.txt');
    writeFileSync(corpus, text);
    const cliModel = join(dir, 'cli.tsm');
    expect(cli(['build', '--input', corpus, '--out', cliModel, '--name', 'pasted text']).code).toBe(
      0,
    );
    const outcomes = decodeModel(readFileSync(cliModel)).vocab.length;

    await open();
    await paste(text);
    await watchProgress();
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Trained' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    const percents = seen.map((s) => Number(s.split('|')[0]));
    expect(new Set(percents).size).toBeGreaterThan(3);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    const size = formatSize(Buffer.byteLength(text));
    expect(seen.some((s) => new RegExp(`Tokenizing: [0-9.]+ [KM]B of ${size}`).test(s))).toBe(true);
    expect(seen.some((s) => s.includes('Counting n-grams'))).toBe(true);

    expect(await pickedName()).toBe('pasted text (word 3-gram)');
    expect(await exportedOutcomes()).toBe(outcomes);
    await page.getByRole('button', { name: 'Step' }).click();
    await page.getByRole('button', { name: 'Step' }).click();
    expect(await generatedTokens()).toHaveLength(2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download pasted text' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pasted-text.tsm');
    const downloaded = join(dir, 'page.tsm');
    await download.saveAs(downloaded);
    expect(readFileSync(downloaded).equals(readFileSync(cliModel))).toBe(true);
    expect(cli(['dist', '--model', downloaded, '--context', 'the jury']).code).toBe(0);

    await page.reload();
    await page.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
    const option = picker().getByRole('option', { name: 'pasted text (word 3-gram)' });
    await picker().selectOption({ label: 'pasted text (word 3-gram)' });
    expect(await option.count()).toBe(1);
    await expect.poll(pickedName).toBe('pasted text (word 3-gram)');
    await expect.poll(() => picker().getAttribute('aria-busy')).toBe('false');
    expect(await exportedOutcomes()).toBe(outcomes);

    // The downloaded file opens again in the page.
    await page.getByRole('button', { name: 'Train a model on your own text' }).click();
    await page.getByLabel('Model file').setInputFiles(downloaded);
    await page.getByRole('status').filter({ hasText: 'Opened “pasted text (2)”' }).waitFor();
    expect(await page.getByRole('button', { name: /^Remove pasted text/ }).count()).toBe(2);
    await page.screenshot({ path: 'test-results/train.png', fullPage: true });

    // Removing the current model goes back to the default one; removed models stay gone.
    await page.getByRole('button', { name: 'Remove pasted text (2)' }).click();
    await page.getByRole('button', { name: 'Remove pasted text', exact: true }).click();
    await expect.poll(pickedName).not.toMatch(/pasted text/);
    await page.reload();
    await page.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
    expect(
      await picker()
        .getByRole('option', { name: /pasted text/ })
        .count(),
    ).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it('explains each bad input and keeps the current model, the session and the typed text', async () => {
    await open();
    await page.getByRole('button', { name: 'Step' }).click();
    const model = await pickedName();
    const tokens = await generatedTokens();
    const train = () => page.getByRole('button', { name: 'Train', exact: true }).click();
    const expectKept = async (typed: string) => {
      expect(await textBox().inputValue()).toBe(typed);
      expect(await pickedName()).toBe(model);
      expect(await generatedTokens()).toEqual(tokens);
    };

    await train();
    await expect.poll(() => alert().textContent()).toMatch(/The training text is empty/);
    await expectKept('');

    await textBox().fill('  \n\n\t ');
    await train();
    await expect.poll(() => alert().textContent()).toMatch(/has only whitespace/);
    await expectKept('  \n\n\t ');

    await textBox().fill('A short text.');
    await page.getByRole('combobox', { name: 'Order' }).selectOption('6');
    await train();
    await expect
      .poll(() => alert().textContent())
      .toMatch(/Order 6 is too high for this text.*Choose order 5 or lower/);
    await expectKept('A short text.');

    const fileInput = page.getByLabel('Text file');
    await fileInput.setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('GIF89a\0\0\u0001'),
    });
    await train();
    await expect.poll(() => alert().textContent()).toMatch(/photo.png contains NUL bytes/);
    await expectKept('A short text.');

    // Dropped on the drop zone rather than chosen.
    const dropped = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], 'latin1.txt'));
      return data;
    });
    await page.locator('.ts-drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByText('Training on the file latin1.txt').waitFor();
    await train();
    await expect.poll(() => alert().textContent()).toMatch(/latin1.txt is not UTF-8 text/);
    await expectKept('A short text.');

    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 20_000_001);
    await fileInput.setInputFiles(huge);
    await expect
      .poll(() => alert().textContent())
      .toMatch(/huge.txt is 20,000,001 bytes, more than the 20,000,000 bytes/);
    await expect.poll(() => page.getByText('Training on the file latin1.txt').count()).toBe(1);
    await expectKept('A short text.');

    // Cancel stops a run at once and changes nothing.
    await page.getByRole('button', { name: 'Use the text box instead' }).click();
    await page.getByRole('combobox', { name: 'Order' }).selectOption('3');
    await paste(sampleText(15000));
    const kept = await page.getByRole('button', { name: /^Remove / }).count();
    await train();
    await page.getByRole('progressbar', { name: 'Training progress' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Training cancelled' }).waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await pickedName()).toBe(model);
    expect(await generatedTokens()).toEqual(tokens);
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(kept);
    expect(browser.problems).toEqual([]);
  });
});
