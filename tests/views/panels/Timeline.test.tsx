// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/views/panels/Timeline';
import { idOf, renderWithStore, storeFor, wordsModel } from '../text/fixtures';

afterEach(cleanup);

const region = () => screen.getByRole('region', { name: 'Timeline' });

/** Opens the "Numbers for each step" disclosure, whose rows are built only while open. */
function openNumbers() {
  const details = screen.getByText('Numbers for each step').closest('details');
  if (!details) throw new Error('no numbers disclosure');
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

describe('Timeline', () => {
  it('Timeline shows an empty state before the first step', () => {
    renderWithStore(<Timeline />, storeFor());
    expect(region().textContent).toContain('No steps yet');
    expect(within(region()).queryByRole('img')).toBeNull();
  });

  it('Timeline draws one entropy point and one surprisal point per step', () => {
    const store = storeFor();
    const view = renderWithStore(<Timeline />, store);
    for (let i = 0; i < 6; i++) act(() => store.getState().step());
    const chart = within(region()).getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain('6 steps');
    expect(view.container.querySelectorAll('[data-series="entropy"] circle')).toHaveLength(6);
    expect(view.container.querySelectorAll('[data-series="surprisal"] rect')).toHaveLength(6);
    act(() => store.getState().undo());
    expect(view.container.querySelectorAll('[data-series="entropy"] circle')).toHaveLength(5);
  });

  it('Timeline lists every step’s entropy and surprisal in its table', () => {
    const store = storeFor();
    renderWithStore(<Timeline />, store);
    for (let i = 0; i < 4; i++) act(() => store.getState().step());
    expect(within(region()).queryByRole('table')).toBeNull();
    openNumbers();
    const rows = within(within(region()).getByRole('table')).getAllByRole('row').slice(1);
    const steps = store.getState().steps;
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) => {
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells[0]).toBe(wordsModel.vocab[steps[i].id]);
      expect(cells[2]).toBe(steps[i].entropyBits.toFixed(2));
      expect(cells[3]).toBe((-Math.log2(steps[i].p)).toFixed(2));
    });
  });

  it('Timeline draws higher entropy and higher surprisal higher up', () => {
    const store = storeFor();
    const view = renderWithStore(<Timeline />, store);
    act(() => store.getState().step());
    act(() => store.getState().setTemperature(0));
    act(() => store.getState().step());
    const [sampled, greedy] = store.getState().steps;
    expect(sampled.entropyBits).toBeGreaterThan(greedy.entropyBits);
    const cy = [...view.container.querySelectorAll('[data-series="entropy"] circle')].map((c) =>
      Number(c.getAttribute('cy')),
    );
    expect(cy[0]).toBeLessThan(cy[1]);
    const y = [...view.container.querySelectorAll('[data-series="surprisal"] rect')].map((r) =>
      Number(r.getAttribute('y')),
    );
    expect(y[0]).toBeLessThan(y[1]);
  });

  it('Timeline draws each line through its markers (to a tenth of a pixel)', () => {
    const store = storeFor();
    const view = renderWithStore(<Timeline />, store);
    act(() => {
      for (let i = 0; i < 12; i++) store.getState().step();
    });
    const circles = [...view.container.querySelectorAll('[data-series="entropy"] circle')];
    const d = view.container.querySelector('[data-series="entropy"] path')?.getAttribute('d') ?? '';
    const vertices = d
      .split(/[ML]/)
      .filter(Boolean)
      .map((p) => p.split(',').map(Number));
    expect(vertices).toHaveLength(circles.length);
    vertices.forEach(([x, y], i) => {
      expect(Math.abs(x - Number(circles[i].getAttribute('cx')))).toBeLessThanOrEqual(0.05);
      expect(Math.abs(y - Number(circles[i].getAttribute('cy')))).toBeLessThanOrEqual(0.05);
    });
  });

  it('Timeline draws a long session as two lines of bounded size, without a marker per step', () => {
    const store = storeFor();
    const view = renderWithStore(<Timeline />, store);
    act(() => {
      for (let i = 0; i < 3000; i++) store.getState().step();
    });
    expect(within(region()).getByRole('img').getAttribute('aria-label')).toContain('3000 steps');
    expect(
      view.container.querySelectorAll('[data-series] circle, [data-series] rect'),
    ).toHaveLength(0);
    for (const series of ['entropy', 'surprisal']) {
      const d = view.container.querySelector(`[data-series="${series}"] path`)?.getAttribute('d');
      const vertices = (d ?? '').split(/[ML]/).filter(Boolean).length;
      expect(vertices).toBeGreaterThan(100);
      // At most four points per column of the 544-unit plot.
      expect(vertices).toBeLessThanOrEqual(4 * 545);
    }
  });

  it('Timeline shows ∞ surprisal for a chosen token outside the sampling distribution', () => {
    const store = storeFor();
    const view = renderWithStore(<Timeline />, store);
    // <unk> is masked for sampling, so choosing it has p = 0.
    act(() => store.getState().choose(idOf(wordsModel, '<unk>')));
    expect(store.getState().steps[0].p).toBe(0);
    openNumbers();
    const cells = within(within(region()).getByRole('table')).getAllByRole('cell');
    expect(cells[3].textContent).toBe('∞');
    expect(view.container.innerHTML).not.toContain('NaN');
    expect(view.container.innerHTML).not.toContain('Infinity');
  });
});
