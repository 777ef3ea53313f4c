// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LossCurveTable } from '../../../src/lessons/scoring/LossCurveTable';

afterEach(cleanup);

describe('LossCurveTable', () => {
  it('opens to one row per temperature with its loss, the lowest and T = 1 named', async () => {
    render(
      <LossCurveTable
        temperatures={[0.5, 1, 1.5, 2]}
        bits={[Number.POSITIVE_INFINITY, 3.25, 3.0004, 4.5]}
        lowest={2}
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByText('Numbers for the loss curve'));
    const table = await screen.findByRole('table', { name: 'Mean loss at each temperature' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.children, (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Temperature T', 'Loss (bits per token)', 'Note'],
      ['0.5', '∞', ''],
      ['1.0', '3.250', 'the model as trained'],
      ['1.5', '3.000', 'lowest'],
      ['2.0', '4.500', ''],
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(4);
  });
});
