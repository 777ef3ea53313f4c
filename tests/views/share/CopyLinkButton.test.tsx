// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../src/app/permalink';
import { CopyLinkButton } from '../../../src/views/share/CopyLinkButton';
import { shareSetup } from './shareFixture';

function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}
afterEach(() => setClipboard(undefined));

describe('CopyLinkButton', () => {
  it('Copy link puts the address of the current state on the clipboard', async () => {
    const copied: string[] = [];
    setClipboard({ writeText: async (text: string) => void copied.push(text) });
    const { store, renderShare } = shareSetup();
    act(() => {
      store.getState().step();
      store.getState().choose(2);
    });
    renderShare(<CopyLinkButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied.'));
    expect(copied).toHaveLength(1);
    const url = new URL(copied[0]);
    expect(url.href.split('#')[0]).toBe(window.location.href.split('#')[0]);
    const { state, problems } = decodeState(url.hash);
    expect(problems).toEqual([]);
    expect(state.steps.map((s) => [s.id, s.how])).toEqual(
      store.getState().steps.map((s) => [s.id, s.how]),
    );
    expect(state).toMatchObject({ modelId: 'cats', prompt: 'the', seed: 5 });
  });

  it('Copy link shows the address selected in a field when the clipboard is unavailable', async () => {
    const { api, renderShare } = shareSetup();
    renderShare(<CopyLinkButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = (await screen.findByRole('textbox', {
      name: 'The clipboard is not available here: copy this link',
    })) as HTMLInputElement;
    expect(field.value).toBe(api.pageUrl());
    expect(field.readOnly).toBe(true);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('Copy link falls back to the field when the clipboard refuses', async () => {
    setClipboard({ writeText: () => Promise.reject(new Error('NotAllowedError')) });
    const { renderShare } = shareSetup();
    renderShare(<CopyLinkButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
