// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de';
import { isLoaded, loadMessages, MESSAGES } from '../../src/i18n/locales';
import { useLoadedLocale } from '../../src/i18n/useLoadedLocale';

describe('loadMessages and useLoadedLocale', () => {
  it('loadMessages resolves with German in MESSAGES; English needs no fetch', async () => {
    await loadMessages('en');
    await loadMessages('de');
    expect(isLoaded('de')).toBe(true);
    expect(MESSAGES.de).toBe(de);
  });

  it('useLoadedLocale shows a loaded language at once and follows a change', async () => {
    const { result, rerender } = renderHook(({ lang }) => useLoadedLocale(lang), {
      initialProps: { lang: 'de' as 'en' | 'de' },
    });
    expect(result.current).toBe('de');
    act(() => rerender({ lang: 'en' }));
    await waitFor(() => expect(result.current).toBe('en'));
  });
});
