import { describe, expect, it } from 'vitest';
import { trainModel } from '../../src/model/trainModel';
import { entropyBits } from '../../src/sampling/entropyBits';
import { createExplorerStore } from '../../src/store/createExplorerStore';

const model = trainModel(
  ['the cat sat on the mat .', 'the dog sat on the log .', 'the cat ate the fish .', 'a zebra'],
  {
    tokenizer: 'whitespace',
    order: 2,
    smoothing: 'kn',
    discount: 0.75,
    k: 1,
    vocabSize: 20,
    minCount: 1,
  },
);
const id = (token: string) => model.vocab.indexOf(token);
const UNK = model.vocab.length - 2;

function store(prompt = 'the') {
  return createExplorerStore({ model, modelId: 'tiny', prompt, seed: 7 });
}

const sum = (p: Float64Array) => p.reduce((a, b) => a + b, 0);

describe('createExplorerStore', () => {
  it('createExplorerStore(init) derives the full distribution for the prompt', () => {
    const s = store().getState();
    expect(s.probs.length).toBe(model.vocab.length);
    expect(sum(s.modelProbs)).toBeCloseTo(1, 12);
    expect(sum(s.probs)).toBeCloseTo(1, 12);
    expect(Array.from(s.contextIds)).toEqual([id('the')]);
    expect(s.modelEntropyBits).toBeCloseTo(entropyBits(s.modelProbs), 12);
    for (let r = 1; r < s.order.length; r++) {
      expect(s.modelProbs[s.order[r - 1]]).toBeGreaterThanOrEqual(s.modelProbs[s.order[r]]);
    }
  });

  it('createExplorerStore(init) masks <unk> for sampling but keeps it in the model distribution', () => {
    const s = store().getState();
    expect(s.modelProbs[UNK]).toBeGreaterThan(0);
    expect(s.probs[UNK]).toBe(0);
  });

  it('setTemperature(0) puts all the mass on the best unmasked token without re-sorting', () => {
    const api = store();
    const order = api.getState().order;
    api.getState().setTemperature(0);
    const s = api.getState();
    expect(s.order).toBe(order);
    const top = Array.from(s.order).find((i) => i !== UNK) ?? -1;
    expect(s.probs[top]).toBe(1);
    expect(s.entropyBits).toBe(0);
    expect(s.modelEntropyBits).toBeGreaterThan(0);
  });

  it('setTemperature(3) flattens the distribution: entropy rises', () => {
    const api = store();
    const before = api.getState().entropyBits;
    api.getState().setTemperature(3);
    expect(api.getState().entropyBits).toBeGreaterThan(before);
  });

  it('step() appends a token and moves the context; the same seed gives the same tokens', () => {
    const a = store();
    const b = store();
    for (let i = 0; i < 12; i++) {
      a.getState().step();
      b.getState().step();
    }
    const ids = a.getState().steps.map((s) => s.id);
    expect(ids).toHaveLength(12);
    expect(b.getState().steps.map((s) => s.id)).toEqual(ids);
    expect(ids).not.toContain(UNK);
    const last = a.getState().steps[11];
    expect(last.how).toBe('sampled');
    expect(last.u).toBeGreaterThanOrEqual(0);
    expect(a.getState().lastU).toBe(last.u);
  });

  it('step() at T = 0 is greedy and records how the token was chosen', () => {
    const api = store();
    api.getState().setTemperature(0);
    api.getState().step();
    const [first] = api.getState().steps;
    expect(first.how).toBe('greedy');
    expect(first.p).toBe(1);
    expect(first.u).toBeNull();
  });

  it('undo() and redo() walk the history; a new step clears redo', () => {
    const api = store();
    for (let i = 0; i < 3; i++) api.getState().step();
    const ids = api.getState().steps.map((s) => s.id);
    api.getState().undo();
    api.getState().undo();
    expect(api.getState().steps.map((s) => s.id)).toEqual(ids.slice(0, 1));
    api.getState().redo();
    expect(api.getState().steps.map((s) => s.id)).toEqual(ids.slice(0, 2));
    api.getState().step();
    expect(api.getState().steps.map((s) => s.id)).toEqual(ids);
    expect(api.getState().redoSteps).toEqual([]);
  });

  it('choose(id) branches: the chosen token is kept as chosen and the context follows it', () => {
    const api = store();
    api.getState().choose(id('zebra'));
    const s = api.getState();
    expect(s.steps[0]).toMatchObject({ id: id('zebra'), how: 'chosen', u: null });
    expect(Array.from(s.contextIds)).toEqual([id('the'), id('zebra')]);
  });

  it('rewindTo(i) keeps the first i steps and lets the rest be redone', () => {
    const api = store();
    for (let i = 0; i < 5; i++) api.getState().step();
    const ids = api.getState().steps.map((s) => s.id);
    api.getState().rewindTo(2);
    expect(api.getState().steps.map((s) => s.id)).toEqual(ids.slice(0, 2));
    api.getState().redo();
    api.getState().redo();
    api.getState().redo();
    expect(api.getState().steps.map((s) => s.id)).toEqual(ids);
  });

  it('setPrompt(text) resets the generated tokens', () => {
    const api = store();
    api.getState().step();
    api.getState().setPrompt('a');
    expect(api.getState().steps).toEqual([]);
    expect(Array.from(api.getState().contextIds)).toEqual([id('a')]);
  });

  it('two stores never share state', () => {
    const a = store();
    const b = store();
    a.getState().step();
    a.getState().setTemperature(2);
    expect(b.getState().steps).toEqual([]);
    expect(b.getState().temperature).toBe(1);
  });
});
