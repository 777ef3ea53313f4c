// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CumulativeChart } from '../../../src/views/chart';
import { formatProbability } from '../../../src/views/format/formatProbability';
import { showToken } from '../../../src/views/format/showToken';
import { tinyModel } from '../../fixtures/tinyModel';
import { renderWithStore, tinyStore } from './fixtures';

const errors = vi.fn();
beforeEach(() => {
  errors.mockReset();
  vi.spyOn(console, 'error').mockImplementation(errors);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(errors).not.toHaveBeenCalled();
});

const figure = () => screen.getByRole('figure', { name: 'Cumulative distribution' });
const caption = () => figure().querySelector('figcaption')?.textContent ?? '';
const dart = () => figure().querySelector('.ts-cdf-dart');

describe('CumulativeChart', () => {
  it('CumulativeChart draws the next step’s curve with a label of how much the top ranks hold', () => {
    const store = tinyStore();
    renderWithStore(<CumulativeChart />, store);
    const s = store.getState();
    let top10 = 0;
    for (let rank = 0; rank < 10; rank++) top10 += s.probs[s.order[rank]];
    const label = within(figure()).getByRole('img').getAttribute('aria-label');
    expect(label).toBe(
      `Cumulative probability by rank, top 1: ${formatProbability(s.probs[s.order[0]])}, top 10: ${formatProbability(top10)}`,
    );
    expect(figure().querySelector('path.ts-cdf-curve')?.getAttribute('d')).toMatch(/^M40,/);
  });

  it('CumulativeChart shows no dart before the first draw', () => {
    renderWithStore(<CumulativeChart />, tinyStore());
    expect(caption()).toMatch(/^No draw yet\./);
    expect(dart()).toBeNull();
  });

  it('CumulativeChart marks where the last draw landed on the distribution it was drawn from', () => {
    const store = tinyStore();
    renderWithStore(<CumulativeChart />, store);
    const before = store.getState();
    act(() => store.getState().step());
    const { steps, lastU } = store.getState();
    const step = steps[0];
    expect(step.how).toBe('sampled');
    const rank = before.order.indexOf(step.id) + 1;
    const token = showToken(before.model.vocab[step.id], true);
    expect(caption()).toBe(
      `The last draw, u = ${lastU?.toFixed(3)} (step 1), landed on ${token} (rank ${rank}) on the dashed curve of the distribution it was drawn from; the solid curve is the next step's.`,
    );
    expect(dart()?.querySelector('circle')).not.toBeNull();
    expect(figure().querySelector('path.ts-cdf-dart-curve')).not.toBeNull();
  });

  it('CumulativeChart drops the dart for a chosen step and finds it again after undo', () => {
    const store = tinyStore();
    renderWithStore(<CumulativeChart />, store);
    act(() => store.getState().step());
    const drawn = caption();
    act(() => store.getState().choose(store.getState().order[0]));
    expect(caption()).toBe('Step 2 was chosen by hand: no draw.');
    expect(dart()).toBeNull();
    act(() => store.getState().undo());
    expect(caption()).toBe(drawn);
    expect(dart()).not.toBeNull();
    act(() => store.getState().undo());
    act(() => store.getState().redo());
    expect(caption()).toBe(drawn);
  });

  it('CumulativeChart says a greedy step made no draw', () => {
    const store = tinyStore();
    renderWithStore(<CumulativeChart />, store);
    act(() => {
      store.getState().setTemperature(0);
      store.getState().step();
    });
    expect(caption()).toBe('Step 1 took the most likely outcome (T = 0): no draw.');
    expect(dart()).toBeNull();
  });

  it('CumulativeChart does not invent a dart for a draw it did not see', () => {
    const store = tinyStore();
    store.getState().step();
    renderWithStore(<CumulativeChart />, store);
    expect(caption()).toMatch(/was made on a distribution this chart did not see/);
    expect(dart()).toBeNull();
  });

  it('CumulativeChart out of sight keeps the last draw in its own model’s words after a model change', () => {
    let report: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          report = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    vi.useFakeTimers();
    try {
      const store = tinyStore();
      renderWithStore(<CumulativeChart />, store);
      act(() => report?.([{ isIntersecting: false }]));
      const before = store.getState();
      act(() => store.getState().step());
      act(() => vi.advanceTimersByTime(300));
      const token = showToken(before.model.vocab[store.getState().steps[0].id], true);
      expect(caption()).toContain(`landed on ${token}`);
      // Another model, with other words: the settled caption still names the draw's own token.
      const other = tinyModel(['x y z .', 'z y x .', 'y y z x .']);
      act(() => store.getState().setModel(other, 'other'));
      expect(caption()).toContain(`landed on ${token}`);
      act(() => vi.advanceTimersByTime(300));
      expect(caption()).toMatch(/^No draw yet\./);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});
