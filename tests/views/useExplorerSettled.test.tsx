// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import type { Explorer } from '../../src/store/types';
import { ExplorerProvider } from '../../src/views/ExplorerContext';
import { useExplorerSettled } from '../../src/views/useExplorerSettled';
import { SETTLE_MS } from '../../src/views/useSettledUnless';
import { tinyStore } from './chart/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A view of the temperature that records each render's value in `seen`. */
function View({ live, seen }: { live: boolean; seen: number[] }) {
  seen.push(useExplorerSettled(live).temperature);
  return null;
}

/** Renders a View; returns what it has seen and a way to bring it in or out of sight. */
function renderView(store: StoreApi<Explorer>, live: boolean) {
  const seen: number[] = [];
  const view = render(
    <ExplorerProvider store={store}>
      <View live={live} seen={seen} />
    </ExplorerProvider>,
  );
  const setLive = (next: boolean) =>
    view.rerender(
      <ExplorerProvider store={store}>
        <View live={next} seen={seen} />
      </ExplorerProvider>,
    );
  return { seen, setLive };
}

describe('useExplorerSettled', () => {
  it('in sight, renders every change of the store', () => {
    const store = tinyStore();
    const { seen } = renderView(store, true);
    act(() => store.getState().setTemperature(0.5));
    act(() => store.getState().setTemperature(0.7));
    expect(seen).toEqual([1, 0.5, 0.7]);
  });

  it('out of sight, renders once the store stays put, with its latest state; at once in sight', () => {
    vi.useFakeTimers();
    const store = tinyStore();
    const { seen, setLive } = renderView(store, false);
    // A drag: a change every half settle time renders nothing.
    for (const t of [0.5, 0.6, 0.7]) {
      act(() => store.getState().setTemperature(t));
      act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    }
    expect(seen).toEqual([1]);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(seen).toEqual([1, 0.7]);
    // Coming into view shows what changed since, without waiting.
    act(() => store.getState().setTemperature(2));
    setLive(true);
    expect(seen.at(-1)).toBe(2);
    // Going out of view keeps what it showed last.
    setLive(false);
    act(() => store.getState().setTemperature(2.5));
    expect(seen.at(-1)).toBe(2);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(seen.at(-1)).toBe(2.5);
  });
});
