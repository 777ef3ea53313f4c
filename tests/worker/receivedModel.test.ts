import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model/defaultSettings';
import { distribution } from '../../src/model/distribution';
import { encodeText } from '../../src/model/encodeText';
import { decodeModel } from '../../src/model/modelFile';
import { primeBackoffWeights } from '../../src/model/orderWeights';
import type { NgramModel } from '../../src/model/types';
import { primeUnigramLevel, unigramLevel } from '../../src/model/unigramLevel';
import { handleWorkerRequest } from '../../src/worker/handleWorkerRequest';
import { replyTransferables } from '../../src/worker/modelTransferables';
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
  return structuredClone(reply, { transfer: replyTransferables(reply) });
}

describe('receivedModel', () => {
  for (const smoothing of ['mkn', 'kn'] as const) {
    it(`receivedModel(reply) of a ${smoothing} model predicts exactly what its file predicts`, async () => {
      const reply = await trainedReply({ ...defaultSettings, smoothing, order: 4 });
      const fromFile = predictions(decodeModel(reply.bytes));
      expect(predictions(receivedModel(reply).model)).toEqual(fromFile);
    });
  }

  for (const smoothing of ['mkn', 'kn'] as const) {
    it(`a ${smoothing} model arrives with its unigram level, the one the page would compute`, async () => {
      const reply = await trainedReply({ ...defaultSettings, smoothing, order: 3 });
      const sent = reply.unigram;
      if (!sent) throw new Error('no unigram level sent');
      const { model } = receivedModel(reply);
      // Used as sent, not computed again on the page.
      expect(unigramLevel(model)).toBe(sent);
      const own = unigramLevel(decodeModel(reply.bytes));
      expect(Array.from(sent.order)).toEqual(Array.from(own.order));
      expect(Array.from(sent.probs)).toEqual(Array.from(own.probs));
      expect([sent.total, sent.totalPlnP]).toEqual([own.total, own.totalPlnP]);
    });
  }

  it('primeUnigramLevel(model, level of another size) is ignored: the level is computed', async () => {
    const reply = await trainedReply();
    const { model } = receivedModel({ ...reply, unigram: null });
    const short = {
      probs: new Float64Array(1),
      order: new Uint32Array(1),
      rankOf: new Uint32Array(1),
      total: 1,
      totalPlnP: 0,
    };
    primeUnigramLevel(model, short);
    expect(unigramLevel(model).order).toHaveLength(model.vocab.length);
  });

  it('primeBackoffWeights(table, weights of another length) leaves the predictions right', async () => {
    const reply = await trainedReply();
    const fromFile = predictions(decodeModel(reply.bytes));
    for (const table of reply.model.tables) {
      primeBackoffWeights(table, new Float64Array(table.contextTotals.length + 1));
    }
    expect(predictions(reply.model)).toEqual(fromFile);
  });
});
