// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { modeFromHash } from '../../src/app/lessons';
import type { BundledModelEntry } from '../../src/app/loadBundledModel';
import { decodeState } from '../../src/app/permalink';
import { usePermalinkSession } from '../../src/app/permalinkSession';
import { useHash } from '../../src/app/useHash';
import type { NgramModel } from '../../src/model/types';
import { bundledEntry } from '../fixtures/bundledEntry';
import { tinyModel } from '../fixtures/tinyModel';

const entry = bundledEntry;
const entries = [entry('small'), entry('large')];
const models: Record<string, NgramModel> = {
  small: tinyModel(['the cat sat']),
  large: tinyModel(['the cat sat on the mat', 'a dog ran']),
};
const load = async (e: BundledModelEntry) => models[e.id];

function renderSession() {
  return renderHook(() => {
    const hash = useHash();
    return usePermalinkSession(entries, load, hash, modeFromHash(hash));
  });
}
async function opened(hook: ReturnType<typeof renderSession>) {
  await waitFor(() => expect(hook.result.current.store).not.toBeNull());
  const store = hook.result.current.store;
  if (!store) throw new Error('no store');
  return store;
}
const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
  });
const hashSteps = () => decodeState(window.location.hash).state.steps.map((s) => s.id);

beforeEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
});

describe('usePermalinkSession', () => {
  it('usePermalinkSession() opens the explorer from the link: model, prompt, settings, steps and parts', async () => {
    window.history.replaceState(
      null,
      '',
      '#model=large&t=0.5&seed=3&prompt=a&steps=0_T0_1*&controls=step',
    );
    const hook = renderSession();
    const s = (await opened(hook)).getState();
    expect(s).toMatchObject({ modelId: 'large', prompt: 'a', temperature: 0.5, seed: 3 });
    expect(s.steps.map(({ id, how }) => ({ id, how }))).toEqual([
      { id: 0, how: 'sampled' },
      { id: 1, how: 'chosen' },
    ]);
    expect([...hook.result.current.controls]).toEqual(['step']);
    expect(hook.result.current.problems).toEqual([]);
  });

  it('usePermalinkSession() opens the defaults without a hash and leaves the address alone', async () => {
    const hook = renderSession();
    const s = (await opened(hook)).getState();
    expect(s).toMatchObject({ modelId: 'small', prompt: 'The jury said that the', temperature: 1 });
    expect(hook.result.current.problems).toEqual([]);
    expect(window.location.hash).toBe('');
  });

  it('usePermalinkSession() keeps the hash in step with the session without history entries', async () => {
    const hook = renderSession();
    const store = await opened(hook);
    const entriesBefore = window.history.length;
    act(() => {
      store.getState().step();
      store.getState().step();
      store.getState().setTemperature(0.25);
    });
    await waitFor(() => expect(hashSteps()).toEqual(store.getState().steps.map((s) => s.id)));
    expect(decodeState(window.location.hash).state.temperature).toBe(0.25);
    expect(window.history.length).toBe(entriesBefore);
  });

  it('usePermalinkSession() reports what a link could not read, and dismiss() clears it', async () => {
    window.history.replaceState(null, '', '#model=gone&t=abc&steps=zz!!');
    const hook = renderSession();
    const s = (await opened(hook)).getState();
    expect(s).toMatchObject({ modelId: 'small', temperature: 1, steps: [] });
    expect(hook.result.current.problems).toEqual([
      'temperature "abc" is not a number from 0 to 3 (used 1)',
      'step 1 "zz!!" is not a token id (kept the 0 steps before it)',
      'model "gone" is not one of small, large (used small)',
    ]);
    act(() => hook.result.current.dismiss());
    expect(hook.result.current.problems).toEqual([]);
  });

  it('usePermalinkSession() reopens a link pasted later, and ignores lesson links', async () => {
    const hook = renderSession();
    const store = await opened(hook);
    go('#prompt=the&steps=1*_2*&t=2');
    await waitFor(() => expect(store.getState().steps.map((s) => s.id)).toEqual([1, 2]));
    expect(store.getState()).toMatchObject({ prompt: 'the', temperature: 2 });
    go('#mode=samples&prompt=zzz');
    await waitFor(() => expect(window.location.hash).toBe('#mode=samples&prompt=zzz'));
    expect(store.getState().prompt).toBe('the');
    // Back to the explorer by the gallery's "#": the address shows the session again.
    go('#');
    await waitFor(() => expect(hashSteps()).toEqual([1, 2]));
    expect(store.getState().prompt).toBe('the');
  });
});
