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

  it('userModelStorage(factory).list() is empty in a fresh browser', async () => {
    expect(await userModelStorage(new IDBFactory()).list()).toEqual([]);
  });
});
