import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model/defaultSettings';
import { distribution } from '../../src/model/distribution';
import { encodeText } from '../../src/model/encodeText';
import { decodeModel } from '../../src/model/modelFile';
import { primeBackoffWeights } from '../../src/model/orderWeights';
import type { NgramModel } from '../../src/model/types';
import { handleWorkerRequest } from '../../src/worker/handleWorkerRequest';
import { modelTransferables } from '../../src/worker/modelTransferables';
import { receivedModel } from '../../src/worker/receivedModel';
import { sampleText } from './sampleText';

const CONTEXTS = ['', 'the jury', 'said that the city', 'unknown words here', 'it’s a'];

/** Each context's distribution, for comparing two models of the same file. */
const predictions = (model: NgramModel) =>
  CONTEXTS.map((text) => Array.from(distribution(model, encodeText(model, text).ids)));

/** The worker's answer for a text, moved to this thread as the worker moves it. */
async function trainedReply(settings = defaultSettings) {
  const reply = await handleWorkerRequest(
    {
      type: 'train',
      request: { source: { kind: 'text', text: sampleText(40) }, name: 'x', settings },
    },
    () => {},
  );
  if (reply.type !== 'done') throw new Error('training failed');
  const transfer = [
    ...modelTransferables(reply.model, reply.bytes),
    ...reply.backoffWeights.map((w) => w.buffer),
  ];
  return structuredClone(reply, { transfer });
}

describe('receivedModel', () => {
  for (const smoothing of ['mkn', 'kn'] as const) {
    it(`receivedModel(reply) of a ${smoothing} model predicts exactly what its file predicts`, async () => {
      const reply = await trainedReply({ ...defaultSettings, smoothing, order: 4 });
      const fromFile = predictions(decodeModel(reply.bytes));
      expect(predictions(receivedModel(reply).model)).toEqual(fromFile);
    });
  }

  it('primeBackoffWeights(table, weights of another length) leaves the predictions right', async () => {
    const reply = await trainedReply();
    const fromFile = predictions(decodeModel(reply.bytes));
    for (const table of reply.model.tables) {
      primeBackoffWeights(table, new Float64Array(table.contextTotals.length + 1));
    }
    expect(predictions(reply.model)).toEqual(fromFile);
  });
});
