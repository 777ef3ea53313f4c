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
    expect(folded).toBe(900);
    const shown = tokenButtons();
    expect(shown.length).toBe(100);
    expect(shown[0].dataset.step).toBe('900');
    expect(shown[shown.length - 1].dataset.step).toBe('999');
    const fold = within(log()).getByRole('button', { name: 'Show the 900 earlier tokens' });
    // Keyboard moves stay within what is shown.
    act(() => shown[shown.length - 1].focus());
    fireEvent.keyDown(shown[shown.length - 1], { key: 'Home' });
    expect(document.activeElement).toBe(tokenButtons()[0]);

    fireEvent.click(fold);
    expect(tokenButtons()).toHaveLength(1000);
    // Every token once, in order, across the runs the text is drawn in.
    expect([...tokenButtons()].map((b) => Number(b.dataset.step))).toEqual(
      Array.from({ length: 1000 }, (_, i) => i),
    );
    fireEvent.click(within(log()).getByRole('button', { name: 'Fold the 900 earlier tokens' }));
    expect(tokenButtons()).toHaveLength(100);
  });

  it('GeneratedText shows every token again after a rewind below the limit', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    act(() => {
      for (let i = 0; i < 450; i++) store.getState().step();
    });
    expect(tokenButtons()).toHaveLength(100);
    act(() => store.getState().rewindTo(80));
    expect(tokenButtons()).toHaveLength(80);
    expect(within(log()).queryByRole('button', { name: /earlier tokens/ })).toBeNull();
  });

  it('GeneratedText keeps order, context boxes and the tab stop current across run boundaries', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    const steps = () => store.getState().steps;
    for (let i = 0; i < SHOWN_BLOCK + 3; i++) {
      act(() => store.getState().step());
      const buttons = [...tokenButtons()];
      expect(buttons).toHaveLength(steps().length);
      expect(buttons.map((b) => Number(b.dataset.step))).toEqual(buttons.map((_, index) => index));
      // One tab stop, on the newest token; boxed: the last n − 1 tokens since the last <eos>.
      expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[buttons.length - 1]]);
      const { model } = store.getState();
      const eos = model.vocab.length - 1;
      const lastEos = steps()
        .map((s) => s.id)
        .lastIndexOf(eos);
      const seen = Math.min(model.settings.order - 1, steps().length - 1 - lastEos);
      const boxed = buttons.map((b) => b.classList.contains('ts-in-context'));
      expect(boxed).toEqual(buttons.map((_, index) => index >= buttons.length - seen));
    }
  });
});
