import { useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { BundledModelEntry } from '../app/loadBundledModel';
import { ModelLoadError } from '../app/ModelLoadError';
import { createExplorerStore } from '../store/createExplorerStore';
import type { Explorer } from '../store/types';
import type { EmbedSettings } from './embedOptions';
import type { ModelSource } from './modelSource';

/** One explorer built from an embed's settings. */
export interface EmbedSession {
  /** Counts rebuilds, so the view starts afresh with each new store. */
  id: number;
  store: StoreApi<Explorer>;
  entries: BundledModelEntry[];
  /**
   * Set when the requested model is not bundled and the first one is used instead: the model
   * asked for, the one used and the bundled ids (the view words it with `embedModelNotBundled`).
   */
  notice: { model: string; used: string; bundled: string[] } | null;
}

let sessions = 0;

/**
 * The embed's explorer store: built (with `steps` tokens generated) when the model, prompt, seed
 * or steps change, kept when only the temperature changes. The previous store stays on show
 * until the next one is ready. `error` is why no model could be loaded (for `loadErrorText`).
 */
export function useEmbedSession(
  settings: EmbedSettings,
  source: ModelSource,
): { session: EmbedSession | null; error: { error: unknown } | null } {
  const { model, prompt, seed, steps, temperature } = settings;
  const [session, setSession] = useState<EmbedSession | null>(null);
  const [error, setError] = useState<{ error: unknown } | null>(null);
  // Read when a store is built, without rebuilding on every temperature change.
  const temperatureRef = useRef(temperature);
  useEffect(() => {
    temperatureRef.current = temperature;
  }, [temperature]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const entries = await source.entries();
      if (entries.length === 0) throw new ModelLoadError({ kind: 'empty-list' });
      const entry = entries.find((e) => e.id === model) ?? entries[0];
      const loaded = await source.load(entry);
      if (cancelled) return;
      const store = createExplorerStore({
        model: loaded,
        modelId: entry.id,
        prompt,
        seed,
        temperature: temperatureRef.current,
      });
      for (let i = 0; i < steps; i++) store.getState().step();
      const notice =
        model !== null && entry.id !== model
          ? { model, used: entry.id, bundled: entries.map((e) => e.id) }
          : null;
      setSession({ id: ++sessions, store, entries, notice });
      setError(null);
    })().catch((e: unknown) => {
      if (!cancelled) setError({ error: e });
    });
    return () => {
      cancelled = true;
    };
  }, [source, model, prompt, seed, steps]);

  useEffect(() => {
    session?.store.getState().setTemperature(temperature);
  }, [session, temperature]);

  return { session, error };
}
