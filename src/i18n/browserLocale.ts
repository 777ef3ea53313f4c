import { LOCALES, type Locale } from './locales';

/**
 * The first of the browser's languages the page speaks ("de-AT" → "de"), else English.
 * `languages` defaults to navigator.languages (or none outside a browser).
 */
export function browserLocale(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const known = LOCALES.find((locale) => locale === base);
    if (known) return known;
  }
  return 'en';
}
