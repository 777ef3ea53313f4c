import { de } from './de';
import { en } from './en';
import type { Messages } from './Messages';

/** The languages the page speaks, English first (the default). */
export const LOCALES = ['en', 'de'] as const;

/** A language of the page, as a BCP 47 tag ("en", "de"). */
export type Locale = (typeof LOCALES)[number];

/** Each language's name in that language, for the Language picker. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

/** The messages of each language. */
export const MESSAGES: Record<Locale, Messages> = { en, de };

/** Whether a value names one of the page's languages (exactly, e.g. "de"). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
