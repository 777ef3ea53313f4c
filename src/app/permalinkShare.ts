import type { StoreApi } from 'zustand/vanilla';
import type { Locale } from '../i18n/locales';
import { MESSAGES } from '../i18n/locales';
import type { NgramModel } from '../model/types';
import type { Explorer } from '../store/types';
import type { ControlName } from '../views/controls/controlNames';
import { currentText } from '../views/controls/currentText';
import type { ShareApi } from '../views/share/ShareContext';
import type { BundledModelEntry } from './loadBundledModel';
import { encodeState } from './permalink';
import { linkStateOf } from './permalinkOfStore';
import { sessionFile } from './permalinkSessionFile';

/** What the page's share functions work on. */
export interface ShareSource {
  store: StoreApi<Explorer>;
  controls: ReadonlySet<ControlName>;
  entries: readonly BundledModelEntry[];
  load: (entry: BundledModelEntry) => Promise<NgramModel>;
  /** embed.html: links then point to the full page beside it. */
  compact: boolean;
  /** The page's language: links and snippets carry it, messages are written in it. */
  locale?: Locale;
}

/** The page's Copy link, Embed and session file functions over one explorer store. */
export function createShareApi({
  store,
  controls,
  entries,
  load,
  compact,
  locale = 'en',
}: ShareSource): ShareApi {
  const m = MESSAGES[locale];
  const state = () => linkStateOf(store.getState(), controls, false, locale);
  const folder = () => new URL('./', window.location.href).href;
  return {
    pageUrl: () => (compact ? folder() : window.location.href.split('#')[0]) + encodeState(state()),
    // The Embed snippets' and the session reader's code are chunks of their own, fetched on first
    // use: the page's first draw does not wait for them.
    snippets: async () => {
      const s = store.getState();
      const link = state();
      const text = currentText(s.model, s.prompt, s.steps);
      // A failed fetch rejects: the Embed button says what to do.
      const { embedSnippets } = await import('./permalinkSnippets');
      return embedSnippets(link, text, folder(), m);
    },
    sessionFile: () => sessionFile(state(), store.getState().model.vocab),
    loadSession: async (text) => {
      const reader = await import('./permalinkLoadSession').catch(() => null);
      if (!reader) return m.sessionNotLoaded(m.partNotLoaded);
      const loaded = await reader.loadSessionFile(text, entries, load, m);
      if (loaded.errors) {
        return m.sessionNotLoaded(loaded.errors.join('; '));
      }
      store.getState().restore(loaded.session);
      return null;
    },
  };
}
