import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeModel } from '../../src/model/modelFile/encodeModel';
import { trainModel } from '../../src/model/trainModel';
import { showToken } from '../../src/views/format/showToken';
import { openBrowser } from './browser';

/** Tokens a stranger's model may hold: markup, a script, formulas, bidi controls, joiners. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>window.pwned=1</script>',
  '</script>',
  '\u202Eexe.txt',
  '👩‍👩‍👧‍👦',
  'a\u200Db',
  '=HYPERLINK("http://x.invalid","click")',
  '+1',
  '-1',
  '@SUM(A1)',
  '"quoted", cell',
  '&amp; &lt;b&gt;',
];

/** A token as the chart and popovers show it (spaces as ·), which is what must appear there. */
const shown = (token: string) => showToken(token, true);

/**
 * A bigram whose greedy path from "start" walks through every hostile token. Trained on
 * placeholders (the whitespace tokenizer splits at spaces), whose vocabulary entries are then
 * replaced: a model file can hold any string as a token.
 */
function hostileModel(): Uint8Array {
  const placeholders = HOSTILE.map((_, i) => `t${i}`);
  const sentence = `start ${placeholders.join(' ')}`;
  const model = trainModel([sentence, sentence, sentence], {
    tokenizer: 'whitespace',
    order: 2,
    smoothing: 'kn',
    discount: 0.75,
    k: 1,
    vocabSize: 100,
    minCount: 1,
  });
  const vocab = model.vocab.map((t) => {
    const i = placeholders.indexOf(t);
    return i < 0 ? t : HOSTILE[i];
  });
  return encodeModel({ ...model, vocab });
}

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const body = Buffer.from(hostileModel());
  const manifest = {
    models: [
      {
        id: 'hostile',
        file: 'hostile.tsm',
        name: 'Hostile <b onmouseover=alert(2)>model</b>',
        description: '<img src=x onerror=alert(3)>',
        bytes: body.length,
      },
    ],
  };
  await page.route('**/models/index.json', (route) => route.fulfill({ json: manifest }));
  await page.route('**/models/hostile.tsm', (route) => route.fulfill({ body }));
});
afterAll(async () => {
  await browser.close();
});

const prompt = () => page.getByRole('textbox', { name: 'Prompt' });
const tokens = () => page.getByRole('log', { name: 'Generated text' }).getByRole('button');

/** Opens a fresh page (the link in the address keeps nothing) with the prompt "start". */
async function open() {
  await page.goto(inject('baseUrl'));
  await page.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
  await prompt().fill('start');
}

/** Saves one export through the Export menu; the file's text. */
async function save(name: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

/** Nothing a token carried ran or became markup. */
async function expectNothingInjected() {
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('b').count()).toBe(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  expect(dialogs).toEqual([]);
}

describe('hostile tokens and prompts', () => {
  // The chart's token labels are canvas text (fillText, never parsed): barRecording.test.ts.
  it('hostile tokens show as text in the top list, the chart summary and a tooltip', async () => {
    await open();
    const top = page.getByRole('list', { name: 'Most likely next tokens' });
    const listed = await top.textContent();
    // Ten outcomes are listed: the likely first hostile token and others tied behind it.
    expect(listed).toMatch(/^1 <img·src=x·onerror=alert\(1\)>2 /);
    // And each button's name reads rank, token and probability.
    expect(await top.getByRole('button').first().getAttribute('aria-label')).toMatch(
      /^1 <img·src=x·onerror=alert\(1\)> \d+(\.\d+)? %$/,
    );
    expect(HOSTILE.filter((token) => listed?.includes(shown(token))).length).toBeGreaterThan(7);
    const summary = await page
      .getByRole('figure', { name: 'Next-token distribution' })
      .getByRole('img')
      .getAttribute('aria-label');
    expect(summary).toContain(shown(HOSTILE[0]));
    const first = top.getByRole('button').first();
    await first.focus();
    const tooltip = await page.getByRole('tooltip').textContent();
    expect(tooltip).toContain(shown(HOSTILE[0]));
    expect(
      await page.getByRole('combobox', { name: 'Model' }).getByRole('option').first().textContent(),
    ).toBe('Hostile <b onmouseover=alert(2)>model</b>');
    await expectNothingInjected();
  });

  it('hostile tokens show as text in the generated text and its popovers', async () => {
    await open();
    const slider = page.getByRole('slider', { name: 'Temperature' });
    await slider.focus();
    await page.keyboard.press('Home');
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < HOSTILE.length; i++) await step.click();
    // Greedy from "start" walks the corpus: every hostile token, in order, literally.
    expect(await tokens().allTextContents()).toEqual(HOSTILE);
    const log = page.getByRole('log', { name: 'Generated text' });
    expect(await log.textContent()).toBe(`start ${HOSTILE.join(' ')}`);
    await tokens().first().focus();
    expect(await page.getByRole('tooltip').textContent()).toContain(shown(HOSTILE[0]));
    await expectNothingInjected();
  });

  it('exports hold hostile tokens as data: CSV cells neutralised, JSON exact, SVG escaped', async () => {
    await open();
    const csv = await save('Distribution as CSV');
    for (const formula of ['=HYPERLINK', '+1', '-1', '@SUM(A1)']) {
      expect(csv).toContain(`'${formula}`);
    }
    for (const line of csv.split('\r\n')) expect(line.split(',')[1] ?? '').not.toMatch(/^[=+\-@]/);
    expect(csv).toContain('"""quoted"", cell"');

    const json = JSON.parse(await save('Distribution as JSON'));
    const exported = json.outcomes.map((o: { token: string }) => o.token);
    for (const token of HOSTILE) expect(exported).toContain(token);

    const svg = await save('Chart as SVG');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        labels: Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? ''),
      };
    }, svg);
    expect(parsed.errors).toBe(0);
    // The labelled top tokens, as escaped text that parses back to exactly the tokens.
    const ranked = exported.filter((_: string, i: number) => json.outcomes[i].probability > 0);
    ranked.slice(0, 12).forEach((token: string, i: number) => {
      expect(parsed.labels.some((l) => l.startsWith(`${i + 1}. ${shown(token)} `))).toBe(true);
    });
    expect(ranked.slice(0, 12).filter((t: string) => HOSTILE.includes(t)).length).toBeGreaterThan(
      8,
    );
    await expectNothingInjected();
  });

  it('a 10 000-character line in the prompt keeps the page usable and inside the window', async () => {
    await open();
    const line = `${'x'.repeat(10_000)} start`;
    await prompt().fill(line);
    expect(await prompt().inputValue()).toHaveLength(line.length);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    expect(await tokens().count()).toBe(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/hostile-long-line.png', fullPage: true });
    await expectNothingInjected();
  });

  it('logs no console errors', () => {
    expect(browser.problems).toEqual([]);
  });
});
