import type { UserModelEntry } from './UserModelEntry';

/** Where the person's models are kept between visits. */
export interface UserModelStorage {
  list(): Promise<UserModelEntry[]>;
  save(entry: UserModelEntry, bytes: Uint8Array): Promise<void>;
  file(id: string): Promise<Uint8Array | undefined>;
  remove(id: string): Promise<void>;
}

const DATABASE = 'tokenscope';
const ENTRIES = 'userModels';
const FILES = 'userModelFiles';

/**
 * The person's models in IndexedDB: the list in one store, the files in another, so listing
 * them at start-up never reads megabytes of model files.
 */
export function userModelStorage(factory: IDBFactory = indexedDB): UserModelStorage {
  let database: Promise<IDBDatabase> | undefined;
  const open = () => {
    database ??= new Promise((resolve, reject) => {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(ENTRIES, { keyPath: 'id' });
        request.result.createObjectStore(FILES);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return database;
  };
  const run = async <T>(
    mode: IDBTransactionMode,
    work: (entries: IDBObjectStore, files: IDBObjectStore) => IDBRequest<T> | undefined,
  ): Promise<T | undefined> => {
    const transaction = (await open()).transaction([ENTRIES, FILES], mode);
    const request = work(transaction.objectStore(ENTRIES), transaction.objectStore(FILES));
    return new Promise((resolve, reject) => {
      transaction.oncomplete = () => resolve(request?.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  };
  return {
    list: async () => {
      const entries = (await run('readonly', (e) => e.getAll())) as UserModelEntry[] | undefined;
      return (entries ?? []).sort((a, b) => a.createdAt - b.createdAt);
    },
    save: async (entry, bytes) => {
      await run('readwrite', (entries, files) => {
        files.put(bytes, entry.id);
        return entries.put(entry);
      });
    },
    file: async (id) => (await run('readonly', (_, files) => files.get(id))) as Uint8Array,
    remove: async (id) => {
      await run('readwrite', (entries, files) => {
        files.delete(id);
        return entries.delete(id);
      });
    },
  };
}
