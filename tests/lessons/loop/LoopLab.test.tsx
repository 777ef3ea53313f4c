// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoopLab } from '../../../src/lessons/loop';
import { detectCycle } from '../../../src/sampling/detectCycle';
import { HOSTILE, idOf, renamed } from '../../views/text/fixtures';
import { loopModel } from './loopModel';

const lane = (name: 'Greedy lane' | 'Sampled lane') => screen.getByRole('region', { name });
const tokensIn = (region: HTMLElement) =>
  Array.from(region.querySelectorAll('.ts-loop-token'), (el) => (el.textContent ?? '').trim());
const clickStep = (times: number) => {
  for (let i = 0; i < times; i++) fireEvent.click(screen.getByRole('button', { name: 'Step' }));
};
const setPrompt = (text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: 'Prompt' }), { target: { value: text } });

function renderLab() {
  render(<LoopLab model={loopModel} modelId="loop" />);
  setPrompt('a');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('LoopLab', () => {
  it('shows a greedy and a sampled lane, the default prompt and the controls', () => {
    render(<LoopLab model={loopModel} modelId="loop" />);
    expect(lane('Greedy lane')).toBeTruthy();
    expect(
      within(lane('Greedy lane')).getByRole('heading', { name: 'Greedy (T = 0)' }),
    ).toBeTruthy();
    expect(lane('Sampled lane')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Prompt' }).value).toBe(
      'The jury said that the',
    );
    const sampled = within(lane('Sampled lane'));
    expect(sampled.getByRole<HTMLInputElement>('spinbutton', { name: 'Temperature' }).value).toBe(
      '0.8',
    );
    expect(sampled.getByRole<HTMLInputElement>('spinbutton', { name: 'Seed' }).value).toBe('42');
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
  });

  it('reports the greedy loop once its tail repeats, with the period detectCycle finds', () => {
    renderLab();
    const greedy = lane('Greedy lane');
    clickStep(6);
    expect(tokensIn(greedy)).toEqual(['b', 'x', 'y', 'z', 'x', 'y']);
    expect(within(greedy).queryByText(/Looping since/)).toBeNull();
    clickStep(1);
    const ids = tokensIn(greedy).map((token) => idOf(loopModel, token));
    const cycle = detectCycle(ids);
    expect(cycle).toEqual({ period: 3, start: 1 });
    const status = `Looping since step ${(cycle?.start ?? 0) + 1}, period ${cycle?.period}`;
    expect(within(greedy).getByText(status).textContent).toBe('Looping since step 2, period 3');
    expect(greedy.querySelector('mark.ts-loop-repeat')?.textContent).toBe('x y z x y z');
    expect(
      within(greedy).getByText(/seen before at step 4, so greedy decoding can never leave/),
    ).toBeTruthy();
    expect(within(greedy).getByText(/its last token “z”/)).toBeTruthy();
  });

  it('shows each lane’s repeated 4-grams and distinct-2, hand-computed for the greedy lane', () => {
    renderLab();
    clickStep(10);
    // b x y z x y z x y z: 3 of 7 4-grams repeat; 4 distinct of 9 bigrams.
    const greedy = within(lane('Greedy lane'));
    expect(greedy.getByText('Repeated 4-grams: 43 %')).toBeTruthy();
    expect(greedy.getByText('Distinct-2: 0.44')).toBeTruthy();
    const sampled = within(lane('Sampled lane'));
    expect(tokensIn(lane('Sampled lane'))).toHaveLength(10);
    expect(sampled.getByText(/^Repeated 4-grams: \d{1,3} %$/)).toBeTruthy();
    expect(sampled.getByText(/^Distinct-2: [01]\.\d\d$/)).toBeTruthy();
  });

  it('editing the prompt resets both lanes', () => {
    renderLab();
    clickStep(8);
    expect(tokensIn(lane('Greedy lane'))).toHaveLength(8);
    expect(tokensIn(lane('Sampled lane'))).toHaveLength(8);
    setPrompt('x');
    expect(tokensIn(lane('Greedy lane'))).toEqual([]);
    expect(tokensIn(lane('Sampled lane'))).toEqual([]);
    expect(within(lane('Greedy lane')).queryByText(/Looping since/)).toBeNull();
    clickStep(1);
    expect(tokensIn(lane('Greedy lane'))).toEqual(['y']);
  });

  it('keeps the lanes independent: a new seed restarts only the sampled lane', () => {
    renderLab();
    clickStep(7);
    const seed = within(lane('Sampled lane')).getByRole('spinbutton', { name: 'Seed' });
    fireEvent.change(seed, { target: { value: '7' } });
    expect(tokensIn(lane('Sampled lane'))).toEqual([]);
    expect(tokensIn(lane('Greedy lane'))).toHaveLength(7);
    const temperature = within(lane('Sampled lane')).getByRole('spinbutton', {
      name: 'Temperature',
    });
    fireEvent.change(temperature, { target: { value: '1.5' } });
    expect(within(lane('Sampled lane')).getByText('Temperature now: 1.50')).toBeTruthy();
    expect(within(lane('Greedy lane')).getByText('Temperature now: 0.00')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(tokensIn(lane('Greedy lane'))).toEqual([]);
  });

  it('cools the sampled lane from a hot start when the schedule is on', () => {
    renderLab();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cool down from a hot start' }));
    const sampled = within(lane('Sampled lane'));
    expect(
      sampled.getByRole<HTMLInputElement>('spinbutton', { name: 'Start temperature' }).value,
    ).toBe('2');
    expect(sampled.getByRole<HTMLInputElement>('spinbutton', { name: 'Cooling steps' }).value).toBe(
      '30',
    );
    clickStep(1);
    expect(sampled.getByText('Temperature now: 2.00')).toBeTruthy();
    clickStep(1);
    expect(sampled.getByText('Temperature now: 1.96')).toBeTruthy();
    expect(within(lane('Greedy lane')).getByText('Temperature now: 0.00')).toBeTruthy();
  });

  it('Play steps both lanes on a timer and becomes Pause', () => {
    vi.useFakeTimers();
    renderLab();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    act(() => {
      vi.advanceTimersByTime(900);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(tokensIn(lane('Greedy lane'))).toEqual(['b', 'x', 'y']);
    expect(tokensIn(lane('Sampled lane'))).toHaveLength(3);
    act(() => {
      vi.advanceTimersByTime(900);
    });
    expect(tokensIn(lane('Greedy lane'))).toHaveLength(3);
  });

  it('shows tokens from the model as text, never as markup', () => {
    render(<LoopLab model={renamed(loopModel, 'b', HOSTILE)} modelId="hostile" />);
    setPrompt('a');
    clickStep(2);
    expect(lane('Greedy lane').querySelector('img')).toBeNull();
    expect(tokensIn(lane('Greedy lane'))[0]).toBe(HOSTILE);
  });
});
