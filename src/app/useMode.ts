import { useSyncExternalStore } from 'react';
import { type Mode, modeFromHash } from './lessons';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The page's mode, read from the URL hash and followed as it changes (links, back, forward). */
export function useMode(): Mode {
  return useSyncExternalStore(
    subscribe,
    () => modeFromHash(window.location.hash),
    () => 'explore',
  );
}
