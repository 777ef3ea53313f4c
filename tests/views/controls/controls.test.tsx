// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import { PlaybackControls } from '../../../src/views/controls/PlaybackControls';
import { PromptInput } from '../../../src/views/controls/PromptInput';
import { SamplerControls } from '../../../src/views/controls/SamplerControls';
import { TemperatureSlider } from '../../../src/views/controls/TemperatureSlider';
import { positionOf, temperatureAt } from '../../../src/views/controls/temperatureScale';
import { ExplorerProvider } from '../../../src/views/ExplorerContext';
import { tinyModel } from '../../fixtures/tinyModel';

const model = tinyModel(['the cat sat on the mat', 'the dog sat on the log']);

function setup() {
  const store = createExplorerStore({ model, modelId: 'tiny', prompt: 'the', seed: 3 });
  render(
    <ExplorerProvider store={store}>
      <PromptInput />
      <TemperatureSlider />
      <PlaybackControls />
      <SamplerControls />
    </ExplorerProvider>,
  );
  return store;
}

describe('temperature scale', () => {
  it('temperatureAt(position) is finer below 1 and reaches 3', () => {
    expect(temperatureAt(0)).toBe(0);
    expect(temperatureAt(1)).toBe(0.005);
    expect(temperatureAt(200)).toBe(1);
    expect(temperatureAt(300)).toBe(3);
    for (const t of [0, 0.35, 0.8, 1, 1.5, 2.24, 3]) expect(temperatureAt(positionOf(t))).toBe(t);
  });
});

describe('controls', () => {
  it('the Temperature slider sets the store and says the value', () => {
    const store = setup();
    const slider = screen.getByRole('slider', { name: 'Temperature' });
    expect(slider.getAttribute('aria-valuetext')).toBe('1.00');
    fireEvent.change(slider, { target: { value: '160' } });
    expect(store.getState().temperature).toBe(0.8);
    expect(slider.getAttribute('aria-valuetext')).toBe('0.80');
    fireEvent.change(slider, { target: { value: '0' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('0 (greedy)');
    expect(store.getState().entropyBits).toBe(0);
  });

  it('Step, Undo, Redo and Reset drive the history', () => {
    const store = setup();
    const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);
    click('Step');
    click('Step');
    expect(store.getState().steps).toHaveLength(2);
    click('Undo');
    expect(store.getState().steps).toHaveLength(1);
    click('Redo');
    expect(store.getState().steps).toHaveLength(2);
    click('Reset');
    expect(store.getState().steps).toHaveLength(0);
  });

  it('Play turns into Pause while playing', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('editing the Prompt resets the generated tokens', () => {
    const store = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Prompt' }), {
      target: { value: 'the dog' },
    });
    expect(store.getState().prompt).toBe('the dog');
    expect(store.getState().steps).toHaveLength(0);
  });

  it('an invalid Seed is explained and not applied; a valid one is', () => {
    const store = setup();
    const seed = screen.getByRole('spinbutton', { name: 'Seed' });
    fireEvent.change(seed, { target: { value: '1.5' } });
    expect(store.getState().seed).toBe(3);
    expect(seed.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Use a whole number.')).toBeTruthy();
    fireEvent.change(seed, { target: { value: '99' } });
    expect(store.getState().seed).toBe(99);
  });

  it('Top-k narrows the distribution to k outcomes', () => {
    const store = setup();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Top-k' }), { target: { value: '2' } });
    expect(Array.from(store.getState().probs).filter((p) => p > 0)).toHaveLength(2);
  });
});
