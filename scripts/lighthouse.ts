/**
 * Lighthouse scores of the built app in Debian's Chromium (desktop and mobile profiles), from
 * one run each. Usage: npm run lighthouse (after npm run build, or it builds first).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

await build({ logLevel: 'warn' });
const server = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 4185, strictPort: false },
});
const url = server.resolvedUrls?.local[0] ?? '';
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_ARGS,
});
try {
  for (const formFactor of ['desktop', 'mobile'] as const) {
    // Lighthouse's own desktop profile, and its default (mobile: 4x CPU slowdown, slow 4G) one.
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(
      url,
      { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error' },
      config,
    );
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map(
      (c) => `${c} ${Math.round((categories[c]?.score ?? 0) * 100)}`,
    ).join(', ');
    console.log(`Lighthouse ${formFactor}: ${scores}`);
    for (const audit of Object.values(result?.lhr.audits ?? {})) {
      if (
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'manual' &&
        audit.scoreDisplayMode !== 'notApplicable'
      ) {
        console.log(
          `  ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
        );
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
