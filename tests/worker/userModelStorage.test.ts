import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { UserModelEntry } from '../../src/worker/UserModelEntry';
import { userModelStorage } from '../../src/worker/userModelStorage';

const entry = (id: string, createdAt: number): UserModelEntry => ({
  id,
  name: `model ${id}`,
  tokenizer: 'word',
  order: 3,
  smoothing: 'mkn',
  outcomes: 10,
  byteLength: 3,
  createdAt,
});

describe('userModelStorage', () => {
  it('userModelStorage(factory) keeps entries and files for the next page load', async () => {
    const factory = new IDBFactory();
    const first = userModelStorage(factory);
    await first.save(entry('b', 2), Uint8Array.of(4, 5, 6));
    await first.save(entry('a', 1), Uint8Array.of(1, 2, 3));
    // A new storage on the same browser database stands for a reload.
    const reloaded = userModelStorage(factory);
    expect((await reloaded.list()).map((e) => e.id)).toEqual(['a', 'b']);
    expect(Array.from((await reloaded.file('b')) ?? [])).toEqual([4, 5, 6]);
  });

  it('userModelStorage(factory).remove(id) forgets the entry and its file', async () => {
    const storage = userModelStorage(new IDBFactory());
    await storage.save(entry('a', 1), Uint8Array.of(1));
    await storage.save(entry('b', 2), Uint8Array.of(2));
    await storage.remove('a');
    expect((await storage.list()).map((e) => e.id)).toEqual(['b']);
    expect(await storage.file('a')).toBeUndefined();
  });

  it('userModelStorage(factory).file(id) reads a file stored as plain bytes by an earlier version', async () => {
    const factory = new IDBFactory();
    const storage = userModelStorage(factory);
    await storage.save(entry('a', 1), Uint8Array.of(9));
    // The files store as an earlier page version wrote it: the bytes themselves.
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('tokenscope', 1);
      request.onsuccess = () => {
        const transaction = request.result.transaction('userModelFiles', 'readwrite');
        transaction.objectStore('userModelFiles').put(Uint8Array.of(7, 8), 'a');
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      };
    });
    expect(Array.from((await userModelStorage(factory).file('a')) ?? [])).toEqual([7, 8]);
  });

  it('userModelStorage(factory).list() is empty in a fresh browser', async () => {
    expect(await userModelStorage(new IDBFactory()).list()).toEqual([]);
  });
});
