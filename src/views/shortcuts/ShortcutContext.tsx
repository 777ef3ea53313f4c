import { createContext, useContext, useEffect, useRef } from 'react';

/** One keyboard shortcut: the keys that fire it, what it does in words, and the action. */
export interface Shortcut {
  /** KeyboardEvent.key values, e.g. ['s'] or ['[', '-']. */
  keys: readonly string[];
  label: string;
  run: () => void;
}

/** Where views register their shortcuts; absent (no shortcuts) in embeds. */
export interface ShortcutRegistry {
  register(shortcut: Shortcut): () => void;
}

export const ShortcutContext = createContext<ShortcutRegistry | null>(null);

/**
 * Registers a shortcut while the calling view is mounted (and `enabled`); the latest `run` is
 * always the one called. Does nothing outside a ShortcutsProvider.
 */
export function useShortcut(
  keys: readonly string[],
  label: string,
  run: () => void,
  enabled = true,
): void {
  const registry = useContext(ShortcutContext);
  const latest = useRef(run);
  latest.current = run;
  const keyList = keys.join('\u0000');
  useEffect(() => {
    if (!registry || !enabled) return;
    return registry.register({ keys: keyList.split('\u0000'), label, run: () => latest.current() });
  }, [registry, keyList, label, enabled]);
}
