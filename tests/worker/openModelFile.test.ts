import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model/defaultSettings';
import { encodeModel } from '../../src/model/modelFile';
import { trainModel } from '../../src/model/trainModel';
import { handleOpenRequest } from '../../src/worker/handleWorkerRequest';
import { openModelFile } from '../../src/worker/openModelFile';
import { TrainingInputError } from '../../src/worker/TrainingInputError';

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

describe('handleOpenRequest (the open worker)', () => {
  it('handleOpenRequest(model) replies with the model, its bytes and its backoff weights', async () => {
    const reply = await handleOpenRequest({
      type: 'open',
      file: new Blob([new Uint8Array(bytes)]),
      fileName: 'abc.tsm',
    });
    if (reply.type !== 'done') throw new Error(`expected a model, got ${reply.type}`);
    expect(reply.model.meta.name).toBe('abc');
    expect(reply.backoffWeights).toHaveLength(reply.model.tables.length);
  });

  it('handleOpenRequest(damaged file) replies with the problem, which the page words as openModelFile does', async () => {
    const damaged = bytes.slice();
    damaged[damaged.length - 10] ^= 0xff;
    const file = new Blob([new Uint8Array(damaged)]);
    const reply = await handleOpenRequest({ type: 'open', file, fileName: 'abc.tsm' });
    if (reply.type !== 'error') throw new Error(`expected an error, got ${reply.type}`);
    expect(reply.problem.code).toBe('bad-model-file');
    const onPage = await openModelFile(file, 'abc.tsm').catch((error: unknown) => error);
    expect(onPage).toBeInstanceOf(TrainingInputError);
    expect(new TrainingInputError(reply.problem).message).toBe((onPage as Error).message);
  });
});
