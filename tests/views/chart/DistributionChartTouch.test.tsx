// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DistributionChart } from '../../../src/views/chart';
import { CHART_MARGIN } from '../../../src/views/chart/useChartModel';
import { showToken } from '../../../src/views/format/showToken';
import { renderWithStore, tinyStore } from './fixtures';

afterEach(cleanup);

const plot = () => screen.getByRole('application');

/** A finger's tap at `clientX` on the plot: down, up, then leaving as a lifted finger does. */
function tap(clientX: number) {
  const touch = { clientX, button: 0, pointerType: 'touch' };
  fireEvent.pointerDown(plot(), touch);
  fireEvent.pointerUp(plot(), touch);
  fireEvent.pointerLeave(plot(), touch);
  act(() => plot().focus());
}

describe('DistributionChart on a touch screen', () => {
  it('a tap on a bar shows its tooltip, and a second tap on it chooses it', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const { order, model } = store.getState();
    const columns = 640 - CHART_MARGIN.left - CHART_MARGIN.right;
    const xOfRank = (rank: number) => CHART_MARGIN.left + ((rank + 0.5) * columns) / order.length;
    tap(xOfRank(1));
    expect(screen.getByRole('tooltip').textContent).toContain(
      showToken(model.vocab[order[1]], true),
    );
    expect(store.getState().steps).toHaveLength(0);
    tap(xOfRank(1));
    expect(store.getState().steps).toEqual([
      expect.objectContaining({ id: order[1], how: 'chosen' }),
    ]);
  });

  it('a tap on another bar moves the tooltip there instead of choosing', () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const { order, model } = store.getState();
    const columns = 640 - CHART_MARGIN.left - CHART_MARGIN.right;
    const xOfRank = (rank: number) => CHART_MARGIN.left + ((rank + 0.5) * columns) / order.length;
    tap(xOfRank(0));
    tap(xOfRank(2));
    expect(screen.getByRole('tooltip').textContent).toContain(
      showToken(model.vocab[order[2]], true),
    );
    expect(store.getState().steps).toHaveLength(0);
  });
});
