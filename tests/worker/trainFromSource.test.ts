import { describe, expect, it } from 'vitest';
import { distribution } from '../../src/model/distribution';
import type { TrainingStatus } from '../../src/worker/TrainingStatus';
import type { TrainingSource } from '../../src/worker/TrainRequest';
import { trainFromSource } from '../../src/worker/trainFromSource';
import { MAX_TRAINING_BYTES } from '../../src/worker/trainingLimits';
import { DEFAULT_FORM, type TrainingForm, trainingRequest } from '../../src/worker/trainingRequest';
import { sampleText } from './sampleText';

function train(
  source: TrainingSource,
  form: Partial<TrainingForm> = {},
  report?: (s: TrainingStatus) => void,
) {
  const request = trainingRequest({ ...DEFAULT_FORM, ...form }, source);
  if (typeof request === 'string') throw new Error(request);
  return trainFromSource(request, report);
}
const text = (value: string): TrainingSource => ({ kind: 'text', text: value });
const file = (
  bytes: Uint8Array<ArrayBuffer> | string,
  fileName = 'corpus.txt',
): TrainingSource => ({
  kind: 'file',
  file: new Blob([bytes]),
  fileName,
});

describe('trainFromSource', () => {
  it('trainFromSource(text) gives a model whose distributions sum to 1', async () => {
    const { model, bytes } = await train(text(sampleText(50)));
    expect(model.meta.name).toBe('pasted text');
    expect(bytes.length).toBeGreaterThan(0);
    const p = distribution(model, []);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('trainFromSource(text) reports every stage in order, bytes rising to the whole text', async () => {
    const value = sampleText(2000);
    const statuses: TrainingStatus[] = [];
    await train(text(value), {}, (s) => statuses.push(s));
    const stages = [...new Set(statuses.map((s) => s.stage))];
    expect(stages).toEqual(['reading', 'tokenizing', 'counting', 'smoothing', 'encoding']);
    const fractions = statuses.map((s) => s.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    const tokenizing = statuses.filter((s) => s.stage === 'tokenizing').map((s) => s.bytesDone);
    expect(tokenizing.length).toBeGreaterThan(10);
    expect(tokenizing.at(-1)).toBe(new TextEncoder().encode(value).length);
    expect(statuses.at(-1)?.bytesTotal).toBe(new TextEncoder().encode(value).length);
  });

  it('trainFromSource(empty text) says there is nothing to learn from', async () => {
    await expect(train(text(''))).rejects.toThrow(/is empty.*Paste or type some text/);
  });

  it('trainFromSource(whitespace) says it has only whitespace', async () => {
    await expect(train(text('  \n\n\t \n'))).rejects.toThrow(/only whitespace.*Paste or type/);
    await expect(train(file(' \n\n '))).rejects.toThrow(
      /corpus.txt has only whitespace.*Choose another file/,
    );
  });

  it('trainFromSource(file with NUL bytes) says it looks binary', async () => {
    await expect(train(file(Uint8Array.of(104, 105, 0, 33), 'image.bin'))).rejects.toThrow(
      /image.bin contains NUL bytes.*Choose a plain-text file/,
    );
  });

  it('trainFromSource(file that is not UTF-8) says to save it as UTF-8', async () => {
    await expect(train(file(Uint8Array.of(0x63, 0x61, 0x66, 0xe9), 'latin1.txt'))).rejects.toThrow(
      /latin1.txt is not UTF-8 text.*saved as UTF-8/,
    );
  });

  it('trainFromSource(file over 20 MB) refuses it before reading', async () => {
    const big = new Blob([new Uint8Array(MAX_TRAINING_BYTES + 1)]);
    let read = false;
    const watched = Object.assign(big, {
      arrayBuffer: () => {
        read = true;
        return Blob.prototype.arrayBuffer.call(big);
      },
    });
    await expect(train({ kind: 'file', file: watched, fileName: 'big.txt' })).rejects.toThrow(
      /big.txt is 20,000,001 bytes, more than the 20,000,000 bytes.*shorter text/,
    );
    expect(read).toBe(false);
  });

  it('trainFromSource(text over 20 MB of UTF-8) refuses it, counting bytes, not characters', async () => {
    const value = 'é'.repeat(MAX_TRAINING_BYTES / 2 + 1);
    await expect(train(text(value))).rejects.toThrow(/The text is 20,000,002 bytes, more than/);
  });

  it('trainFromSource(order too high for the text) names an order that fits', async () => {
    await expect(train(text('hello world'), { order: 5 })).rejects.toThrow(
      /Order 5 is too high for this text: no paragraph has 4 tokens.*Choose order 3 or lower/,
    );
    await expect(train(text('hello world'), { order: 3 })).resolves.toBeTruthy();
  });
});
