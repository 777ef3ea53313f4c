import { useCallback, useEffect, useRef, useState } from 'react';
import type { NgramModel } from '../model/types';
import { type BundledModelEntry, loadBundledModel, loadManifest } from './loadBundledModel';

/** The bundled models: the list, the first loaded model, and a loader with a cache. */
export function useBundledModels() {
  const [entries, setEntries] = useState<BundledModelEntry[]>([]);
  const [first, setFirst] = useState<{ entry: BundledModelEntry; model: NgramModel } | null>(null);
  const [error, setError] = useState<string | null>(null);
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
      if (list.length === 0) throw new Error('No bundled model is listed. Run `npm run models`.');
      if (cancelled) return;
      setEntries(list);
      const model = await load(list[0]);
      if (!cancelled) setFirst({ entry: list[0], model });
    })().catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
    };
  }, [load]);

  return { entries, first, error, load };
}
