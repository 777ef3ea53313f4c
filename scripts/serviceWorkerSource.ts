/**
 * The text of sw.js: a service worker that precaches `files` (paths relative to the site
 * folder, './' for the folder itself) on install, answers those URLs from the cache first (the
 * network for anything else) and deletes this site's older caches on activate. `version` names
 * the cache, so a new build installs a new one.
 */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `// Tokenscope's offline cache, written by scripts/serviceWorkerPlugin.ts at build time.
const FILES = ${JSON.stringify(files)};
const SCOPE = self.registration.scope;
// One cache per site folder and build: two copies of the site on one host never clash.
const PREFIX = 'tokenscope ' + SCOPE + ' ';
const CACHE = PREFIX + ${JSON.stringify(version)};
const URLS = new Set(FILES.map((file) => new URL(file, SCOPE).href));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...URLS])));
});

self.addEventListener('activate', (event) => {
  const old = (key) => key.startsWith(PREFIX) && key !== CACHE;
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter(old).map((key) => caches.delete(key))))
      // The first visit is served by this worker too, so it works offline from then on.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !URLS.has(request.url)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request.url))
      .then((cached) => cached || fetch(request)),
  );
});
`;
}
