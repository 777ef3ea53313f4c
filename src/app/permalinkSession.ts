import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { type Locale, MESSAGES } from '../i18n/locales';
import type { Messages } from '../i18n/Messages';
import type { NgramModel } from '../model/types';
import { createExplorerStore } from '../store/createExplorerStore';
import type { Explorer } from '../store/types';
import { ALL_CONTROLS, type ControlName } from '../views/controls/controlNames';
import { nextTask } from '../worker/nextTask';
import type { Mode } from './lessons';
import { modeFromHash } from './lessons';
import type { BundledModelEntry } from './loadBundledModel';
import { decodeState } from './permalink';
import { carriesState } from './permalinkCarriesState';
import { type OpenedSession, openLink } from './permalinkOpen';
import { DEFAULT_LINK_STATE } from './permalinkState';
import { syncPermalink } from './permalinkSync';

/** The explorer session of the page, opened from the URL hash and kept in it. */
export interface PermalinkSession {
  /** null until the model is loaded. */
  store: StoreApi<Explorer> | null;
  /** The parts the link shows. */
  controls: ReadonlySet<ControlName>;
  /** What the link could not read; empty once dismissed. */
  problems: string[];
  dismiss: () => void;
  /** Presenter mode, as the link says; switching it rewrites the link at once. */
  presenter: boolean;
  setPresenter: (on: boolean) => void;
}

/** What a hash opens: its state when it carries one in the explorer, else the defaults. */
const read = (hash: string, m: Messages) =>
  modeFromHash(hash) === 'explore' && carriesState(hash)
    ? decodeState(hash, m)
    : { state: DEFAULT_LINK_STATE, problems: [] };

/**
 * Opens the explorer from the URL hash once the model list is known (model, prompt, settings,
 * every step, parts shown), reopens it when a new link is pasted into the address bar, and keeps
 * the hash in step with it while the explorer shows (replaceState, so no history entry per step).
 * `lang`, the page's language, is written into the hash too (at once when it changes), and the
 * problems of a link are told in it (those on show keep the language they were found in).
 */
export function usePermalinkSession(
  entries: readonly BundledModelEntry[],
  load: (entry: BundledModelEntry) => Promise<NgramModel>,
  hash: string,
  mode: Mode,
  loadOther?: (id: string) => Promise<NgramModel>,
  lang?: Locale,
): PermalinkSession {
  const [store, setStore] = useState<StoreApi<Explorer> | null>(null);
  const [controls, setControls] = useState<ReadonlySet<ControlName>>(ALL_CONTROLS);
  const [problems, setProblems] = useState<string[]>([]);
  const [presenter, setPresenterState] = useState(false);
  const presenterSwitched = useRef(false);
  const writtenLang = useRef(lang);
  // Read when a link is opened: a new language must not reopen the link.
  const language = useRef(lang);
  language.current = lang;
  // The hash the store shows: the link it was opened from or the last one written.
  const shownHash = useRef<string | null>(null);
  const opening = useRef(0);

  const open = useCallback(
    (linkHash: string, apply: (opened: OpenedSession) => void) => {
      const ticket = ++opening.current;
      const m = MESSAGES[language.current ?? 'en'];
      const link = read(linkHash, m);
      openLink(link.state, entries, load, loadOther, m).then(
        (opened) => {
          if (ticket !== opening.current) return;
          apply(opened);
          shownHash.current = carriesState(linkHash) ? linkHash : null;
          setControls(link.state.controls);
          setPresenterState(link.state.presenter);
          setProblems([...link.problems, ...opened.problems]);
        },
        // Only the first bundled model failing ends here, and useBundledModels reports that.
        () => {},
      );
    },
    [entries, load, loadOther],
  );

  const ready = entries.length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: opened once, from the first hash.
  useEffect(() => {
    if (!ready) return;
    open(window.location.hash, ({ session }) =>
      // In a task of its own: the first prediction, made with the store, is the longest piece of
      // script in opening the page, and needs no other work in its task.
      nextTask().then(() => {
        // The store starts from the link's inputs; only steps need a replay.
        const { steps, ...inputs } = session;
        const created = createExplorerStore(inputs);
        if (steps.length > 0) created.getState().restore(session);
        // A transition: React renders the first explorer in slices, not one long task.
        startTransition(() => setStore(created));
      }),
    );
  }, [ready]);

  useEffect(() => {
    if (!store || mode !== 'explore' || hash === shownHash.current || !carriesState(hash)) return;
    open(hash, ({ session }) => store.getState().restore(session));
  }, [store, hash, mode, open]);

  const exploring = mode === 'explore';
  useEffect(() => {
    if (!store || !exploring) return;
    // Back in the explorer from a lesson, or presenter mode switched: the address shows it now.
    const now =
      presenterSwitched.current ||
      writtenLang.current !== lang ||
      (shownHash.current !== null && !carriesState(window.location.hash));
    presenterSwitched.current = false;
    writtenLang.current = lang;
    return syncPermalink(store, controls, (written) => (shownHash.current = written), {
      now,
      presenter,
      lang,
    });
  }, [store, exploring, controls, presenter, lang]);

  const setPresenter = useCallback((on: boolean) => {
    presenterSwitched.current = true;
    setPresenterState(on);
  }, []);
  const dismiss = useCallback(() => setProblems([]), []);
  return { store, controls, problems, dismiss, presenter, setPresenter };
}
