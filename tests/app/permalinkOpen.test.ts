import { describe, expect, it } from 'vitest';
import type { BundledModelEntry } from '../../src/app/loadBundledModel';
import { openLink } from '../../src/app/permalinkOpen';
import { DEFAULT_LINK_STATE, type LinkState } from '../../src/app/permalinkState';
import type { NgramModel } from '../../src/model/types';
import { bundledEntry } from '../fixtures/bundledEntry';
import { tinyModel } from '../fixtures/tinyModel';

const entry = bundledEntry;
const entries = [entry('small'), entry('large'), entry('broken')];
const models: Record<string, NgramModel> = {
  small: tinyModel(['a b c']),
  large: tinyModel(['a b c d e f g h']),
};
const load = async (e: BundledModelEntry) => {
  const model = models[e.id];
  if (!model) throw new Error('HTTP 404.');
  return model;
};
const link = (over: Partial<LinkState>): LinkState => ({ ...DEFAULT_LINK_STATE, ...over });

describe('openLink', () => {
  it('opens a model the person trained (kept in this browser) through loadOther', async () => {
    const mine = tinyModel(['x y z']);
    const loadOther = async (id: string) => {
      if (id === 'user-1') return mine;
      throw new Error('gone');
    };
    const opened = await openLink(link({ modelId: 'user-1' }), entries, load, loadOther);
    expect(opened.problems).toEqual([]);
    expect(opened.session.modelId).toBe('user-1');
    expect(opened.session.model).toBe(mine);
    const missing = await openLink(link({ modelId: 'user-2' }), entries, load, loadOther);
    expect(missing.session.modelId).toBe('small');
    expect(missing.problems[0]).toContain('nor a model kept in this browser (used small)');
  });

  it('openLink(state) loads the model the link names and passes every input on', async () => {
    const steps = [{ id: 9, how: 'chosen' as const, temperature: 1 }];
    const opened = await openLink(
      link({ modelId: 'large', prompt: 'a', temperature: 0.5, seed: 3, steps }),
      entries,
      load,
    );
    expect(opened.problems).toEqual([]);
    expect(opened.session).toMatchObject({
      modelId: 'large',
      prompt: 'a',
      temperature: 0.5,
      seed: 3,
      steps,
    });
    expect(opened.session.model).toBe(models.large);
  });

  it('openLink(state) uses the first model for no name, an unknown one or one that fails', async () => {
    expect((await openLink(link({}), entries, load)).session.modelId).toBe('small');
    const unknown = await openLink(link({ modelId: 'nope' }), entries, load);
    expect(unknown.session.model).toBe(models.small);
    expect(unknown.problems).toEqual([
      'model "nope" is not one of small, large, broken (used small)',
    ]);
    const broken = await openLink(link({ modelId: 'broken' }), entries, load);
    expect(broken.session.modelId).toBe('small');
    expect(broken.problems).toEqual(['model "broken" could not be loaded: HTTP 404. (used small)']);
  });

  it('openLink(state) keeps the steps before the first id outside the vocabulary', async () => {
    const size = models.small.vocab.length;
    const steps = [0, 1, size, 2].map((id) => ({ id, how: 'chosen' as const, temperature: 1 }));
    const opened = await openLink(link({ steps }), entries, load);
    expect(opened.session.steps).toEqual(steps.slice(0, 2));
    expect(opened.problems).toEqual([
      `step 3 is token ${size}, outside the ${size} outcomes of small (kept the 2 steps before it)`,
    ]);
  });

  it('openLink(state) rejects when no model can be loaded', async () => {
    await expect(openLink(link({}), [entry('broken')], load)).rejects.toThrow('HTTP 404.');
    await expect(openLink(link({}), [], load)).rejects.toThrow(/No bundled model/);
  });
});
