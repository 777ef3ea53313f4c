import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFindings } from './axe';
import { openBrowser } from './browser';

const PHONE = { width: 375, height: 667 };

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  page = browser.page;
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

/**
 * With every disclosure opened: the page's scroll width, and each element that reaches past the
 * screen's edge where no scrolling box of its own lets a reader reach it (a panel that contains
 * its layout would cut it off without widening the page).
 */
function overflow(): Promise<{ scrollWidth: number; cutOff: string[] }> {
  return page.evaluate(async () => {
    const disclosures = [...document.querySelectorAll('details')];
    for (const details of disclosures) details.open = true;
    // Their tables render after the toggle events: wait until each shows more than its summary.
    for (let i = 0; i < 50 && disclosures.some((d) => d.children.length < 2); i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const width = document.documentElement.clientWidth;
    const scrolls = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
    const cutOff: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 0.5 && box.left >= -0.5) continue;
      let inside = false;
      for (let a = element.parentElement; a && a !== document.body; a = a.parentElement) {
        if (scrolls(a)) inside = true;
      }
      if (!inside) {
        const name = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`;
        cutOff.push(`${name} (${Math.round(box.left)}–${Math.round(box.right)} px)`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, cutOff };
  });
}

/** Every mode of the page, with something that shows it has rendered. */
const MODES = [
  { hash: '', ready: (p: Page) => p.getByRole('status', { name: 'Entropy' }) },
  { hash: '#mode=loop', ready: (p: Page) => p.getByRole('region', { name: 'Greedy lane' }) },
  { hash: '#mode=score', ready: (p: Page) => p.getByRole('status', { name: 'Cross-entropy' }) },
  { hash: '#mode=entropy', ready: (p: Page) => p.getByRole('img', { name: 'Entropy by context' }) },
  {
    hash: '#mode=samples',
    ready: (p: Page) => p.getByRole('button', { name: 'Sample 100 continuations' }),
  },
];

const entropyText = () => page.getByRole('status', { name: 'Entropy' }).textContent();
const tokens = () => page.getByRole('log', { name: 'Generated text' }).getByRole('button');

describe('on a 375 × 667 touch screen', () => {
  for (const mode of MODES) {
    it(`${mode.hash || 'the explorer'} fits the width, tables open: no horizontal scroll, nothing cut off`, async () => {
      await page.goto(`${inject('baseUrl')}${mode.hash}`);
      await mode.ready(page).first().waitFor();
      if (mode.hash === '') await page.getByRole('button', { name: 'Step', exact: true }).tap();
      if (mode.hash === '#mode=samples') {
        await page.getByRole('button', { name: 'Sample 100 continuations' }).tap();
        await page.getByRole('list', { name: 'Continuations' }).waitFor();
      }
      const { scrollWidth, cutOff } = await overflow();
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      expect(cutOff).toEqual([]);
      // The opened tables and the boxes that scroll them pass axe at this width too.
      expect(await axeFindings(page)).toEqual([]);
      const name = mode.hash.replace('#mode=', '') || 'explore';
      await page.screenshot({ path: `test-results/phone-${name}.png`, fullPage: true });
    });
  }

  it('a tap on Step appends a token, and a tap on the slider changes the entropy', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('status', { name: 'Entropy' }).waitFor();
    await page.getByRole('button', { name: 'Step', exact: true }).tap();
    await expect.poll(() => tokens().count()).toBe(1);

    const slider = page.getByRole('slider', { name: 'Temperature' });
    const before = await entropyText();
    const box = await slider.boundingBox();
    if (!box) throw new Error('the slider has no box');
    // Near the hot end of the track: the thumb jumps there and the distribution flattens.
    await slider.tap({ position: { x: box.width * 0.9, y: box.height / 2 } });
    await expect.poll(() => slider.getAttribute('aria-valuetext')).not.toBe('1.00');
    expect(await entropyText()).not.toBe(before);
  });

  it('a tap on a bar shows its tooltip; a second tap on it chooses it', async () => {
    await page.goto(inject('baseUrl'));
    const plot = page.getByRole('application', { name: /^Chart:/ });
    await plot.waitFor();
    const box = await plot.boundingBox();
    if (!box) throw new Error('the plot has no box');
    // Right of the probability axis, among the bars (rank 1 at the left).
    const bar = { x: box.width * 0.4, y: box.height * 0.6 };
    await plot.tap({ position: bar });
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/Rank\d/);
    expect(await tokens().count()).toBe(0);
    await page.screenshot({ path: 'test-results/phone-tooltip.png' });
    await plot.tap({ position: bar });
    await expect.poll(() => tokens().count()).toBe(1);
    expect(browser.problems).toEqual([]);
  });
});
