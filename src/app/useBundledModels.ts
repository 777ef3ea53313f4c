import { useCallback, useEffect, useRef, useState } from 'react';
import type { NgramModel } from '../model/types';
import { type BundledModelEntry, loadBundledModel, loadManifest } from './loadBundledModel';
import { loadFirstModel } from './loadFirstModel';

/**
 * The bundled models: the list (without any that failed to load at start), the first model that
 * loaded, a loader with a cache, the error when none loads and, when the default model failed and
 * another one stands in for it, why (the load errors) and the stand-in's name, for a notice; the
 * view words both with `loadErrorText` in its language.
 */
export function useBundledModels() {
  const [entries, setEntries] = useState<BundledModelEntry[]>([]);
  const [first, setFirst] = useState<{ entry: BundledModelEntry; model: NgramModel } | null>(null);
  const [error, setError] = useState<{ error: unknown } | null>(null);
  const [notice, setNotice] = useState<{ errors: unknown[]; id: string; name: string } | null>(
    null,
  );
  const cache = useRef(new Map<string, Promise<NgramModel>>());

  const load = useCallback((entry: BundledModelEntry) => {
    let pending = cache.current.get(entry.id);
    if (!pending) {
      pending = loadBundledModel(entry);
      pending.catch(() => cache.current.delete(entry.id));
      cache.current.set(entry.id, pending);
    }
    return pending;
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const list = await loadManifest();
      const loaded = await loadFirstModel(list, load);
      if (cancelled) return;
      const failed = new Set(loaded.failures.map((f) => f.entry));
      // The working model comes first: it is the default a fresh page and a link fall back to.
      setEntries(list.filter((entry) => !failed.has(entry)));
      setFirst({ entry: loaded.entry, model: loaded.model });
      if (loaded.failures.length > 0) {
        setNotice({
          errors: loaded.failures.map((f) => f.error),
          id: loaded.entry.id,
          name: loaded.entry.name,
        });
      }
    })().catch((e: unknown) => {
      if (!cancelled) setError({ error: e });
    });
    return () => {
      cancelled = true;
    };
  }, [load]);

  return { entries, first, error, notice, load };
}
