// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GeneratedText } from '../../../src/views/text/GeneratedText';
import { SHOWN_BLOCK, SHOWN_TOKENS, shownFrom } from '../../../src/views/text/shownFrom';
import { renderWithStore, storeFor } from './fixtures';

const log = () => screen.getByRole('log', { name: 'Generated text' });
// Plain selectors: role queries over hundreds of buttons are slow in jsdom.
const tokenButtons = () => log().querySelectorAll<HTMLButtonElement>('button.ts-token');

describe('shownFrom', () => {
  it('shownFrom(count) shows everything up to the limit, then the latest in blocks', () => {
    expect(shownFrom(0)).toBe(0);
    expect(shownFrom(SHOWN_TOKENS)).toBe(0);
    for (const count of [SHOWN_TOKENS + 1, 450, 499, 500, 501, 10_000, 10_013]) {
      const first = shownFrom(count);
      expect(first % SHOWN_BLOCK).toBe(0);
      expect(count - first).toBeGreaterThan(SHOWN_TOKENS - SHOWN_BLOCK);
      expect(count - first).toBeLessThanOrEqual(SHOWN_TOKENS);
    }
    // Within a block the start stays put, so a step only appends.
    expect(shownFrom(502)).toBe(shownFrom(501));
  });
});

describe('GeneratedText in a long session', () => {
  it('GeneratedText folds all but the latest tokens and shows them all on request', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    act(() => {
      for (let i = 0; i < 1000; i++) store.getState().step();
    });
    const folded = shownFrom(1000);
    expect(folded).toBe(750);
    const shown = tokenButtons();
    expect(shown.length).toBe(250);
    expect(shown[0].dataset.step).toBe('750');
    expect(shown[shown.length - 1].dataset.step).toBe('999');
    const fold = within(log()).getByRole('button', { name: 'Show the 750 earlier tokens' });
    // Keyboard moves stay within what is shown.
    act(() => shown[shown.length - 1].focus());
    fireEvent.keyDown(shown[shown.length - 1], { key: 'Home' });
    expect(document.activeElement).toBe(tokenButtons()[0]);

    fireEvent.click(fold);
    expect(tokenButtons()).toHaveLength(1000);
    expect(tokenButtons()[0].dataset.step).toBe('0');
    fireEvent.click(within(log()).getByRole('button', { name: 'Fold the 750 earlier tokens' }));
    expect(tokenButtons()).toHaveLength(250);
  });

  it('GeneratedText shows every token again after a rewind below the limit', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    act(() => {
      for (let i = 0; i < 450; i++) store.getState().step();
    });
    expect(tokenButtons()).toHaveLength(250);
    act(() => store.getState().rewindTo(200));
    expect(tokenButtons()).toHaveLength(200);
    expect(within(log()).queryByRole('button', { name: /earlier tokens/ })).toBeNull();
  });
});
