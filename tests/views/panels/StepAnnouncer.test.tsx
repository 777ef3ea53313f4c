// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StepAnnouncer } from '../../../src/views/panels/StepAnnouncer';
import { spokenToken } from '../../../src/views/panels/stepAnnouncement';
import { HOSTILE, idOf, renamed, renderWithStore, storeFor, wordsModel } from '../text/fixtures';

afterEach(cleanup);

const region = () => screen.getByRole('status', { name: 'Step announcement' });

describe('StepAnnouncer', () => {
  it('says nothing before the first step', () => {
    renderWithStore(<StepAnnouncer />, storeFor());
    expect(region().textContent).toBe('');
  });

  it('announces each step with its token, probability and entropy', () => {
    const store = storeFor();
    renderWithStore(<StepAnnouncer />, store);
    act(() => store.getState().step());
    const step = store.getState().steps[0];
    const token = wordsModel.vocab[step.id];
    expect(region().textContent).toMatch(
      new RegExp(`^Step 1: '${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}', [\\d.]+ %`),
    );
    expect(region().textContent).toContain(`entropy ${step.entropyBits.toFixed(2)} bits`);
  });

  it('says when a token was chosen by hand, and announces undo and reset', () => {
    const store = storeFor();
    renderWithStore(<StepAnnouncer />, store);
    act(() => store.getState().choose(idOf(wordsModel, 'cat')));
    expect(region().textContent).toMatch(/^Step 1: 'cat', .* chosen by you, entropy/);
    act(() => store.getState().step());
    act(() => store.getState().undo());
    expect(region().textContent).toBe('Back to step 1.');
    act(() => store.getState().reset());
    expect(region().textContent).toBe('Reset: no generated tokens.');
  });

  it('speaks hostile token text as text', () => {
    const model = renamed(wordsModel, 'cat', HOSTILE);
    const store = storeFor(model);
    const view = renderWithStore(<StepAnnouncer />, store);
    act(() => store.getState().choose(idOf(model, HOSTILE)));
    expect(region().textContent).toContain(`'${HOSTILE}'`);
    expect(view.container.querySelector('img')).toBeNull();
  });
});

describe('spokenToken', () => {
  it('names line breaks, tabs and the special outcomes in words', () => {
    expect(spokenToken(' the')).toBe("' the'");
    expect(spokenToken('\n')).toBe("' newline '");
    expect(spokenToken('<eos>')).toBe('end of text');
    expect(spokenToken('<unk>')).toBe('unknown token');
  });
});
