import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, workersStartedDuring } from './browser';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

async function open() {
  await page.goto(inject('baseUrl'));
  await page.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
}

/**
 * Counts pixels of the bar canvas as the page shows it (a screenshot: a worker may own the
 * canvas), with the axes and labels over it hidden: `bar`, the bars' blue; `dark`, near-black
 * pixels however faint (anti-aliased), which only the T = 1 outline draws.
 */
async function canvasPixels(page: Page): Promise<{ bar: number; dark: number }> {
  const hide = await page.addStyleTag({
    content: '.ts-chart-overlay, .ts-chart-labels, .ts-chart-tooltip { visibility: hidden; }',
  });
  let png: Buffer;
  // The canvas, not the chart's first frame without it.
  await page.locator('canvas.ts-chart-canvas').waitFor();
  try {
    png = await page.locator('canvas.ts-chart-canvas').screenshot();
  } finally {
    await hide.evaluate((style) => (style as Element).remove());
  }
  return page.evaluate(async (base64) => {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return { bar: -1, dark: -1 };
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let bar = 0;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (b > 120 && b > r + 60 && b > g + 20) bar++;
      // Neutral grey to black: the outline (#1b1b1b at 80 %) over the page, however faint;
      // the hatching is bluish grey, the bars blue.
      if (Math.max(r, g, b) < 200 && Math.max(r, g, b) - Math.min(r, g, b) <= 3) dark++;
    }
    return { bar, dark };
  }, png.toString('base64'));
}

/** Exports the distribution as CSV through the Export control and parses it. */
async function exportCsv(): Promise<{ token: string; p: number }[]> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Distribution as CSV' }).click(),
  ]);
  const path = await download.path();
  const lines = readFileSync(path, 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('rank,token,probability,logit');
  // Probability is the second field from the end, whatever quoting the token needs.
  return lines.slice(1).map((line) => {
    const fields = line.split(',');
    return { token: fields.slice(1, -2).join(','), p: Number(fields[fields.length - 2]) };
  });
}

const entropyText = () => page.getByRole('status', { name: 'Entropy' }).textContent();
const generatedTokens = () =>
  page.getByRole('log', { name: 'Generated text' }).getByRole('button').allTextContents();

describe('the explorer page', () => {
  it('offers every control by its role and name', async () => {
    await open();
    await page.getByRole('slider', { name: 'Temperature' }).waitFor();
    // The panels under the chart mount after the first paint, and show from the next frame on.
    await page.getByRole('spinbutton', { name: 'Seed', exact: true }).waitFor();
    for (const [role, name] of [
      ['textbox', 'Prompt'],
      ['combobox', 'Model'],
      ['spinbutton', 'Seed'],
      ['button', 'Step'],
      ['button', 'Play'],
      ['button', 'Undo'],
      ['button', 'Redo'],
      ['button', 'Reset'],
      ['button', 'Export'],
      ['status', 'Entropy'],
      ['log', 'Generated text'],
    ] as const) {
      expect(await page.getByRole(role, { name, exact: true }).count(), `${role} ${name}`).toBe(1);
    }
    expect(await page.getByRole('img').first().getAttribute('aria-label')).toMatch(/%/);
    await page.screenshot({ path: 'test-results/explorer.png', fullPage: true });
  });

  it('exports a CSV with one row per outcome that sums to 1 and matches the Entropy text', async () => {
    await open();
    const rows = await exportCsv();
    expect(rows).toHaveLength(12002);
    expect(rows.reduce((sum, r) => sum + r.p, 0)).toBeCloseTo(1, 9);
    const entropy = -rows.reduce((h, r) => h + (r.p > 0 ? r.p * Math.log2(r.p) : 0), 0);
    expect(await entropyText()).toBe(`${entropy.toFixed(2)} bits`);
  });

  it('at T = 0 puts all the probability on one outcome', async () => {
    await open();
    const slider = page.getByRole('slider', { name: 'Temperature' });
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await slider.getAttribute('aria-valuetext')).toBe('0 (greedy)');
    expect(await entropyText()).toBe('0.00 bits');
    const rows = await exportCsv();
    expect(rows.filter((r) => r.p === 1)).toHaveLength(1);
    expect(rows.filter((r) => r.p > 0)).toHaveLength(1);
  });

  it('draws the T = 1 outline on the bar canvas only while T is not 1', async () => {
    await open();
    const outlinePixels = async () => (await canvasPixels(page)).dark;
    expect(await outlinePixels()).toBe(0);
    const slider = page.getByRole('slider', { name: 'Temperature' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(outlinePixels).toBeGreaterThan(200);
    await page.keyboard.press('Home');
    await expect.poll(outlinePixels).toBeGreaterThan(200);
    await page.getByRole('button', { name: 'T = 1' }).click();
    await expect.poll(outlinePixels).toBe(0);
  });

  it('draws the bars in a worker that owns the canvas, and on the page when that worker cannot start', async () => {
    // Until the bars show: the worker starts once the plot has its width, after the figure.
    const workers = await workersStartedDuring(page, async () => {
      await open();
      await expect.poll(async () => (await canvasPixels(page)).bar).toBeGreaterThan(20);
    });
    expect(workers.some((url) => /barWorker/.test(url))).toBe(true);
    // Handed over: the page can no longer draw on it itself.
    const pageCanDraw = () =>
      page.locator('canvas.ts-chart-canvas').evaluate((canvas: HTMLCanvasElement) => {
        try {
          return canvas.getContext('2d') !== null;
        } catch {
          return false;
        }
      });
    expect(await pageCanDraw()).toBe(false);

    let refused = 0;
    await page.route('**/barWorker*.js', (route) => {
      refused++;
      return route.fulfill({ status: 404 });
    });
    try {
      await open();
      await expect.poll(() => refused).toBeGreaterThan(0);
      await expect.poll(pageCanDraw, { timeout: 5000 }).toBe(true);
      await expect.poll(async () => (await canvasPixels(page)).bar).toBeGreaterThan(20);
      // The bars still follow the slider: the outline appears away from T = 1.
      await page.getByRole('slider', { name: 'Temperature' }).focus();
      await page.keyboard.press('End');
      await expect.poll(async () => (await canvasPixels(page)).dark).toBeGreaterThan(200);
    } finally {
      await page.unrouteAll();
    }
    expect(browser.problems.filter((p) => !/barWorker/.test(p))).toEqual([]);
    browser.problems.length = 0;
  });

  it('Step appends a token, and the same seed gives the same text after a reload', async () => {
    await open();
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step' }).click();
    const first = await generatedTokens();
    expect(first).toHaveLength(6);
    // The address keeps the session: a reload shows the same tokens.
    await page.waitForFunction(() => /steps=/.test(window.location.hash));
    await page.reload();
    await page.getByRole('figure', { name: 'Next-token distribution' }).waitFor();
    await expect.poll(generatedTokens).toEqual(first);
    // A fresh page (no hash) with the same seed draws the same tokens again.
    await open();
    expect(await generatedTokens()).toEqual([]);
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step' }).click();
    expect(await generatedTokens()).toEqual(first);
    await page.screenshot({ path: 'test-results/explorer-after-steps.png', fullPage: true });
  });

  it('shows a generated token’s alternatives over the chart beside the text, not under it', async () => {
    await open();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step' }).click();
    await page.locator('[data-step]').last().focus();
    await page.getByRole('tooltip').waitFor();
    // Points of the tip outside the text's column (over the chart, at 1280 px wide), in view.
    const hits = await page.evaluate(() => {
      const tip = document.querySelector('[role="tooltip"]');
      const column = document.querySelector('.ts-input')?.getBoundingClientRect();
      if (!tip || !column) return [];
      const r = tip.getBoundingClientRect();
      const found: boolean[] = [];
      for (let y = r.top + 2; y < Math.min(r.bottom, innerHeight) - 2; y += 6) {
        for (let x = r.left + 2; x < r.right - 2; x += 6) {
          if (x > column.right || y > column.bottom) {
            found.push(tip.contains(document.elementFromPoint(x, y)));
          }
        }
      }
      return found;
    });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every(Boolean)).toBe(true);
  });

  it('exports the chart as an SVG with text and as a PNG image', async () => {
    await open();
    const save = async (name: string) => {
      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return readFileSync(await download.path());
    };
    const svg = (await save('Chart as SVG')).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/rank \(1 = most likely\)/);
    const png = await save('Chart as PNG');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
  });

  it('the cumulative chart, timeline and Why panel, out of sight during autoplay, are current in view', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open();
    const cumulative = page.getByRole('figure', { name: 'Cumulative distribution' });
    const outOfSight = await cumulative.evaluate(
      (e) => e.getBoundingClientRect().top > innerHeight,
    );
    expect(outOfSight).toBe(true);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('every frame');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const tokens = await generatedTokens();
    expect(tokens.length).toBeGreaterThan(5);
    await cumulative.scrollIntoViewIfNeeded();
    // The dart caption names the last step; the timeline counts every step.
    await expect
      .poll(() => cumulative.locator('figcaption').textContent())
      .toContain(`(step ${tokens.length})`);
    const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('img');
    await timeline.scrollIntoViewIfNeeded();
    await expect
      .poll(() => timeline.getAttribute('aria-label'))
      .toContain(`${tokens.length} steps`);
    // The last chip of the window the model uses is the last token (⟨start⟩ after an end of text).
    const why = page.getByRole('region', { name: 'Why this distribution' });
    await why.scrollIntoViewIfNeeded();
    const lastLabel =
      (await page
        .getByRole('log', { name: 'Generated text' })
        .getByRole('button')
        .last()
        .getAttribute('aria-label')) ?? '';
    const lastChip = () =>
      why.getByRole('list', { name: 'Context the model uses' }).getByRole('listitem').last();
    await expect
      .poll(async () => {
        const chip = (await lastChip().textContent()) ?? '';
        return chip === '⟨start⟩' || lastLabel.startsWith(`${chip}, `);
      })
      .toBe(true);
  });

  it('logs no console errors and fetches nothing that fails', () => {
    expect(browser.problems).toEqual([]);
  });
});
