import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../scripts/serviceWorkerSource';

type Listener = (event: {
  request?: { method: string; url: string };
  waitUntil: (work: Promise<unknown>) => void;
  respondWith: (answer: Promise<unknown>) => void;
}) => void;

/**
 * Runs the worker's text against an in-memory CacheStorage and network, as a browser would
 * under `scope`, and offers its install, activate and fetch events.
 */
function runWorker(source: string, scope: string, existingCaches: string[] = []) {
  const stores = new Map<string, Map<string, string>>(
    existingCaches.map((name) => [name, new Map([['x', 'old']])]),
  );
  const fetched: string[] = [];
  const caches = {
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    open: async (name: string) => {
      const store = stores.get(name) ?? new Map<string, string>();
      stores.set(name, store);
      return {
        addAll: async (urls: string[]) => {
          for (const url of urls) store.set(url, `cached ${url}`);
        },
        match: async (url: string) => store.get(url),
      };
    },
  };
  const fetch = async (request: { url: string }) => {
    fetched.push(request.url);
    return `network ${request.url}`;
  };
  const listeners = new Map<string, Listener>();
  const self = {
    registration: { scope },
    clients: { claim: async () => undefined },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  new Function('self', 'caches', 'fetch', source)(self, caches, fetch);

  const dispatch = async (type: string, request?: { method: string; url: string }) => {
    let work: Promise<unknown> | undefined;
    listeners.get(type)?.({
      request,
      waitUntil: (w) => {
        work = w;
      },
      respondWith: (w) => {
        work = w;
      },
    });
    return work ? await work : undefined;
  };
  return { stores, fetched, dispatch };
}

const SCOPE = 'https://example.org/tools/tokenscope/';
const FILES = ['./', 'index.html', 'assets/app-1.js', 'models/index.json', 'models/a.tsm.gz'];

describe('serviceWorkerSource(files, version)', () => {
  it('precaches every listed file, resolved against the scope, on install', async () => {
    const worker = runWorker(serviceWorkerSource(FILES, 'v1'), SCOPE);
    await worker.dispatch('install');
    const [cache] = [...worker.stores.values()];
    expect([...cache.keys()].sort()).toEqual(FILES.map((f) => new URL(f, SCOPE).href).sort());
  });

  it('answers listed URLs from the cache and leaves other requests to the network', async () => {
    const worker = runWorker(serviceWorkerSource(FILES, 'v1'), SCOPE);
    await worker.dispatch('install');
    const get = (url: string) => worker.dispatch('fetch', { method: 'GET', url });
    expect(await get(`${SCOPE}models/a.tsm.gz`)).toBe(`cached ${SCOPE}models/a.tsm.gz`);
    expect(await get(SCOPE)).toBe(`cached ${SCOPE}`);
    // Not answered at all (undefined): the browser goes to the network as usual.
    expect(await get(`${SCOPE}models/other.tsm`)).toBeUndefined();
    expect(await get('https://example.org/index.html')).toBeUndefined();
    expect(
      await worker.dispatch('fetch', { method: 'POST', url: `${SCOPE}index.html` }),
    ).toBeUndefined();
    expect(worker.fetched).toEqual([]);
  });

  it('goes to the network for a listed URL missing from the cache', async () => {
    const worker = runWorker(serviceWorkerSource(FILES, 'v1'), SCOPE);
    const url = `${SCOPE}assets/app-1.js`;
    expect(await worker.dispatch('fetch', { method: 'GET', url })).toBe(`network ${url}`);
  });

  it("deletes this site's older caches on activate, never another site's", async () => {
    const other = 'tokenscope https://example.org/other/ v0';
    const older = `tokenscope ${SCOPE} v0`;
    const worker = runWorker(serviceWorkerSource(FILES, 'v1'), SCOPE, [other, older, 'unrelated']);
    await worker.dispatch('install');
    await worker.dispatch('activate');
    expect([...worker.stores.keys()].sort()).toEqual(
      [other, `tokenscope ${SCOPE} v1`, 'unrelated'].sort(),
    );
  });
});
