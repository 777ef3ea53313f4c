// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import { DistributionChart } from '../../../src/views/chart';
import {
  type BarRecording,
  type ReplayContext,
  replayBars,
} from '../../../src/views/chart/barRecording';
import { type BarSurfaces, BarSurfacesContext } from '../../../src/views/chart/barSurfaces';
import { CHART_MARGIN } from '../../../src/views/chart/useChartModel';
import { formatProbability } from '../../../src/views/format/formatProbability';
import { formatProbabilityShort } from '../../../src/views/format/formatProbabilityShort';
import { showToken } from '../../../src/views/format/showToken';
import { tinyModel } from '../../fixtures/tinyModel';
import { renderWithStore, tinyStore, UNK } from './fixtures';

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

/**
 * What a label canvas's recording draws, replayed: the token labels (each token with what follows
 * it, drawn between save and restore) and the probability axis's tick labels (drawn apart).
 */
function replayLabels(recording: BarRecording | undefined) {
  const tokens: string[] = [];
  const axis: string[] = [];
  let label: string | null = null;
  const calls: Record<string, (...args: never[]) => unknown> = {
    save: () => {
      label = '';
    },
    restore: () => {
      if (label !== null) tokens.push(label);
      label = null;
    },
    fillText: (text: string) => {
      if (label === null) axis.push(text);
      else label += text;
    },
    measureText: () => ({ width: 0 }),
  };
  const ctx = new Proxy(
    {},
    { get: (_, key) => calls[String(key)] ?? (() => {}), set: () => true },
  ) as ReplayContext;
  const style = { font: '11px sans-serif', text: 'ink', muted: 'grey', halo: 'white' };
  const colours = { kept: 'blue', masked: 'grey', ghost: 'black', ghostWidth: 1, grid: 'grey' };
  if (recording) replayBars(ctx, recording, { ...colours, label: style }, 'hatch');
  return { tokens, axis };
}

/** Bar surfaces that keep each canvas's last recording instead of drawing it. */
function capturingSurfaces() {
  const painted = new Map<HTMLCanvasElement, BarRecording>();
  const surfaces: BarSurfaces = {
    open: (canvas) => ({
      immediate: true,
      paint: (recording) => void painted.set(canvas, recording),
      release: () => {},
    }),
  };
  const lastLabels = () => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.ts-chart-labels');
    return replayLabels(canvas ? painted.get(canvas) : undefined);
  };
  /** The label canvas's last token labels, each token and what follows it. */
  const labelsDrawn = () => lastLabels().tokens;
  /** The label canvas's last tick labels of the probability axis, top down. */
  const yTickLabels = () => lastLabels().axis;
  return { surfaces, labelsDrawn, yTickLabels };
}

/** Renders the chart on capturing surfaces; returns what reads its last labels. */
function renderCapturing(store: ReturnType<typeof tinyStore>) {
  const { surfaces, labelsDrawn, yTickLabels } = capturingSurfaces();
  renderWithStore(
    <BarSurfacesContext.Provider value={surfaces}>
      <DistributionChart />
    </BarSurfacesContext.Provider>,
    store,
  );
  return { labelsDrawn, yTickLabels };
}
const figure = () => screen.getByRole('figure', { name: 'Next-token distribution' });
const rangeText = () => figure().querySelector('.ts-chart-range')?.textContent ?? '';
const plot = () => screen.getByRole('application');
const tokenOf = (store: ReturnType<typeof tinyStore>, rank: number) => {
  const s = store.getState();
  return showToken(s.model.vocab[s.order[rank]], true);
};

describe('DistributionChart', () => {
  it('DistributionChart is a figure whose canvas label names the top tokens with their probabilities', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const s = store.getState();
    const top = s.order[0];
    const canvas = within(figure()).getByRole('img');
    const label = canvas.getAttribute('aria-label') ?? '';
    expect(label.startsWith('Top next tokens: ')).toBe(true);
    expect(label).toContain(`${tokenOf(store, 0)} ${formatProbability(s.temperedProbs[top])}`);
    expect(label).toContain(`; ${s.order.length} outcomes`);
  });

  it('DistributionChart states the tail mass beyond the top 10 as computed from the store, at each temperature', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const texts: string[] = [];
    for (const temperature of [1, 2.5, 0.4]) {
      act(() => store.getState().setTemperature(temperature));
      const s = store.getState();
      let tail = 0;
      for (let rank = 10; rank < s.order.length; rank++) tail += s.temperedProbs[s.order[rank]];
      const text = figure().querySelector('.ts-chart-tail')?.textContent ?? '';
      expect(text).toBe(
        `Beyond the top 10, the other ${s.order.length - 10} outcomes hold ${formatProbabilityShort(tail)}`,
      );
      texts.push(text);
    }
    // The share moves with the temperature (so the check above cannot pass on a stale text).
    expect(new Set(texts).size).toBe(3);
  });

  it('DistributionChart switches the y axis to a log scale with the Log scale checkbox', () => {
    const { yTickLabels } = renderCapturing(tinyStore());
    const linear = yTickLabels();
    expect(linear).toContain('0 %');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Log scale' }));
    const log = yTickLabels();
    expect(log).not.toEqual(linear);
    // Powers of ten, every other decade from 100 % down towards the 1e-7 floor.
    expect(log).toEqual(['100 %', '1 %', '0.01 %', '0.0001 %']);
  });

  it('DistributionChart zooms in from the top rank and shows all again with the buttons', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const total = store.getState().order.length;
    expect(rangeText()).toBe(`Ranks 1–${total} of ${total}`);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(rangeText()).toBe(`Ranks 1–${Math.round(total / 4)} of ${total}`);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(rangeText()).toBe(`Ranks 1–${total} of ${total}`);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(rangeText()).toBe(`Ranks 1–${total} of ${total}`);
  });

  it('DistributionChart zooms with + and - and shows all with 0 when the plot has focus', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const total = store.getState().order.length;
    fireEvent.keyDown(plot(), { key: '+' });
    expect(rangeText()).toBe(`Ranks 1–${Math.round(total / 4)} of ${total}`);
    fireEvent.keyDown(plot(), { key: '0' });
    expect(rangeText()).toBe(`Ranks 1–${total} of ${total}`);
  });

  it('DistributionChart labels the first bars with their probabilities when the bars are thin', () => {
    // Eighty words after "the": too many bars for a label each.
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`);
    const model = tinyModel(words.map((w, i) => `the ${w} ${i % 3 === 0 ? 'the w0' : ''}`));
    const store = createExplorerStore({ model, modelId: 'many', prompt: 'the', seed: 1 });
    const { labelsDrawn } = renderCapturing(store);
    const s = store.getState();
    const expected = (rank: number) =>
      `${tokenOf(store, rank)} ${formatProbability(s.temperedProbs[s.order[rank]])}`;
    // ‹unk› leads here, masked: its label says so.
    const [first, ...rest] = labelsDrawn();
    expect(first).toMatch(/^‹unk› \d+(\.\d+)? % \(masked\)$/);
    expect(rest).toEqual([1, 2].map(expected));
    // A new temperature redraws them with the new probabilities.
    act(() => store.getState().setTemperature(2));
    const hot = store.getState();
    expect(labelsDrawn()[1]).toBe(
      `${tokenOf(store, 1)} ${formatProbability(hot.temperedProbs[hot.order[1]])}`,
    );
    expect(labelsDrawn()[1]).not.toBe(expected(1));
  });

  it('DistributionChart labels every bar with its token when zoomed to a few outcomes', () => {
    const store = tinyStore();
    const { labelsDrawn } = renderCapturing(store);
    // The tiny vocabulary fits: every bar is labelled, in rank order.
    const total = store.getState().order.length;
    expect(labelsDrawn()).toEqual(Array.from({ length: total }, (_, rank) => tokenOf(store, rank)));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const shown = Math.round(store.getState().order.length / 4);
    expect(labelsDrawn()).toEqual(Array.from({ length: shown }, (_, rank) => tokenOf(store, rank)));
  });

  it('DistributionChart chooses the top token when Enter is pressed on its button', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const s = store.getState();
    const top = s.order[0];
    const list = screen.getByRole('list', { name: 'Most likely next tokens' });
    const button = within(list).getByRole('button', {
      name: `1 ${tokenOf(store, 0)} ${formatProbability(s.temperedProbs[top])}`,
    });
    fireEvent.keyDown(button, { key: 'Enter' });
    const steps = store.getState().steps;
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ id: top, how: 'chosen' });
  });

  it('DistributionChart does not let a masked outcome be chosen', () => {
    const store = tinyStore();
    store.getState().setFilters({ topK: 2 });
    renderWithStore(<DistributionChart />, store);
    const list = screen.getByRole('list', { name: 'Most likely next tokens' });
    const third = within(list).getAllByRole('button')[2];
    expect(third.getAttribute('aria-label')).toMatch(/, masked: never drawn$/);
    expect(third.getAttribute('aria-disabled')).toBe('true');
    fireEvent.keyDown(third, { key: 'Enter' });
    fireEvent.click(third);
    expect(store.getState().steps).toHaveLength(0);
  });

  it('DistributionChart top list follows the temperature and the filters: names, numbers and which may be chosen', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const list = screen.getByRole('list', { name: 'Most likely next tokens' });
    const column = list.parentElement?.querySelector('.ts-chart-top-ps');
    const ps = () => {
      const s = store.getState();
      const count = Math.min(10, s.order.length);
      return Array.from({ length: count }, (_, rank) =>
        formatProbabilityShort(s.temperedProbs[s.order[rank]]),
      );
    };
    const expected = () => ps().map((p, rank) => `${rank + 1} ${tokenOf(store, rank)} ${p}`);
    const names = () =>
      within(list)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label'));
    act(() => store.getState().setTemperature(2.4));
    const hot = expected();
    expect(names()).toEqual(hot);
    expect(column?.textContent).toBe(ps().join('\n'));
    act(() => store.getState().setTemperature(0.3));
    expect(names()).toEqual(expected());
    expect(names()).not.toEqual(hot);
    expect(column?.textContent).toBe(ps().join('\n'));
    // A filter turned on while the list shows: the third outcome is now cut, named and disabled.
    act(() => store.getState().setFilters({ topK: 2 }));
    const third = within(list).getAllByRole('button')[2];
    expect(third.getAttribute('aria-label')).toMatch(/, masked: never drawn$/);
    expect(third.getAttribute('aria-disabled')).toBe('true');
  });

  it('DistributionChart keys the T = 1 outline only when the temperature is not 1', () => {
    // The outline itself is drawn on the canvas (tests/e2e/explorer.e2e.test.ts checks it).
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    expect(figure().textContent).not.toContain('the model at T = 1');
    act(() => store.getState().setTemperature(1.8));
    expect(figure().textContent).toContain('Outline: the model at T = 1.');
    act(() => store.getState().setTemperature(1));
    expect(figure().textContent).not.toContain('the model at T = 1');
  });

  it('DistributionChart marks the filter cuts when top-k, top-p and min-p are on', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    expect(screen.queryByText(/^top-k/)).toBeNull();
    act(() => store.getState().setFilters({ topK: 3 }));
    expect(screen.getByText('top-k 3')).toBeTruthy();
    act(() => store.getState().setFilters({ topK: 0, topP: 0.5, minP: 0.05 }));
    expect(screen.queryByText(/^top-k/)).toBeNull();
    expect(screen.getByText('top-p 0.5')).toBeTruthy();
    expect(screen.getByText('min-p 0.05')).toBeTruthy();
  });

  it('DistributionChart shows a tooltip for the outcome under the keyboard cursor and Enter chooses it', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    act(() => plot().focus());
    fireEvent.keyDown(plot(), { key: 'ArrowRight' });
    const s = store.getState();
    const second = s.order[1];
    const tooltip = screen.getByRole('tooltip');
    expect(plot().getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(tooltip.textContent).toContain(tokenOf(store, 1));
    expect(tooltip.textContent).toContain(
      `Probability at T = 1.00${formatProbability(s.temperedProbs[second])}`,
    );
    expect(tooltip.textContent).toContain(
      `Model (T = 1)${formatProbability(s.modelProbs[second])}`,
    );
    expect(tooltip.textContent).toContain(
      `Logit (ln p)${s.logits[second].toFixed(3).replace('-', '−')}`,
    );
    expect(tooltip.textContent).toContain(`Rank2 of ${s.order.length}`);
    fireEvent.keyDown(plot(), { key: 'Enter' });
    expect(store.getState().steps.map((step) => step.id)).toEqual([second]);
  });

  it('DistributionChart explains in the tooltip that <unk> is masked and cannot be chosen', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const rank = store.getState().order.indexOf(UNK);
    act(() => plot().focus());
    for (let i = 0; i <= rank; i++) fireEvent.keyDown(plot(), { key: 'ArrowRight' });
    expect(screen.getByRole('tooltip').textContent).toContain('‹unk›');
    expect(screen.getByRole('tooltip').textContent).toContain('Masked: never drawn.');
    fireEvent.keyDown(plot(), { key: 'Enter' });
    expect(store.getState().steps).toHaveLength(0);
  });

  it('DistributionChart chooses the bar under a click and zooms to a dragged range', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const total = store.getState().order.length;
    const top = store.getState().order[0];
    const { left, right } = CHART_MARGIN;
    const columns = 640 - left - right;
    const xOfRank = (rank: number) => left + ((rank + 0.5) * columns) / total;
    fireEvent.pointerDown(plot(), { clientX: xOfRank(0), button: 0 });
    fireEvent.pointerUp(plot(), { clientX: xOfRank(0), button: 0 });
    expect(store.getState().steps).toHaveLength(1);
    expect(store.getState().steps[0]).toMatchObject({ id: top, how: 'chosen' });
    fireEvent.pointerDown(plot(), { clientX: xOfRank(2), button: 0 });
    fireEvent.pointerMove(plot(), { clientX: xOfRank(9) });
    fireEvent.pointerUp(plot(), { clientX: xOfRank(9), button: 0 });
    expect(rangeText()).toBe(`Ranks 3–10 of ${total}`);
    expect(store.getState().steps).toHaveLength(1);
  });

  it('DistributionChart zooms around the pointer with the wheel', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const total = store.getState().order.length;
    fireEvent.wheel(plot(), { clientX: CHART_MARGIN.left, deltaY: -400 });
    const [, first, last] = rangeText().match(/^Ranks (\d+)–(\d+) of/) ?? [];
    expect(Number(first)).toBe(1);
    expect(Number(last)).toBeLessThan(total);
  });
});
