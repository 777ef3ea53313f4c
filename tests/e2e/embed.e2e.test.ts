import { resolve } from 'node:path';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from './browser';
import { serveFolder } from './csp/serveFolder';

// A sub-path of a plain static host with the strict policy; the test pages sit one folder
// below the built files, so models found relative to the page (not the script) would 404.
const SUB_PATH = '/some/sub/path/';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(SUB_PATH, {
    '': inject('outDir'),
    'csp/': resolve('tests/e2e/csp'),
  });
  browser = await openBrowser();
  page = browser.page;
  await page.setViewportSize({ width: 1300, height: 900 });
  // In every frame, before its scripts: record what the policy blocks.
  await browser.context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
    );
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every policy violation recorded so far in the page and its frames. */
async function violations(): Promise<string[]> {
  const lists = await Promise.all(
    page
      .frames()
      .map((frame: Frame) =>
        frame.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? []),
      ),
  );
  return lists.flat();
}

type Scope = Locator | FrameLocator;
const entropy = (scope: Scope) => scope.getByRole('status', { name: 'Entropy' });
const tokens = (scope: Scope) =>
  scope.getByRole('log', { name: 'Generated text' }).getByRole('button').allTextContents();
const generatedText = (scope: Scope) =>
  scope.getByRole('log', { name: 'Generated text' }).textContent();

/** Waits until the explorer in `scope` shows a distribution (its entropy in bits). */
async function rendered(scope: Scope) {
  await expect
    .poll(() => entropy(scope).textContent(), { timeout: 20_000 })
    .toMatch(/^\d+\.\d\d bits$/);
}

describe('embedding under a strict Content-Security-Policy', () => {
  const first = () => page.locator('token-scope#first');
  const second = () => page.locator('token-scope#second');
  const frame = () => page.frameLocator('iframe#frame');

  it('two <token-scope> elements and an iframe all render, with the parts their settings ask for', async () => {
    await page.goto(`${server.url}csp/index.html`);
    for (const scope of [first(), second(), frame()]) await rendered(scope);
    expect(await tokens(first())).toHaveLength(3);
    expect(await tokens(second())).toHaveLength(2);
    expect(await generatedText(second())).toMatch(/^Once upon a time/);
    // The iframe's state comes from its hash (the app's link format).
    expect(await generatedText(frame())).toMatch(/^Once upon a time/);
    // controls="temperature,step": those show, the rest are hidden (never renamed).
    for (const scope of [first(), frame()]) {
      expect(await scope.getByRole('slider', { name: 'Temperature' }).count()).toBe(1);
      expect(await scope.getByRole('button', { name: 'Step', exact: true }).count()).toBe(1);
      expect(await scope.getByRole('textbox', { name: 'Prompt' }).count()).toBe(0);
      expect(await scope.getByRole('combobox', { name: 'Model' }).count()).toBe(0);
    }
    // No controls attribute: every part, so every view renders under the policy.
    for (const [role, name] of [
      ['textbox', 'Prompt'],
      ['combobox', 'Model'],
      ['slider', 'Temperature'],
      ['spinbutton', 'Seed'],
      ['button', 'Undo'],
      ['button', 'Export'],
    ] as const) {
      expect(await second().getByRole(role, { name, exact: true }).count(), name).toBe(1);
    }
    for (const scope of [first(), frame()]) {
      const slider = scope.getByRole('slider', { name: 'Temperature' });
      expect(await slider.getAttribute('aria-valuetext')).toBe('0.80');
    }
    await page.screenshot({ path: 'test-results/embed-csp.png', fullPage: true });
  });

  it('the chart tooltip and the exports work inside the shadow root', async () => {
    const plot = second().getByRole('application');
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => second().getByRole('tooltip').textContent())
      .toMatch(/Rank2 of 12\u202f002/);
    for (const name of ['Chart as SVG', 'Chart as PNG']) {
      await second().getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        second().getByRole('button', { name }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^tokenscope-step-2\.(svg|png)$/);
    }
  });

  it('Step in one instance appends a token there and leaves the other unchanged', async () => {
    const before = await generatedText(second());
    const frameBefore = await tokens(frame());
    await first().getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(async () => (await tokens(first())).length).toBe(4);
    expect(await generatedText(second())).toBe(before);
    expect(await tokens(frame())).toEqual(frameBefore);

    await frame().getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(async () => (await tokens(frame())).length).toBe(frameBefore.length + 1);
    expect(await tokens(first())).toHaveLength(4);
    expect(await generatedText(second())).toBe(before);
  });

  it('attribute changes update the view; a bad value falls back and says so', async () => {
    const element = first();
    await element.evaluate((e) => e.setAttribute('temperature', '0'));
    const slider = element.getByRole('slider', { name: 'Temperature' });
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('0 (greedy)');
    expect(await entropy(element).textContent()).toBe('0.00 bits');
    expect(await tokens(element)).toHaveLength(4); // a temperature change keeps the text

    await element.evaluate((e) => e.setAttribute('prompt', 'It was a dark and stormy'));
    await expect.poll(() => generatedText(element)).toMatch(/^It was a dark and stormy/);
    expect(await tokens(element)).toHaveLength(3); // steps="3" from the new prompt

    await element.evaluate((e) => e.setAttribute('seed', 'banana'));
    const note = element.getByRole('note', { name: 'Embed settings' });
    await expect.poll(() => note.textContent()).toMatch(/seed="banana" is not a whole number/);
    await rendered(element);
    expect(await second().getByRole('note').count()).toBe(0);
  });

  it("keeps the host page's CSS out and its own CSS in", async () => {
    const step = first().getByRole('button', { name: 'Step', exact: true });
    expect(await step.isVisible()).toBe(true);
    const style = await step.evaluate((e) => {
      const s = getComputedStyle(e);
      return { color: s.color, transform: s.textTransform, font: s.fontFamily };
    });
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.transform).toBe('none');
    expect(style.font).not.toBe('serif');
    // The app's stylesheet makes labels bold: the page's own label is untouched.
    const label = await page.locator('#page-label').evaluate((e) => getComputedStyle(e).fontWeight);
    expect(label).toBe('400');
    expect(await page.locator('#page-button').isVisible()).toBe(false);
  });

  it('fits its container from 320 px to 1200 px wide', async () => {
    for (const widthPx of [320, 480, 800, 1200]) {
      const fit = await second().evaluate(async (element, width) => {
        (element as HTMLElement).style.width = `${width}px`;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const box = element.shadowRoot?.querySelector('.ts-embed');
        const canvas = element.shadowRoot?.querySelector('canvas');
        return {
          overflow: box ? box.scrollWidth - box.clientWidth : -1,
          canvas: canvas?.getBoundingClientRect().width ?? -1,
          host: element.getBoundingClientRect().width,
        };
      }, widthPx);
      expect(fit.host).toBe(widthPx);
      expect(fit.overflow, `${widthPx} px`).toBe(0);
      expect(fit.canvas).toBeGreaterThan(100);
      expect(fit.canvas).toBeLessThanOrEqual(widthPx);
      await page.screenshot({ path: `test-results/embed-${widthPx}px.png`, fullPage: true });
    }
  });

  it('reports no policy violation and no console error', async () => {
    expect(await violations()).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});

describe('the built folder on a sub-path', () => {
  it('mount() of the classic-script build renders, and its unmount removes it', async () => {
    await page.goto(`${server.url}csp/iife.html`);
    const figure = page.locator('#figure');
    await rendered(figure);
    expect(await tokens(figure)).toHaveLength(2);
    expect(await generatedText(figure)).toMatch(/^Once upon a time/);
    await figure.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(async () => (await tokens(figure)).length).toBe(3);
    await page.evaluate(() => (window as unknown as { unmountFigure: () => void }).unmountFigure());
    expect(await figure.getByRole('status', { name: 'Entropy' }).count()).toBe(0);
    expect(await violations()).toEqual([]);
  });

  it('serves the app and the iframe page from the sub-path', async () => {
    await page.goto(server.url);
    await rendered(page.locator('body'));
    expect(await page.getByRole('navigation', { name: 'Lessons' }).count()).toBe(1);
    await page.goto(`${server.url}embed.html#controls=step`);
    await rendered(page.locator('body'));
    expect(await page.getByRole('navigation', { name: 'Lessons' }).count()).toBe(0);
    expect(await page.getByRole('slider', { name: 'Temperature' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Step', exact: true }).count()).toBe(1);
    expect(await violations()).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
