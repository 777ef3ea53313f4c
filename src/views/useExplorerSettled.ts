import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Explorer } from '../store/types';
import { useExplorerStore } from './ExplorerContext';
import { SETTLE_MS } from './useSettledUnless';

/**
 * The store's state while `live`; otherwise the last state that stayed unchanged for `delayMs`.
 * Unlike `useSettledUnless`, a view out of sight is not rendered by each change only to be told
 * to wait: its subscription waits, so a slider drag or autoplay costs it one render when it stops.
 */
export function useExplorerSettled(live: boolean, delayMs = SETTLE_MS): Explorer {
  const store = useExplorerStore();
  const settled = useRef(store.getState());
  const subscribe = useCallback(
    (notify: () => void) => {
      if (live) {
        return store.subscribe(notify);
      }
      // One timer per pause, not one per change (a clearTimeout and a setTimeout on every slider
      // move): when it fires and the state changed since, it waits out the rest.
      let timer: ReturnType<typeof setTimeout> | undefined;
      let changedAt = 0;
      const fire = () => {
        const rest = changedAt + delayMs - Date.now();
        if (rest > 0) {
          timer = setTimeout(fire, rest);
          return;
        }
        timer = undefined;
        settled.current = store.getState();
        notify();
      };
      const stop = store.subscribe(() => {
        changedAt = Date.now();
        timer ??= setTimeout(fire, delayMs);
      });
      return () => {
        clearTimeout(timer);
        stop();
      };
    },
    [store, live, delayMs],
  );
  // In sight it shows the current state, which is what it keeps when it goes out of sight.
  const snapshot = live
    ? () => {
        settled.current = store.getState();
        return settled.current;
      }
    : () => settled.current;
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
