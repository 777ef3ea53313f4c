import { useMemo } from 'react';
import { Explorer } from '../app/Explorer';
import { loadErrorText } from '../app/ModelLoadError';
import { LocaleProvider } from '../i18n/LocaleContext';
import { MESSAGES } from '../i18n/locales';
import { useLoadedLocale } from '../i18n/useLoadedLocale';
import { EmbedNotices } from './EmbedNotices';
import type { EmbedOptions } from './embedOptions';
import type { ModelSource } from './modelSource';
import { embedLang, resolveEmbedOptions } from './resolveEmbedOptions';
import { useEmbedSession } from './useEmbedSession';

/** Props of one embedded explorer. */
export interface EmbeddedExplorerProps {
  options: EmbedOptions;
  source: ModelSource;
}

/**
 * The explorer as an embed: compact, in its own language (`lang` on its top element), with the
 * parts and settings its options ask for, and a notice for any option it could not use.
 */
export function EmbeddedExplorer({ options, source }: EmbeddedExplorerProps) {
  // German arrives as a chunk of its own; until then the embed reads English, and its notices
  // are written again in German once it is here.
  const lang = useLoadedLocale(embedLang(options));
  const { settings, notices } = useMemo(
    () => resolveEmbedOptions(options, MESSAGES[lang]),
    [options, lang],
  );
  const { session, error } = useEmbedSession(settings, source);
  const m = MESSAGES[lang];
  const modelNotice = session?.notice;
  const shownNotices = modelNotice
    ? [
        ...notices,
        m.embedModelNotBundled(modelNotice.model, modelNotice.used, modelNotice.bundled.join(', ')),
      ]
    : notices;
  return (
    <LocaleProvider locale={lang}>
      <div
        lang={lang}
        className={settings.height ? 'ts-embed ts-embed-fixed' : 'ts-embed'}
        // A CSSOM property, which a strict Content-Security-Policy allows (a style attribute it would not).
        style={settings.height ? { height: settings.height } : undefined}
      >
        <EmbedNotices notices={shownNotices} />
        {error && (
          <p role="alert" className="ts-error">
            {m.embedModelsMissing(loadErrorText(error.error, m))}
          </p>
        )}
        {!session && !error && <p className="ts-embed-loading">{m.loadingModel}</p>}
        {session && (
          <Explorer
            key={session.id}
            store={session.store}
            entries={session.entries}
            load={source.load}
            shown={settings.shown}
            compact
          />
        )}
      </div>
    </LocaleProvider>
  );
}
