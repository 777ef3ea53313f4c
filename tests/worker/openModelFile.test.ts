import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model/defaultSettings';
import { encodeModel } from '../../src/model/modelFile';
import { trainModel } from '../../src/model/trainModel';
import { openModelFile } from '../../src/worker/openModelFile';

const bytes = encodeModel(trainModel(['a b c a b'], defaultSettings, { name: 'abc' }));

describe('openModelFile', () => {
  it('openModelFile(.tsm) gives the model and its bytes', async () => {
    const opened = await openModelFile(new Blob([new Uint8Array(bytes)]), 'abc.tsm');
    expect(opened.model.meta.name).toBe('abc');
    expect(Buffer.from(opened.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('openModelFile(.tsm.gz) unpacks it to the plain file', async () => {
    const opened = await openModelFile(new Blob([new Uint8Array(gzipSync(bytes))]), 'abc.tsm.gz');
    expect(Buffer.from(opened.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('openModelFile(text file) names the file and says how to get a model', async () => {
    await expect(openModelFile(new Blob(['hello']), 'notes.txt')).rejects.toThrow(
      /^notes.txt: .*npm run tokenscope -- build/,
    );
  });

  it('openModelFile(damaged file) says it is damaged', async () => {
    const damaged = bytes.slice();
    damaged[damaged.length - 10] ^= 0xff;
    await expect(openModelFile(new Blob([new Uint8Array(damaged)]), 'abc.tsm')).rejects.toThrow(
      /abc.tsm: /,
    );
  });
});
