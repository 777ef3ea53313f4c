import type { StoreApi } from 'zustand/vanilla';
import type { Locale } from '../i18n/locales';
import type { Explorer } from '../store/types';
import type { ControlName } from '../views/controls/controlNames';
import { modeFromHash } from './lessons';
import { encodeState } from './permalink';
import { linkStateOf } from './permalinkOfStore';

/** Whether anything a link holds changed between two states. */
const linkChanged = (a: Explorer, b: Explorer) =>
  a.steps !== b.steps ||
  a.modelId !== b.modelId ||
  a.prompt !== b.prompt ||
  a.temperature !== b.temperature ||
  a.seed !== b.seed ||
  a.topK !== b.topK ||
  a.topP !== b.topP ||
  a.minP !== b.minP ||
  a.maskUnk !== b.maskUnk;

/**
 * Keeps the address's hash in step with an explorer: `delayMs` after its inputs or steps last
 * changed, history.replaceState writes the state's hash (no history entry per step, and no
 * hashchange event, so the page does not reload it). Writes nothing while a lesson shows.
 * `now` writes at once; `presenter` and `lang` are written into the link as they are. `written`
 * hears each hash written. Returns a function that stops it.
 */
export function syncPermalink(
  store: StoreApi<Explorer>,
  controls: ReadonlySet<ControlName>,
  written: (hash: string) => void,
  {
    delayMs = 300,
    now = false,
    presenter = false,
    lang,
  }: { delayMs?: number; now?: boolean; presenter?: boolean; lang?: Locale } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    if (modeFromHash(window.location.hash) !== 'explore') return;
    const hash = encodeState(linkStateOf(store.getState(), controls, presenter, lang));
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
    written(hash);
  };
  if (now) write();
  const unsubscribe = store.subscribe((state, previous) => {
    if (!linkChanged(state, previous)) return;
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
