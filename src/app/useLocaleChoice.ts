import { useCallback, useEffect, useState } from 'react';
import { browserLocale } from '../i18n/browserLocale';
import type { Locale } from '../i18n/locales';
import { readStoredLocale, storeLocale } from '../i18n/storedLocale';
import { useLoadedLocale } from '../i18n/useLoadedLocale';
import { langFromHash } from './langFromHash';

/**
 * The page's language: the one a link names (`lang=de`), else the one the person chose before
 * in this browser, else the first of the browser's languages the page speaks, else English.
 * `embedded` (embed.html) keeps nothing in the reader's browser and starts in English unless the
 * link names a language. A newly opened link that names a language switches to it;
 * `choose` switches and remembers the choice. `<html lang>` follows.
 */
export function useLocaleChoice(
  hash: string,
  embedded: boolean,
): [locale: Locale, choose: (locale: Locale) => void] {
  const linkLocale = langFromHash(hash);
  const [locale, setLocale] = useState<Locale>(
    () => linkLocale ?? (embedded ? 'en' : (readStoredLocale() ?? browserLocale())),
  );
  const [seenLink, setSeenLink] = useState(linkLocale);
  if (linkLocale !== seenLink) {
    setSeenLink(linkLocale);
    if (linkLocale) setLocale(linkLocale);
  }
  // German arrives as a chunk of its own: the page switches once it is here.
  const shown = useLoadedLocale(locale);
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  const choose = useCallback(
    (next: Locale) => {
      setLocale(next);
      if (!embedded) storeLocale(next);
    },
    [embedded],
  );
  return [shown, choose];
}
