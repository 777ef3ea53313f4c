import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import type { NgramModel } from '../model/types';
import { mergeEntries } from './mergeEntries';
import { newUserModelEntry } from './newUserModelEntry';
import { nextTask } from './nextTask';
import { TrainingInputError } from './TrainingInputError';
import type { TrainedModel } from './TrainRequest';
import type { TrainRunner } from './TrainRunner';
import type { UserModelEntry } from './UserModelEntry';
import { type UserModelStorage, userModelStorage } from './userModelStorage';
import { warmModel } from './warmModel';
import { workerRunner } from './workerRunner';

/**
 * Why the person's models will not outlast a reload: no storage in this browser, the stored list
 * could not be read, or the model `name` could not be stored. The view words it (`storageProblemText`).
 */
export type StorageProblem =
  | { code: 'unavailable' }
  | { code: 'unreadable' }
  | { code: 'not-saved'; name: string };

/** A storage problem as a sentence in the language of `m`. */
export function storageProblemText(problem: StorageProblem, m: Messages = en): string {
  switch (problem.code) {
    case 'unavailable':
      return m.storageUnavailable;
    case 'unreadable':
      return m.storageUnreadable;
    case 'not-saved':
      return m.storageNotSaved(problem.name);
  }
}

/** The person's own models: the list, and how to add, remove, load and download them. */
export interface UserModels {
  entries: UserModelEntry[];
  /** Why models will not outlast a reload in this browser, or null when they will. */
  storageProblem: StorageProblem | null;
  runner: TrainRunner;
  /** Keeps a trained or opened model and returns its entry. */
  add(trained: TrainedModel, fallbackName: string): Promise<UserModelEntry>;
  remove(id: string): Promise<void>;
  /** The decoded model (decoded in a worker the first time after a reload). */
  load(id: string): Promise<NgramModel>;
  /** The bytes of the model's file. */
  file(id: string): Promise<Uint8Array>;
}

/** The person's models, kept in IndexedDB across reloads until they remove them. */
export function useUserModels(
  storage?: UserModelStorage | null,
  runner: TrainRunner = workerRunner,
): UserModels {
  const [entries, setEntries] = useState<UserModelEntry[]>([]);
  const [storageProblem, setStorageProblem] = useState<StorageProblem | null>(null);
  const models = useRef(new Map<string, Promise<NgramModel>>());
  // Files the browser would not store stay here for the session.
  const unsaved = useRef(new Map<string, Uint8Array>());
  // The list as of the last render plus what was added since: names must not repeat.
  const latest = useRef(entries);
  latest.current = entries;
  const [store] = useState(() => (storage === undefined ? defaultStorage() : storage));

  useEffect(() => {
    let live = true;
    if (!store) {
      setStorageProblem({ code: 'unavailable' });
      return;
    }
    store
      .list()
      .then((stored) => live && setEntries((now) => mergeEntries(stored, now)))
      .catch(() => live && setStorageProblem({ code: 'unreadable' }));
    return () => {
      live = false;
    };
  }, [store]);

  const file = useCallback(
    async (id: string) => {
      const bytes = unsaved.current.get(id) ?? (await store?.file(id));
      if (!bytes) throw new TrainingInputError({ code: 'file-gone', values: {} });
      return bytes;
    },
    [store],
  );

  const add = useCallback(
    async (trained: TrainedModel, fallbackName: string) => {
      const taken = latest.current.map((e) => e.name);
      const entry = newUserModelEntry(trained.model, trained.bytes.length, fallbackName, taken);
      latest.current = [...latest.current, entry];
      models.current.set(entry.id, Promise.resolve(trained.model));
      setEntries((now) => mergeEntries(now, [entry]));
      try {
        if (!store) throw new Error('no storage');
        // Storing copies megabytes: not in the task that received the model.
        await nextTask();
        await store.save(entry, trained.bytes);
      } catch {
        unsaved.current.set(entry.id, trained.bytes);
        setStorageProblem({ code: 'not-saved', name: entry.name });
      }
      return entry;
    },
    [store],
  );

  const remove = useCallback(
    async (id: string) => {
      setEntries((now) => now.filter((entry) => entry.id !== id));
      models.current.delete(id);
      unsaved.current.delete(id);
      await store?.remove(id);
    },
    [store],
  );

  const load = useCallback(
    (id: string) => {
      let pending = models.current.get(id);
      if (!pending) {
        pending = file(id).then(async (bytes) => {
          const opened = await runner.open(new Blob([new Uint8Array(bytes)]), null).result;
          if (!opened) throw new TrainingInputError({ code: 'open-cancelled', values: {} });
          await warmModel(opened.model);
          return opened.model;
        });
        pending.catch(() => models.current.delete(id));
        models.current.set(id, pending);
      }
      return pending;
    },
    [file, runner],
  );

  return useMemo(
    () => ({ entries, storageProblem, runner, add, remove, load, file }),
    [entries, storageProblem, runner, add, remove, load, file],
  );
}

function defaultStorage(): UserModelStorage | null {
  return typeof indexedDB === 'undefined' ? null : userModelStorage();
}
