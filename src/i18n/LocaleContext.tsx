import { createContext, type ReactNode, useContext } from 'react';
import { type Locale, MESSAGES } from './locales';
import type { Messages } from './Messages';

/** The language of one mounted instance; English where no provider sets one. */
export const LocaleContext = createContext<Locale>('en');

/** Sets the language of the views below it (each app page or embed has its own). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The language of the views around the caller. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The messages in the language of the views around the caller. */
export function useMessages(): Messages {
  return MESSAGES[useContext(LocaleContext)];
}
