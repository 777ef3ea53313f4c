import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/CliIo';
import { runCli } from '../../src/cli/runCli';
import { trainFromSource } from '../../src/worker/trainFromSource';
import { trainingRequest } from '../../src/worker/trainingRequest';
import { sampleText } from './sampleText';

/** Runs `tokenscope build` on `text` as corpus.txt in memory and returns the model file's bytes. */
function cliBuild(text: string, options: string[]): Uint8Array {
  const files = new Map<string, Uint8Array>([['corpus.txt', new TextEncoder().encode(text)]]);
  const io: CliIo = {
    out: () => {},
    err: () => {},
    readFile: (path) => files.get(path) ?? new Uint8Array(),
    writeFile: (path, bytes) => files.set(path, bytes),
  };
  expect(runCli(['build', '--input', 'corpus.txt', '--out', 'm.tsm', ...options], io)).toBe(0);
  return files.get('m.tsm') ?? new Uint8Array();
}

const CASES = [
  { tokenizer: 'word', order: 3, smoothing: 'mkn', vocabSize: '8000' },
  { tokenizer: 'word', order: 2, smoothing: 'kn', vocabSize: '20' },
  { tokenizer: 'char', order: 5, smoothing: 'addk', vocabSize: '30' },
  { tokenizer: 'char', order: 1, smoothing: 'mle', vocabSize: '100000' },
] as const;

describe('the page and the command line train the same model', () => {
  const text = sampleText(400);
  for (const form of CASES) {
    const flags = `--tokenizer ${form.tokenizer} --order ${form.order} --smoothing ${form.smoothing} --vocab-size ${form.vocabSize}`;
    it(`trainFromSource(file) gives the bytes of tokenscope build ${flags}`, async () => {
      const cli = cliBuild(text, flags.split(' '));
      const request = trainingRequest(
        { ...form, name: '' },
        { kind: 'file', file: new Blob([text]), fileName: 'corpus.txt' },
      );
      if (typeof request === 'string') throw new Error(request);
      const page = await trainFromSource(request);
      expect(page.bytes.length).toBeGreaterThan(100);
      expect(Buffer.from(page.bytes).equals(Buffer.from(cli))).toBe(true);
    });
  }

  it('trainFromSource(pasted text) matches tokenscope build --name "pasted text"', async () => {
    const cli = cliBuild(text, ['--name', 'pasted text']);
    const request = trainingRequest(
      { tokenizer: 'word', order: 3, smoothing: 'mkn', vocabSize: '8000', name: '' },
      { kind: 'text', text },
    );
    if (typeof request === 'string') throw new Error(request);
    const page = await trainFromSource(request);
    expect(Buffer.from(page.bytes).equals(Buffer.from(cli))).toBe(true);
  });
});
