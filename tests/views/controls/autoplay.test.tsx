// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import { PlaybackControls } from '../../../src/views/controls/PlaybackControls';
import { ExplorerProvider } from '../../../src/views/ExplorerContext';
import { tinyModel } from '../../fixtures/tinyModel';

const model = tinyModel(['the cat sat on the mat', 'the dog sat on the log']);

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setInterval', 'clearInterval'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const store = createExplorerStore({ model, modelId: 'tiny', prompt: 'the', seed: 3 });
  render(
    <ExplorerProvider store={store}>
      <PlaybackControls />
    </ExplorerProvider>,
  );
  return store;
}

describe('autoplay', () => {
  it('Play at the "every frame" speed takes one step per animation frame until Pause', () => {
    const store = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), {
      target: { value: 'every frame' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    for (let i = 0; i < 5; i++) act(() => vi.advanceTimersToNextFrame());
    expect(store.getState().steps).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    for (let i = 0; i < 3; i++) act(() => vi.advanceTimersToNextFrame());
    expect(store.getState().steps).toHaveLength(5);
  });

  it('Play at a timed speed takes one step per interval', () => {
    const store = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), {
      target: { value: 'fast' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(60 * 4));
    expect(store.getState().steps).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(600));
    expect(store.getState().steps).toHaveLength(4);
  });
});
