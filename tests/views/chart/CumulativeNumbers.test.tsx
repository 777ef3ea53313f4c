// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CumulativeChart } from '../../../src/views/chart';
import { formatProbability } from '../../../src/views/format/formatProbability';
import { showToken } from '../../../src/views/format/showToken';
import { renderWithStore, tinyStore } from './fixtures';

afterEach(cleanup);

/** Opens the "Numbers for the cumulative chart" disclosure and returns its body rows' cells. */
async function openRows() {
  fireEvent.click(screen.getByText('Numbers for the cumulative chart'));
  const table = await screen.findByRole('table');
  return () =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.children, (cell) => cell.textContent));
}

describe('CumulativeNumbers', () => {
  it('gives each top token the probability a draw uses and the running total, then the rest', async () => {
    const store = tinyStore();
    renderWithStore(<CumulativeChart />, store);
    const rows = (await openRows())();
    const { order, probs, model } = store.getState();
    expect(rows).toHaveLength(11);
    let total = 0;
    for (let rank = 0; rank < 10; rank++) {
      const id = order[rank];
      total += probs[id];
      expect(rows[rank]).toEqual([
        showToken(model.vocab[id], true),
        formatProbability(probs[id]),
        formatProbability(total),
      ]);
    }
    expect(rows[10]).toEqual([
      `the other ${order.length - 10} outcomes`,
      formatProbability(Math.max(0, 1 - total)),
      '100 %',
    ]);
  });

  it('with top-k = 2, all the mass is in the first two rows', async () => {
    const store = tinyStore();
    renderWithStore(<CumulativeChart />, store);
    const rows = await openRows();
    act(() => store.getState().setFilters({ topK: 2, topP: 1, minP: 0 }));
    const after = rows();
    expect(after[1][2]).toBe('100 %');
    expect(after.slice(2, 10).every((cells) => cells[1] === '0 %')).toBe(true);
    expect(after[10].slice(1)).toEqual(['0 %', '100 %']);
  });
});
