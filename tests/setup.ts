import { afterEach } from 'vitest';
import { de } from '../src/i18n/de';
import { provideMessages } from '../src/i18n/locales';

// The page fetches German as a chunk of its own when first chosen (the e2e tests cover that);
// unit and component tests render German at once.
provideMessages('de', de);

// Testing Library unmounts after each test only when vitest globals are on; we keep them off.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
