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
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stop = store.subscribe(() => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          settled.current = store.getState();
          notify();
        }, delayMs);
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
