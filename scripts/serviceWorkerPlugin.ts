import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './serviceWorkerSource.ts';

/** The worker's file name, at the root of the built site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Every file under `folder`, as '/'-separated paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Writes sw.js into the build: it precaches every file the build emits and everything copied
 * from public/ (the bundled models and their index.json), so the site works offline after the
 * first visit. The cache version is a hash of those files' names and contents.
 */
export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'tokenscope-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.build.copyPublicDir ? config.publicDir : '';
    },
    generateBundle(_options, bundle) {
      const contents = new Map<string, string | Uint8Array>();
      for (const file of Object.values(bundle)) {
        contents.set(file.fileName, file.type === 'chunk' ? file.code : file.source);
      }
      if (publicDir) {
        for (const file of filesUnder(publicDir)) {
          contents.set(file, readFileSync(join(publicDir, file)));
        }
      }
      const files = [...contents.keys()].sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(`${file}\0`).update(contents.get(file) ?? '');
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        // './' is the folder's own address, which serves index.html.
        source: serviceWorkerSource(['./', ...files], hash.digest('hex').slice(0, 16)),
      });
    },
  };
}
