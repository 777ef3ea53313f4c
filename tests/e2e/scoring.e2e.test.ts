import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CliIo } from '../../src/cli/CliIo';
import { runCli } from '../../src/cli/runCli';
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

const TEXT =
  'The committee said on Friday that the new bridge would open in the spring.\n\n{\n  "id": 7,\n  "name": "Ada Park",\n  "active": true\n}';

/** What `npm run tokenscope -- score --json` prints for the text and the default model. */
function cliScore(): { events: number; crossEntropyBits: number; perplexity: number } {
  let out = '';
  const files = new Map([
    ['model', new Uint8Array(readFileSync('public/models/brown-word.tsm.gz'))],
    ['text', new TextEncoder().encode(TEXT)],
  ]);
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: () => {},
    readFile: (p) => files.get(p) ?? new Uint8Array(),
    writeFile: () => {},
  };
  expect(runCli(['score', '--model', 'model', '--input', 'text', '--json'], io)).toBe(0);
  return JSON.parse(out);
}

describe('the scoring lesson', () => {
  it("scores a text to the command line's cross-entropy within 1e-6 bits", async () => {
    await page.goto(`${inject('baseUrl')}#mode=score`);
    const textbox = page.getByRole('textbox', { name: 'Text to score' });
    await textbox.fill(TEXT);
    const status = page.getByRole('status', { name: 'Cross-entropy' });
    const expected = cliScore();
    await expect
      .poll(async () => Number(await status.getAttribute('data-cross-entropy-bits')))
      .toBeCloseTo(expected.crossEntropyBits, 6);
    expect(Number(await status.getAttribute('data-perplexity'))).toBeCloseTo(
      expected.perplexity,
      4,
    );
    await page.screenshot({ path: 'test-results/scoring.png', fullPage: true });
    expect(browser.problems).toEqual([]);
  });
});
