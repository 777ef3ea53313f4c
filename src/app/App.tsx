import { lazy, Suspense, useMemo } from 'react';
import { LocaleProvider } from '../i18n/LocaleContext';
import { MESSAGES } from '../i18n/locales';
import { BarSurfacesContext } from '../views/chart/barSurfaces';
import type { ControlName } from '../views/controls/controlNames';
import { LanguagePicker } from '../views/controls/LanguagePicker';
import { LinkNotice } from '../views/share/LinkNotice';
import { ShareProvider } from '../views/share/ShareContext';
import { ShortcutsProvider } from '../views/shortcuts/ShortcutsProvider';
import { useUserModels } from '../worker/useUserModels';
import { appBarSurfaces } from '../worker/workerBarSurfaces';
import { Explorer as ExplorerPage } from './Explorer';
import { LessonGallery } from './LessonGallery';
import { modeFromHash, promptFromHash } from './lessons';
import { loadErrorText } from './ModelLoadError';
import { PresenterButton } from './PresenterButton';
import { usePermalinkSession } from './permalinkSession';
import { createShareApi } from './permalinkShare';
import { presenterParts } from './presenter';
import { useBundledModels } from './useBundledModels';
import { useHash } from './useHash';
import { useLocaleChoice } from './useLocaleChoice';

// Loaded when a lesson is opened, so the explorer's first draw does not wait for them.
const Lesson = lazy(() => import('./Lesson').then((m) => ({ default: m.Lesson })));

/** Props of the page; the defaults are the full standalone page. */
export interface AppProps {
  /** The embed.html layout: no header or gallery, the compact explorer. */
  compact?: boolean;
  /** The explorer's parts shown (by default those the link names, or all). */
  shown?: ReadonlySet<ControlName>;
}

/**
 * The standalone page: loads the bundled models, then shows the explorer (opened from the link
 * in the URL hash, which follows it) or a lesson.
 */
export function App({ compact = false, shown }: AppProps = {}) {
  const models = useBundledModels();
  // Embeds keep nothing in the reader's browser: no storage, no training panel.
  const userModels = useUserModels(compact ? null : undefined);
  const hash = useHash();
  const mode = modeFromHash(hash);
  const [locale, chooseLocale] = useLocaleChoice(hash, compact);
  const m = MESSAGES[locale];
  const { store, controls, problems, dismiss, presenter, setPresenter } = usePermalinkSession(
    models.entries,
    models.load,
    hash,
    mode,
    compact ? undefined : userModels.load,
    locale,
  );
  const parts = useMemo(
    () => presenterParts(shown ?? controls, presenter),
    [shown, controls, presenter],
  );
  const { entries, load } = models;
  const share = useMemo(
    () => store && createShareApi({ store, controls: parts, entries, load, compact, locale }),
    [store, parts, entries, load, compact, locale],
  );
  const page = (
    <main className={presenter ? 'ts-app ts-presenter' : 'ts-app'}>
      {!compact && (
        <header className="ts-header">
          <h1>Tokenscope</h1>
          {!presenter && <p>{m.appTagline}</p>}
          {mode === 'explore' && <PresenterButton presenter={presenter} onChange={setPresenter} />}
          <LanguagePicker value={locale} onChange={chooseLocale} />
        </header>
      )}
      {!compact && !presenter && <LessonGallery current={mode} />}
      {models.error && (
        <p role="alert" className="ts-error">
          {loadErrorText(models.error.error, m)}
        </p>
      )}
      {models.notice && (
        <p role="alert" className="ts-error">
          {m.modelFallback(
            models.notice.errors.map((e) => loadErrorText(e, m)).join(' '),
            m.bundledModelName(models.notice.id, models.notice.name),
          )}
        </p>
      )}
      {!store && !models.error && <p>{m.loadingModel}</p>}
      {mode === 'explore' && <LinkNotice problems={problems} onDismiss={dismiss} />}
      {store && share && mode === 'explore' && (
        <ShareProvider api={share}>
          {/* The bars are drawn by a worker: this page and embed.html share its origin. */}
          <BarSurfacesContext.Provider value={appBarSurfaces}>
            <ExplorerPage
              store={store}
              entries={models.entries}
              load={models.load}
              shown={parts}
              compact={compact}
              userModels={compact || presenter ? undefined : userModels}
            />
          </BarSurfacesContext.Provider>
        </ShareProvider>
      )}
      {store && mode !== 'explore' && (
        // Lessons use the model picked in the explorer (read when the mode changes).
        <Suspense fallback={<p>{m.loadingLesson}</p>}>
          <Lesson
            mode={mode}
            model={store.getState().model}
            modelId={store.getState().modelId}
            prompt={promptFromHash(hash)}
          />
        </Suspense>
      )}
    </main>
  );
  // The keyboard map belongs to the standalone page; an embed never takes its host's keys.
  return (
    <LocaleProvider locale={locale}>
      {compact ? page : <ShortcutsProvider>{page}</ShortcutsProvider>}
    </LocaleProvider>
  );
}
