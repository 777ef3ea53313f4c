import { isLocale, type Locale } from './locales';

/** The localStorage key of the language a person chose. */
export const LOCALE_STORAGE_KEY = 'tokenscope.lang';

/** The language a person chose earlier in this browser, or null (none, or storage unavailable). */
export function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Remembers a chosen language; when storage is unavailable (blocked, full) it is just not kept. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered: the choice still holds for this page.
  }
}
