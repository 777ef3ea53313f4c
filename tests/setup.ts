import { afterEach } from 'vitest';

// Testing Library unmounts after each test only when vitest globals are on; we keep them off.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
