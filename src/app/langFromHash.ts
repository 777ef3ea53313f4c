import { isLocale, type Locale } from '../i18n/locales';

/** The language a URL hash names (`lang=de`), or null when it names none it knows. */
export function langFromHash(hash: string): Locale | null {
  const lang = new URLSearchParams(hash.replace(/^#/, '')).get('lang');
  return isLocale(lang) ? lang : null;
}
