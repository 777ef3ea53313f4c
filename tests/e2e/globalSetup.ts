import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the site once and serves it on 127.0.0.1 for every end-to-end test. */
export async function setup(project: TestProject) {
  // A folder of its own, so runs started side by side never overwrite each other's build.
  const outDir = resolve('.tmp', `e2e-${process.pid}`);
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
}

/** Stops the preview server. */
export async function teardown() {
  await server?.close();
  await rm(resolve('.tmp', `e2e-${process.pid}`), { recursive: true, force: true });
}
