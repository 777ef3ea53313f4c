import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFindings } from './axe';
import { openBrowser } from './browser';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  // An English browser: German comes only from the person's choice.
  browser = await openBrowser({ locale: 'en-US' });
  page = browser.page;
});
afterAll(async () => {
  await browser.close();
});

const htmlLang = (p: Page) => p.evaluate(() => document.documentElement.lang);
const tokens = (p: Page, log: string) => p.getByRole('log', { name: log }).getByRole('button');

/** With every disclosure open: how far the page scrolls sideways past the screen's width. */
function sidewaysScroll(p: Page): Promise<number> {
  return p.evaluate(async () => {
    const disclosures = [...document.querySelectorAll('details')];
    for (const details of disclosures) details.open = true;
    for (let i = 0; i < 50 && disclosures.some((d) => d.children.length < 2); i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });
}

/** In the Scoring lesson: inspects a token, so the prediction table shows beside the others. */
async function showScoringParts(p: Page): Promise<void> {
  await p.getByRole('region', { name: 'Bewerteter Text' }).getByRole('button').nth(3).click();
  await p.getByRole('table', { name: /^Vorhergesagte Verteilung/ }).waitFor();
}

describe('the page in German', () => {
  it('Deutsch, chosen with the keyboard, renames the controls and sets <html lang="de">', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('status', { name: 'Entropy' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    const language = page.getByRole('combobox', { name: 'Language' });
    await language.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Schritt', exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('de');
    expect(await page.getByRole('combobox', { name: 'Sprache' }).inputValue()).toBe('de');
    expect(await page.getByRole('button', { name: 'Step', exact: true }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Lektionen' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Schritt', exact: true }).press('Enter');
    await expect.poll(() => tokens(page, 'Erzeugter Text').count()).toBe(1);
    expect(await page.getByRole('status', { name: 'Schrittansage' }).textContent()).toMatch(
      /^Schritt 1: .*Entropie \d+,\d\d Bit$/,
    );
  });

  it('stays German after a reload, and on a fresh visit without a link (the choice is remembered)', async () => {
    // The address follows the session: the step and the language are in it before the reload.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/steps=.*&lang=de/);
    await page.reload();
    await page.getByRole('button', { name: 'Schritt', exact: true }).waitFor();
    expect(await tokens(page, 'Erzeugter Text').count()).toBe(1);
    expect(await htmlLang(page)).toBe('de');

    await page.goto('about:blank');
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Schritt', exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('de');
  });

  it('axe finds no violation in German, in the explorer and in a lesson', async () => {
    await page.getByRole('button', { name: 'Schritt', exact: true }).click();
    await tokens(page, 'Erzeugter Text').first().waitFor();
    expect(await axeFindings(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Lektionen' }).getByRole('link').nth(1).click();
    await page.locator('.ts-loop-lane').first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Schleifenlabor' }).count()).toBe(1);
    expect(await htmlLang(page)).toBe('de');
    expect(await axeFindings(page)).toEqual([]);
  });

  it('axe finds no violation in the Scoring and Entropy lessons in German, with their parts open', async () => {
    await page.goto(`${inject('baseUrl')}#mode=score`);
    await page.getByRole('heading', { level: 2, name: 'Einen Text bewerten' }).waitFor();
    expect(await htmlLang(page)).toBe('de');
    await showScoringParts(page);
    expect(await page.getByRole('heading', { level: 3, name: 'An dieser Stelle' }).count()).toBe(1);
    expect(await page.getByRole('status', { name: 'Kreuzentropie' }).textContent()).toMatch(
      /^Kreuzentropie \d+,\d\d Bit pro Token, Perplexität \d+,\d, über \d+ Tokens/,
    );
    await sidewaysScroll(page);
    expect(await axeFindings(page)).toEqual([]);

    await page.goto(`${inject('baseUrl')}#mode=entropy`);
    await page.getByRole('heading', { level: 2, name: 'Entropie nach Kontext' }).waitFor();
    await page.getByRole('img', { name: 'Entropie nach Kontext' }).waitFor();
    expect(
      await page
        .getByRole('heading', { level: 3, name: 'Mittlere Entropie jeder Textart' })
        .count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Erzählung' }).click();
    await page.getByRole('figure', { name: 'Erzählung, nach Entropie schattiert' }).waitFor();
    expect(await htmlLang(page)).toBe('de');
    expect(await axeFindings(page)).toEqual([]);
  });

  it('English comes back with the same picker, under its English name', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await page.getByRole('button', { name: 'Step', exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(browser.problems).toEqual([]);
  });
});

describe('German on a phone', () => {
  it('no page scrolls sideways at 375 px, in the explorer or a lesson', async () => {
    const phone = await openBrowser({
      viewport: { width: 375, height: 667 },
      isMobile: true,
      hasTouch: true,
      locale: 'de-DE',
    });
    try {
      for (const hash of ['', '#mode=loop', '#mode=score', '#mode=entropy', '#mode=samples']) {
        await phone.page.goto(`${inject('baseUrl')}${hash}`);
        await phone.page.getByRole('combobox', { name: 'Sprache' }).waitFor();
        if (hash === '') {
          await phone.page.getByRole('button', { name: 'Schritt', exact: true }).click();
          await tokens(phone.page, 'Erzeugter Text').first().waitFor();
        } else {
          // The lesson itself, not only the page around it (lessons load on demand).
          await phone.page.locator('.ts-lesson').getByRole('heading', { level: 2 }).waitFor();
        }
        if (hash === '#mode=score') await showScoringParts(phone.page);
        if (hash === '#mode=entropy') {
          await phone.page.getByRole('img', { name: 'Entropie nach Kontext' }).waitFor();
        }
        expect(await htmlLang(phone.page), hash).toBe('de');
        expect(await sidewaysScroll(phone.page), hash || 'explore').toBeLessThanOrEqual(0);
      }
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
