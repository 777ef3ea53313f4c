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
      // As a Blob: putting megabytes of bytes serializes them on the page's thread (up to ~150 ms
      // for 8 MB in Chromium), while a Blob is copied once (~10 ms) and stored by reference.
      const { buffer, byteOffset, byteLength } = bytes;
      const file = new Blob([
        buffer instanceof ArrayBuffer
          ? new Uint8Array(buffer, byteOffset, byteLength)
          : bytes.slice(),
      ]);
      await run('readwrite', (entries, files) => {
        files.put(file, entry.id);
        return entries.put(entry);
      });
    },
    file: async (id) => {
      // Blobs since the files were stored that way; plain bytes as stored before.
      const stored = (await run('readonly', (_, files) => files.get(id))) as
        | Blob
        | Uint8Array
        | undefined;
      return stored instanceof Blob ? new Uint8Array(await stored.arrayBuffer()) : stored;
    },
    remove: async (id) => {
      await run('readwrite', (entries, files) => {
        files.delete(id);
        return entries.delete(id);
      });
    },
  };
}
