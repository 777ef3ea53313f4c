import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/app/registerServiceWorker';

/** A stand-in for navigator.serviceWorker that records what was registered. */
function fakeContainer(register: (url: string) => Promise<unknown>) {
  return { register: vi.fn(register) } as unknown as ServiceWorkerContainer & {
    register: ReturnType<typeof vi.fn>;
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('registerServiceWorker(container, base)', () => {
  it('registers sw.js beside the page, so the site works under any sub-path', async () => {
    const container = fakeContainer(async () => ({ scope: 'x' }));
    await registerServiceWorker(container, 'https://example.org/course/tokenscope/index.html');
    expect(container.register).toHaveBeenCalledWith('https://example.org/course/tokenscope/sw.js');
  });

  it('resolves to null where the browser has no service workers', async () => {
    expect(await registerServiceWorker(null, 'https://example.org/')).toBeNull();
  });

  it('resolves to null and warns, without throwing, when the registration fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const container = fakeContainer(async () => {
      throw new Error('insecure context');
    });
    expect(await registerServiceWorker(container, 'https://example.org/')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
