// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALE_STORAGE_KEY, readStoredLocale, storeLocale } from '../../src/i18n/storedLocale';

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('storedLocale', () => {
  it('storeLocale(locale) is read back by readStoredLocale()', () => {
    expect(readStoredLocale()).toBeNull();
    storeLocale('de');
    expect(readStoredLocale()).toBe('de');
  });

  it('readStoredLocale() ignores a value that is not a language of the page', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'klingon');
    expect(readStoredLocale()).toBeNull();
  });

  it('storage that throws (blocked, full) just does not remember', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => storeLocale('de')).not.toThrow();
    expect(readStoredLocale()).toBeNull();
  });
});
