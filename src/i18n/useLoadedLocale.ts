import { useEffect, useState } from 'react';
import { isLoaded, type Locale, loadMessages } from './locales';

/**
 * The language to show: `requested` once its messages are here, and until then the language shown
 * before (English at first). Starts fetching them when needed; a failed fetch keeps the language
 * shown and is retried on the next request.
 */
export function useLoadedLocale(requested: Locale): Locale {
  const [shown, setShown] = useState<Locale>(() => (isLoaded(requested) ? requested : 'en'));
  useEffect(() => {
    if (isLoaded(requested)) {
      setShown(requested);
      return;
    }
    let current = true;
    loadMessages(requested).then(
      () => current && setShown(requested),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [requested]);
  return isLoaded(requested) ? requested : shown;
}
