// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import { DistributionChart } from '../../../src/views/chart';
import { tailMass } from '../../../src/views/chart/tailMass';
import { formatProbability } from '../../../src/views/format/formatProbability';
import { showToken } from '../../../src/views/format/showToken';
import { tinyModel } from '../../fixtures/tinyModel';
import { renderWithStore, tinyStore, UNK } from './fixtures';

afterEach(cleanup);

/** Opens the "Numbers for the distribution" disclosure and returns its table. */
async function openNumbers() {
  const summary = screen.getByText('Numbers for the distribution');
  expect(summary.tagName).toBe('SUMMARY');
  fireEvent.click(summary);
  return screen.findByRole('table');
}

/** The table's body rows as lists of cell texts. */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children, (cell) => cell.textContent));

describe('DistributionNumbers', () => {
  it('is closed at first: no table until the summary is activated', () => {
    renderWithStore(<DistributionChart />, tinyStore());
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists the top 10 with the bar heights, then the other outcomes with the caption’s share', async () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const table = await openNumbers();
    const { order, temperedProbs, model } = store.getState();
    expect(within(table).getByText(/^The 10 most likely next tokens/).tagName).toBe('CAPTION');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Rank', 'Token', 'Probability']);
    const rows = bodyRows(table);
    expect(rows).toHaveLength(11);
    for (let rank = 0; rank < 10; rank++) {
      const id = order[rank];
      const [shownRank, token, p] = rows[rank];
      expect(shownRank).toBe(String(rank + 1));
      expect(token).toContain(showToken(model.vocab[id], true));
      // The masked <unk> shows what the temperature alone gives it, as its bar does.
      if (id !== UNK) expect(p).toBe(formatProbability(temperedProbs[id]));
      else expect(token).toContain('masked: never drawn');
    }
    const tail = formatProbability(tailMass(temperedProbs, order, 10));
    expect(rows[10]).toEqual([
      `11–${order.length}`,
      `the other ${order.length - 10} outcomes`,
      tail,
    ]);
    // The caption's box of fixed width says the same share (shorter only below 0.001 %).
    expect(screen.getByRole('figure').textContent).toContain(`outcomes hold ${tail}`);
  });

  it('follows the temperature while open', async () => {
    const store = tinyStore();
    renderWithStore(<DistributionChart />, store);
    const table = await openNumbers();
    act(() => store.getState().setTemperature(0.5));
    const { order, temperedProbs } = store.getState();
    expect(within(table).getByText(/at T = 0\.50$/)).toBeTruthy();
    const top = order[0] === UNK ? order[1] : order[0];
    const row = bodyRows(table).find((cells) => cells[2] === formatProbability(temperedProbs[top]));
    expect(row).toBeDefined();
  });

  it('shows tokens that look like markup as text', async () => {
    const markup = '<b>bold</b>&amp;';
    const model = tinyModel([`the ${markup} cat`, `the ${markup} dog`, 'the cat']);
    renderWithStore(
      <DistributionChart />,
      createExplorerStore({ model, modelId: 'markup', prompt: 'the', seed: 1 }),
    );
    const table = await openNumbers();
    expect(table.textContent).toContain(markup);
    expect(table.querySelector('b')).toBeNull();
  });
});
