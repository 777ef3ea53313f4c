import { en } from './en';
import type { Messages } from './Messages';

/** The languages the page speaks, English first (the default). */
export const LOCALES = ['en', 'de'] as const;

/** A language of the page, as a BCP 47 tag ("en", "de"). */
export type Locale = (typeof LOCALES)[number];

/** Each language's name in that language, for the Language picker. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

/**
 * The messages of each language. English is part of the app; every other language is a chunk of
 * its own, fetched when first chosen (so English readers never download it), and reads as
 * English until then: use `useLoadedLocale` to switch only once a language is here.
 */
export const MESSAGES: Record<Locale, Messages> = { en, de: en };

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  de: () => import('./de').then((module) => module.de),
};
const loaded = new Set<Locale>(['en']);
const loading = new Map<Locale, Promise<void>>();

/** Whether a language's messages are here (English always is). */
export function isLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Makes a language's messages available (tests and the loader). */
export function provideMessages(locale: Locale, messages: Messages): void {
  MESSAGES[locale] = messages;
  loaded.add(locale);
}

/** Fetches a language's messages once; resolves when they are in MESSAGES. */
export function loadMessages(locale: Locale): Promise<void> {
  if (locale === 'en' || loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]().then(
      (messages) => provideMessages(locale, messages),
      (error: unknown) => {
        // Not remembered: the next request fetches again.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Whether a value names one of the page's languages (exactly, e.g. "de"). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
