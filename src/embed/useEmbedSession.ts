import { useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { BundledModelEntry } from '../app/loadBundledModel';
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
  /** Set when the requested model is not bundled and the first one is used instead. */
  notice: string | null;
}

let sessions = 0;

/**
 * The embed's explorer store: built (with `steps` tokens generated) when the model, prompt, seed
 * or steps change, kept when only the temperature changes. The previous store stays on show
 * until the next one is ready.
 */
export function useEmbedSession(
  settings: EmbedSettings,
  source: ModelSource,
): { session: EmbedSession | null; error: string | null } {
  const { model, prompt, seed, steps, temperature } = settings;
  const [session, setSession] = useState<EmbedSession | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Read when a store is built, without rebuilding on every temperature change.
  const temperatureRef = useRef(temperature);
  useEffect(() => {
    temperatureRef.current = temperature;
  }, [temperature]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const entries = await source.entries();
      if (entries.length === 0) throw new Error('models/index.json lists no model.');
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
          ? `model="${model}" is not a bundled model; using "${entry.id}" (bundled: ${entries.map((e) => e.id).join(', ')}).`
          : null;
      setSession({ id: ++sessions, store, entries, notice });
      setError(null);
    })().catch((e: unknown) => {
      if (cancelled) return;
      const reason = e instanceof Error ? e.message : String(e);
      setError(
        `${reason} Tokenscope looks for its models in the models/ folder beside tokenscope.js: copy the whole built folder.`,
      );
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
