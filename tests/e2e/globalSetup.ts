import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built folder (the app, embed.html, tokenscope.js and models/). */
    outDir: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the site once and serves it on 127.0.0.1 for every end-to-end test. */
export async function setup(project: TestProject) {
  // A folder of its own, so runs started side by side never overwrite each other's build.
  const outDir = resolve('.tmp', `e2e-${process.pid}`);
  // Vitest sets NODE_ENV=test, which would build React's development runtime: test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    // The embed script, into the same folder (as `npm run build` does).
    await build({ logLevel: 'warn', configFile: 'vite.embed.config.ts', build: { outDir } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
  project.provide('outDir', outDir);
}

/** Stops the preview server. */
export async function teardown() {
  await server?.close();
  await rm(resolve('.tmp', `e2e-${process.pid}`), { recursive: true, force: true });
}
