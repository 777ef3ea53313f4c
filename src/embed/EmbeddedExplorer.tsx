import { useMemo } from 'react';
import { Explorer } from '../app/Explorer';
import { LocaleProvider } from '../i18n/LocaleContext';
import { MESSAGES } from '../i18n/locales';
import { EmbedNotices } from './EmbedNotices';
import type { EmbedOptions } from './embedOptions';
import type { ModelSource } from './modelSource';
import { resolveEmbedOptions } from './resolveEmbedOptions';
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
  const { settings, notices } = useMemo(() => resolveEmbedOptions(options), [options]);
  const { session, error } = useEmbedSession(settings, source);
  const shownNotices = session?.notice ? [...notices, session.notice] : notices;
  return (
    <LocaleProvider locale={settings.lang}>
      <div
        lang={settings.lang}
        className={settings.height ? 'ts-embed ts-embed-fixed' : 'ts-embed'}
        // A CSSOM property, which a strict Content-Security-Policy allows (a style attribute it would not).
        style={settings.height ? { height: settings.height } : undefined}
      >
        <EmbedNotices notices={shownNotices} />
        {error && (
          <p role="alert" className="ts-error">
            {error}
          </p>
        )}
        {!session && !error && (
          <p className="ts-embed-loading">{MESSAGES[settings.lang].loadingModel}</p>
        )}
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
