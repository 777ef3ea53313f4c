/**
 * Installs the offline cache (sw.js, written by the production build beside index.html) for
 * the standalone page. Its URL is relative to the page, so the site works under any sub-path.
 * Resolves to the registration, or null where the browser offers no service workers (then the
 * page simply needs the network). A failed registration is reported, never thrown: the page
 * works without it.
 */
export async function registerServiceWorker(
  container: ServiceWorkerContainer | null = navigator.serviceWorker ?? null,
  base = document.baseURI,
): Promise<ServiceWorkerRegistration | null> {
  if (!container) return null;
  try {
    return await container.register(new URL('sw.js', base).href);
  } catch (error) {
    console.warn('Tokenscope will need the network next time: no offline cache.', error);
    return null;
  }
}
