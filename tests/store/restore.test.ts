import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import type { Explorer, StepChoice } from '../../src/store/types';
import { tinyModel } from '../fixtures/tinyModel';

const model = tinyModel([
  'the cat sat on the mat .',
  'the dog sat on the log .',
  'the cat ate the fish .',
  'a zebra ran to the cat and the dog .',
]);
const id = (token: string) => model.vocab.indexOf(token);

const fresh = (seed = 7) => createExplorerStore({ model, modelId: 'tiny', prompt: 'the', seed });
const choices = (s: Explorer): StepChoice[] =>
  s.steps.map(({ id, how, temperature }) => ({ id, how, temperature }));
/** The steps without the arrays a view holds, for comparing sessions. */
const plain = (s: Explorer) => s.steps.map((step) => ({ ...step }));

/** A session with sampled steps at two temperatures, a greedy one and a hand-chosen branch. */
function session() {
  const api = fresh();
  const s = () => api.getState();
  s().step();
  s().step();
  s().setTemperature(0.5);
  s().step();
  s().choose(id('zebra'));
  s().step();
  s().setTemperature(0);
  s().step();
  s().setTemperature(1.7);
  return api;
}

describe('restore', () => {
  it('restore(session) rebuilds every step exactly: ids, how, dart, p, entropy and alternatives', () => {
    const original = session().getState();
    const copy = fresh();
    copy.getState().restore({ temperature: original.temperature, steps: choices(original) });
    const s = copy.getState();
    expect(plain(s)).toEqual(plain(original));
    expect(s.steps.map((step) => step.how)).toEqual([
      'sampled',
      'sampled',
      'sampled',
      'chosen',
      'sampled',
      'greedy',
    ]);
    expect(s.temperature).toBe(1.7);
    expect(Array.from(s.probs)).toEqual(Array.from(original.probs));
    expect(s.lastU).toBe(original.lastU);
  });

  it('restore(session) continues the seed stream: further steps give the same tokens', () => {
    const original = session();
    const copy = fresh();
    copy.getState().restore({ temperature: 1.7, steps: choices(original.getState()) });
    for (let i = 0; i < 15; i++) {
      original.getState().step();
      copy.getState().step();
    }
    expect(copy.getState().steps.map((s) => s.id)).toEqual(
      original.getState().steps.map((s) => s.id),
    );
  });

  it('restore(session) sets the prompt, seed and filters it is given in one update', () => {
    const original = createExplorerStore({
      model,
      modelId: 'tiny',
      prompt: 'a zebra',
      seed: 99,
      topK: 3,
      maskUnk: false,
    });
    for (let i = 0; i < 5; i++) original.getState().step();
    const copy = fresh(1);
    let updates = 0;
    copy.subscribe(() => updates++);
    copy.getState().restore({
      prompt: 'a zebra',
      seed: 99,
      topK: 3,
      maskUnk: false,
      steps: choices(original.getState()),
    });
    expect(updates).toBe(1);
    expect(copy.getState()).toMatchObject({ prompt: 'a zebra', seed: 99, topK: 3, maskUnk: false });
    expect(plain(copy.getState())).toEqual(plain(original.getState()));
    original.getState().step();
    copy.getState().step();
    expect(copy.getState().steps.at(-1)?.id).toBe(original.getState().steps.at(-1)?.id);
  });

  it('restore(session) stops at the first id outside the vocabulary and clears redo', () => {
    const api = fresh();
    api.getState().step();
    api.getState().step();
    api.getState().undo();
    expect(api.getState().redoSteps).toHaveLength(1);
    api.getState().restore({
      steps: [
        { id: id('cat'), how: 'chosen' },
        { id: model.vocab.length, how: 'chosen' },
        { id: id('sat'), how: 'chosen' },
      ],
    });
    const s = api.getState();
    expect(s.steps.map((step) => step.id)).toEqual([id('cat')]);
    expect(s.redoSteps).toEqual([]);
    expect(Array.from(s.contextIds)).toEqual([id('the'), id('cat')]);
  });

  it('restore({ steps: [] }) leaves only the prompt, like Reset without redo', () => {
    const api = session();
    api.getState().restore({ steps: [] });
    const s = api.getState();
    expect(s.steps).toEqual([]);
    expect(s.redoSteps).toEqual([]);
    expect(s.lastU).toBeNull();
    expect(Array.from(s.contextIds)).toEqual([id('the')]);
  });

  it('step() records the temperature each token was chosen at', () => {
    expect(
      session()
        .getState()
        .steps.map((s) => s.temperature),
    ).toEqual([1, 1, 0.5, 0.5, 0.5, 0]);
  });
});
