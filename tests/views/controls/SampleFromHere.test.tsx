// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { currentText } from '../../../src/views/controls/currentText';
import { SampleFromHere } from '../../../src/views/controls/SampleFromHere';
import { renderWithStore, storeFor, wordsModel } from '../text/fixtures';

afterEach(cleanup);

const link = () => screen.getByRole('link', { name: 'Sample 100 continuations from here' });

describe('SampleFromHere', () => {
  it('links to the samples lesson with the text as it is when the link is used', () => {
    const store = storeFor();
    renderWithStore(<SampleFromHere />, store);
    act(() => {
      store.getState().step();
      store.getState().step();
    });
    fireEvent.focus(link());
    const s = store.getState();
    const params = new URLSearchParams(
      new URL(link().getAttribute('href') ?? '', 'http://x/').hash.slice(1),
    );
    expect(params.get('mode')).toBe('samples');
    expect(params.get('prompt')).toBe(currentText(wordsModel, s.prompt, s.steps));
    // One more step, then a key press on the link: the link follows.
    act(() => store.getState().step());
    fireEvent.keyDown(link(), { key: 'Enter' });
    const after = new URLSearchParams(
      new URL(link().getAttribute('href') ?? '', 'http://x/').hash.slice(1),
    );
    const t = store.getState();
    expect(after.get('prompt')).toBe(currentText(wordsModel, t.prompt, t.steps));
    expect(after.get('prompt')).not.toBe(params.get('prompt'));
  });
});
