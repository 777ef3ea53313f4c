import { type BundledModelEntry, loadBundledModel, loadManifest } from '../app/loadBundledModel';
import type { NgramModel } from '../model/types';

/** Where an embed gets its models: the bundled list and a loader. */
export interface ModelSource {
  /** The models listed in models/index.json. */
  entries(): Promise<BundledModelEntry[]>;
  /** One model, fetched and decoded once however many embeds use it. */
  load(entry: BundledModelEntry): Promise<NgramModel>;
}

const sources = new Map<string, ModelSource>();

/**
 * The bundled models under `base` (a folder URL holding models/). Embeds on one page share it,
 * so each file is fetched and decoded once; a failed load is forgotten and tried again.
 */
export function modelSource(base: string): ModelSource {
  const known = sources.get(base);
  if (known) return known;
  let list: Promise<BundledModelEntry[]> | null = null;
  const models = new Map<string, Promise<NgramModel>>();
  const source: ModelSource = {
    entries() {
      if (!list) {
        list = loadManifest(base);
        list.catch(() => {
          list = null;
        });
      }
      return list;
    },
    load(entry) {
      let pending = models.get(entry.id);
      if (!pending) {
        pending = loadBundledModel(entry, base);
        pending.catch(() => models.delete(entry.id));
        models.set(entry.id, pending);
      }
      return pending;
    },
  };
  sources.set(base, source);
  return source;
}
