// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoadSession } from '../../../src/views/share/LoadSession';
import { models, shareSetup } from './shareFixture';

const choose = (text: string) =>
  fireEvent.change(screen.getByLabelText('Load session'), {
    target: { files: [new File([text], 'session.json', { type: 'application/json' })] },
  });
const ids = (steps: readonly { id: number; how: string }[]) => steps.map((s) => `${s.id}${s.how}`);

/** A session saved from another explorer: two sampled steps, a branch, a step at T = 0.3. */
function savedSession() {
  const { store, api } = shareSetup('the cat');
  const s = () => store.getState();
  s().step();
  s().step();
  s().choose(models.cats.vocab.indexOf('fish'));
  s().setTemperature(0.3);
  s().step();
  return { saved: store.getState(), text: api.sessionFile() };
}

describe('LoadSession', () => {
  it('Load session rebuilds a saved session token for token, and stepping on matches', async () => {
    const { saved, text } = savedSession();
    const { store, renderShare } = shareSetup();
    renderShare(<LoadSession />);
    choose(text);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Session loaded.'));
    const s = store.getState();
    expect(ids(s.steps)).toEqual(ids(saved.steps));
    expect(s.steps.map((step) => step.p)).toEqual(saved.steps.map((step) => step.p));
    expect(s).toMatchObject({ prompt: 'the cat', temperature: 0.3, seed: 5 });
  });

  it('Load session refuses a bad file with a message and keeps the current session', async () => {
    const { store, renderShare } = shareSetup();
    act(() => store.getState().step());
    const before = store.getState();
    renderShare(<LoadSession />);
    choose('{"format": "tokenscope-session", "version": 1, "model": "cats"');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Session not loaded: it is not JSON \(.+\)\. The current session is kept\.$/,
    );
    expect(store.getState()).toBe(before);
  });

  it('Load session refuses a file whose tokens do not match its model', async () => {
    const { text } = savedSession();
    const file = JSON.parse(text);
    file.model = 'dogs';
    const { store, renderShare } = shareSetup();
    const before = store.getState();
    renderShare(<LoadSession />);
    choose(JSON.stringify(file));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Session not loaded: step 1 is ".*" in the file but token \d+ of dogs is ".*"\. The current session is kept\.$/,
    );
    expect(store.getState()).toBe(before);
  });

  it('Load session names a model the page does not have', async () => {
    const { text } = savedSession();
    const { store, renderShare } = shareSetup();
    const before = store.getState();
    renderShare(<LoadSession />);
    choose(text.replace('"model": "cats"', '"model": "birds"'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Session not loaded: its model "birds" is not one of cats, dogs. The current session is kept.',
    );
    expect(store.getState()).toBe(before);
  });
});
